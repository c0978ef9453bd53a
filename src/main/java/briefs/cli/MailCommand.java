package briefs.cli;

import briefs.produce.Failure;
import briefs.produce.MailRun;
import briefs.produce.Session;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code briefs mail}: one message per country with its brief and annex attached, written as a
 * draft {@code .eml} or sent over SMTP. Everything a user can get wrong (countries, recipients,
 * SMTP settings) is checked before the first file is written or the first message sent.
 */
@Command(name = "mail",
        description = {"Prepare each COUNTRY's message with its brief and annex attached, or send it.",
                "Drafts go to <out>/mail/<ISO3>-mail-<YYYY-MM>.eml; with --send, over SMTP.",
                "The attached files are those `brief` writes, made first when missing or",
                "older than what they are made from: the data, the templates, the program.",
                "",
                "SMTP settings come from the environment (BRIEFS_SMTP_HOST, _PORT,",
                "_SECURITY = starttls, tls or none, _USER, _PASSWORD, _FROM) or from",
                "--smtp-config FILE (keys host, port, security, user, password, from),",
                "never from the command line. Sent messages are listed in",
                "<out>/mail/sent-<YYYY-MM>.csv; a country listed there is not sent again,",
                "so a run that stopped can be run again as it was."})
public final class MailCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Mixin
    AsOfOption asOf;

    @Mixin
    LanguageOption lang;

    @Parameters(arity = "0..*", paramLabel = "COUNTRY",
            description = "ISO3 code or name in English, French or Spanish (the UN's, or the one in common "
                    + "use), in any case, accents optional: NOR, norway, \"cote d'ivoire\", \"Ivory Coast\", Allemagne.")
    List<String> countries;

    @Option(names = "--all",
            description = "Every country: those of the recipients file when one is given, else every country of the data.")
    boolean all;

    @Option(names = "--recipients", paramLabel = "FILE",
            description = "CSV file iso3,to,cc,bcc; several addresses in a field separated by ';'.")
    Path recipientsFile;

    @Option(names = "--send", description = "Send the messages over SMTP instead of writing drafts (needs --recipients).")
    boolean send;

    @Option(names = "--smtp-config", paramLabel = "FILE",
            description = "Properties file of SMTP settings; environment variables override it.")
    Path smtpConfig;

    @Spec
    CommandSpec spec;

    /** The process environment; a test gives its own. */
    Map<String, String> environment = System.getenv();
    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean named = countries != null && !countries.isEmpty();
        if (named == all) {
            throw new ParameterException(spec.commandLine(), named
                    ? "Give COUNTRY... or --all, not both" : "Give one or more COUNTRY, or --all");
        }
        if (send && recipientsFile == null) {
            throw new ParameterException(spec.commandLine(), "--send needs --recipients FILE (who gets each country's message)");
        }
        if (lang.asked().size() > 1) {
            throw new ParameterException(spec.commandLine(), "--lang: a message has one language; give one (en, fr, es)"
                    + " or preferred (each country's first), not " + String.join(",", lang.asked()));
        }
        Session session = Session.read(options.folders(), clock);
        session.rejected().forEach(p -> err.println("skipped: " + p));
        lang.resolve(session);
        MailRun.Request request = new MailRun.Request(asOf.resolve(session), countries, all, recipientsFile, send,
                smtpConfig, environment, lang.asked().isEmpty() ? null : lang.asked().get(0));
        MailRun run = MailRun.prepare(session, request, new Printed(out, err));
        MailRun.Tally tally = run.run();
        out.flush();
        if (tally.failed() > 0) {
            // Named again at the end, as `all` does: the lines above may have scrolled away.
            err.printf("failed: %d%n", tally.failed());
            tally.failures().forEach(f -> err.println("  " + f));
        }
        if (send) {
            err.printf("%d sent, %d already sent before, %d not sent; send log %s%n", tally.done(), tally.already(),
                    tally.failed(), run.sendLogFile());
        } else {
            err.printf("%d draft%s written to %s%s%n", tally.done(), tally.done() == 1 ? "" : "s", run.mailDir(),
                    tally.failed() > 0 ? "; " + tally.failed() + " failed" : "");
        }
        return tally.failed() == 0 ? ExitCodes.DONE : ExitCodes.FAILED;
    }

    /** Prints each message's fate as it happens, one line each. */
    private record Printed(PrintWriter out, PrintWriter err) implements MailRun.Report {
        @Override
        public void warning(String text) {
            err.println("warning: " + text);
        }

        @Override
        public void making(int countries) {
            err.println("making the briefs and annexes of " + countries + " countries first (missing, or older than"
                    + " what they are made from)...");
            err.flush();
        }

        @Override
        public void drafted(String iso3, Path file) {
            out.println(file);
        }

        @Override
        public void oversized(String iso3, long bytes) {
            err.printf("warning: %s's message is %.1f MB, over the %d MB many mail servers accept%n",
                    iso3, bytes / 1024.0 / 1024.0, MailRun.SIZE_BUDGET / 1024 / 1024);
        }

        @Override
        public void failed(Failure failure) {
            err.println("failed " + failure);
        }

        @Override
        public void sent(String iso3, List<String> recipients, int attempt) {
            out.println("sent " + iso3 + " to " + String.join(", ", recipients)
                    + (attempt > 1 ? " (attempt " + attempt + ")" : ""));
            out.flush();
        }

        @Override
        public void alreadySent(String iso3, Instant time, String messageId) {
            out.println("already sent " + iso3 + " on " + time + " (" + messageId + "); not sent again");
        }

        @Override
        public void retrying(String iso3, int attempt, String reason, Duration wait) {
            err.println("retrying " + iso3 + " in " + wait.toMillis() + " ms after attempt " + attempt + ": " + reason);
            err.flush();
        }

        @Override
        public void notSent(String iso3, int attempts, String reason) {
            err.println("not sent " + iso3 + " (" + attempts + " attempt" + (attempts == 1 ? "" : "s") + "): " + reason);
            err.flush();
        }

        @Override
        public void stopped(List<String> notTried) {
            err.println("stopped: " + notTried.size() + " not tried (" + String.join(", ", notTried)
                    + "); run the same command again to send them");
        }
    }
}
