package briefs.mail;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends messages one at a time with the two rules that make a rerun safe: a country the send log
 * already lists is not sent again, and a message is logged as soon as the server has accepted it
 * (before the next one is sent). Failures are retried with exponential backoff as far as
 * {@link SendFailure.Kind} allows.
 *
 * <p>One window is left that SMTP cannot close: a message the server accepted while the
 * connection broke before its "250 OK" arrived counts as failed, and the next run sends it again.
 */
public final class MailDelivery {
    /** What happened to one message. */
    public enum Outcome {
        SENT, ALREADY_SENT, FAILED,
        /** Failed, and the next message would fail the same way (server unreachable, login refused). */
        FAILED_STOP
    }

    /** Hears about each message as it goes; the command prints it, a test may act on it. */
    public interface Report {
        void sent(MailMessage message, SendLog.Entry entry, int attempt);

        /** A country the send log lists: nothing about it is made or sent again. */
        void alreadySent(String iso3, SendLog.Entry earlier);

        void retrying(MailMessage message, int attempt, SendFailure failure, Duration wait);

        void failed(MailMessage message, SendFailure failure, int attempts);
    }

    private final MailTransport smtp;
    private final SendLog log;
    private final int attempts;
    private final Duration firstDelay;
    private final Clock clock;
    private final Report report;

    public MailDelivery(MailTransport smtp, SendLog log, SmtpSettings settings, Clock clock, Report report) {
        this.smtp = smtp;
        this.log = log;
        this.attempts = settings.attempts();
        this.firstDelay = settings.firstDelay();
        this.clock = clock;
        this.report = report;
    }

    /**
     * The one "already sent" rule: whether the send log lists the country, told to the report
     * when it does. A run asks before it makes a country's message, so that a country sent
     * before is not even rebuilt; {@link #deliver} asks again just before sending.
     */
    public boolean alreadySent(String iso3) {
        var earlier = log.sent(iso3);
        earlier.ifPresent(entry -> report.alreadySent(iso3, entry));
        return earlier.isPresent();
    }

    public Outcome deliver(MailMessage message) throws IOException {
        if (alreadySent(message.iso3())) {
            return Outcome.ALREADY_SENT;
        }
        // Fingerprints first: they are what the log promises was sent.
        List<String> fingerprints = new ArrayList<>();
        for (MailAttachment a : message.attachments()) {
            fingerprints.add(SendLog.fingerprint(a));
        }
        Duration wait = firstDelay;
        for (int attempt = 1; ; attempt++) {
            try {
                smtp.send(message);
            } catch (SendFailure failure) {
                if (!failure.kind().retried() || attempt >= attempts) {
                    report.failed(message, failure, attempt);
                    return failure.kind().stopsRun() ? Outcome.FAILED_STOP : Outcome.FAILED;
                }
                report.retrying(message, attempt, failure, wait);
                if (!pause(wait)) {
                    report.failed(message, failure, attempt);
                    return Outcome.FAILED_STOP;
                }
                wait = wait.multipliedBy(2);
                continue;
            }
            SendLog.Entry entry = new SendLog.Entry(clock.instant(), message.iso3(), message.messageId(),
                    message.recipients().all().stream().map(JakartaMail::bareAddress).toList(), fingerprints);
            log.record(entry);
            report.sent(message, entry, attempt);
            return Outcome.SENT;
        }
    }

    /** Waits; false when the thread is interrupted (the user pressed Ctrl-C): stop, do not retry. */
    private static boolean pause(Duration wait) {
        try {
            Thread.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
