package briefs.produce;

import briefs.mail.MailDelivery;
import briefs.mail.MailMessage;
import briefs.mail.SendFailure;
import briefs.mail.SendLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Passes each event of the delivery on, in plain terms, and counts it. */
final class CountingReport implements MailDelivery.Report {
    private final MailRun.Report report;
    int sent;
    int already;
    /** The countries not sent, and those not tried after a failure the rest would meet too. */
    final List<Failure> failures = new ArrayList<>();

    CountingReport(MailRun.Report report) {
        this.report = report;
    }

    @Override
    public void sent(MailMessage message, SendLog.Entry entry, int attempt) {
        sent++;
        report.sent(message.iso3(), entry.recipients(), attempt);
    }

    @Override
    public void alreadySent(String iso3, SendLog.Entry earlier) {
        already++;
        report.alreadySent(iso3, earlier.time(), earlier.messageId());
    }

    @Override
    public void retrying(MailMessage message, int attempt, SendFailure failure, Duration wait) {
        report.retrying(message.iso3(), attempt, failure.getMessage(), wait);
    }

    @Override
    public void failed(MailMessage message, SendFailure failure, int attempts) {
        failures.add(new Failure(message.iso3(), "", "not sent (" + attempts + " attempt" + (attempts == 1 ? "" : "s")
                + "): " + failure.getMessage()));
        report.notSent(message.iso3(), attempts, failure.getMessage());
    }
}
