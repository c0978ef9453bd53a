package briefs.cli;

import briefs.derive.Contributors;
import briefs.derive.CountryFigures;
import briefs.load.DataDirectory;
import briefs.load.LoadedData;
import briefs.model.BadInputException;
import briefs.model.Country;
import briefs.model.Problem;
import briefs.render.BriefTemplates;
import briefs.validate.Validation;
import briefs.write.CountryMail;
import briefs.write.JakartaMail;
import briefs.write.MailDelivery;
import briefs.write.MailMessage;
import briefs.write.Recipients;
import briefs.write.RecipientsFile;
import briefs.write.SendFailure;
import briefs.write.SendLog;
import briefs.write.SmtpSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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
                "older than the data.",
                "",
                "SMTP settings come from the environment (BRIEFS_SMTP_HOST, _PORT,",
                "_SECURITY = starttls, tls or none, _USER, _PASSWORD, _FROM) or from",
                "--smtp-config FILE (keys host, port, security, user, password, from),",
                "never from the command line. Sent messages are listed in",
                "<out>/mail/sent-<YYYY-MM>.csv; a country listed there is not sent again,",
                "so a run that stopped can be run again as it was."})
public final class MailCommand implements Callable<Integer> {
    /** Above this a message may be refused by the recipient's server. */
    static final long SIZE_BUDGET = 10L * 1024 * 1024;
    /** The Message-ID's domain when no sender is configured (RFC 2606: never a real domain). */
    static final String NO_DOMAIN = "briefs.invalid";

    @Mixin
    CommonOptions options;

    @Mixin
    AsOfOption asOf;

    @Parameters(arity = "0..*", paramLabel = "COUNTRY",
            description = "ISO3 code or name, in any case, accents optional: NOR, norway, \"cote d'ivoire\".")
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

        LoadedData loaded = DataDirectory.load(options.dataDir());
        // The rules (women at most the total, totals that add up, known months) hold before any figure is mailed.
        LoadedData data = new Validation(loaded.dataSet()).screen(loaded, options.dataDir());
        data.rejected().forEach(p -> err.println("skipped: " + p));
        Contributors contributors = Contributors.of(data);
        YearMonth month = asOf.resolve(contributors);
        Set<String> known = contributors.countries().stream().map(Country::iso3)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, Recipients> recipients = recipientsFile == null ? Map.of() : RecipientsFile.read(recipientsFile, known);
        List<String> chosen = choose(contributors, recipients);
        List<String> missing = chosen.stream().filter(iso3 -> recipientsFile != null && !recipients.containsKey(iso3)).toList();
        if (send && !missing.isEmpty()) {
            throw new BadInputException(new Problem(recipientsFile.toString(), "", "has no line for "
                    + String.join(", ", missing) + "; nothing was sent"));
        }
        missing.forEach(iso3 -> err.println("warning: " + iso3 + " is not in " + recipientsFile
                + "; its draft has no recipients"));

        List<String> warnings = new ArrayList<>();
        SmtpSettings settings = send ? SmtpSettings.read(environment, smtpConfig, warnings) : null;
        String from = send ? settings.from() : SmtpSettings.draftSender(environment, smtpConfig, warnings);
        warnings.forEach(w -> err.println("warning: " + w));
        String domain = from == null ? NO_DOMAIN : domainOf(JakartaMail.bareAddress(from));

        BriefTemplates templates = new BriefTemplates(options.templatesDir());
        FreshOutputs files = new FreshOutputs(templates, options.dataDir(), options.outDir());
        CountryMail mail = new CountryMail(templates);
        JakartaMail jakarta = new JakartaMail(clock);
        Path mailDir = options.outDir().resolve("mail");

        if (!send) {
            Tally tally = new Tally();
            for (String iso3 : chosen) {
                try {
                    MailMessage message = compose(contributors, month, iso3, files, mail, recipients, domain);
                    checkSize(jakarta, message, from, err);
                    Path target = mailDir.resolve(CountryMail.fileName(iso3, month));
                    jakarta.writeDraft(message, from, target);
                    out.println(target);
                    tally.done++;
                } catch (IOException | UncheckedIOException | IllegalStateException e) {
                    err.println("failed " + iso3 + ": " + e.getMessage());
                    tally.failed++;
                }
            }
            out.flush();
            err.printf("%d draft%s written to %s%s%n", tally.done, tally.done == 1 ? "" : "s", mailDir,
                    tally.failed > 0 ? "; " + tally.failed + " failed" : "");
            return tally.failed == 0 ? ExitCodes.DONE : ExitCodes.FAILED;
        }

        Files.createDirectories(mailDir);
        Path lockFile = mailDir.resolve(".sent-" + month + ".lock");
        // Two runs sending the same month at once would both find a country unsent: the second waits for nobody.
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(channel)) {
            if (lock == null) {
                throw new BadInputException(new Problem(lockFile.toString(), "", "another `briefs mail --send` is sending "
                        + month + " from this folder; wait for it to finish"));
            }
            return sendAll(chosen, contributors, month, files, mail, recipients, domain, jakarta, settings, from,
                    mailDir, out, err);
        }
    }

    /** The lock, or null when another process (or another run in this one) holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException heldHere) {
            return null;
        }
    }

    private int sendAll(List<String> chosen, Contributors contributors, YearMonth month, FreshOutputs files,
                        CountryMail mail, Map<String, Recipients> recipients, String domain, JakartaMail jakarta,
                        SmtpSettings settings, String from, Path mailDir, PrintWriter out, PrintWriter err)
            throws IOException {
        Tally tally = new Tally();
        SendLog log = SendLog.open(SendLog.fileFor(mailDir, month));
        try (JakartaMail.Smtp smtp = jakarta.smtp(settings)) {
            MailDelivery delivery = new MailDelivery(smtp, log, settings, clock, new Printed(out, err, tally));
            for (int i = 0; i < chosen.size(); i++) {
                String iso3 = chosen.get(i);
                var earlier = log.sent(iso3);
                if (earlier.isPresent()) {
                    // Not even rebuilt: nothing about it will be sent.
                    out.println("already sent " + iso3 + " on " + earlier.get().time() + " ("
                            + earlier.get().messageId() + "); not sent again");
                    tally.already++;
                    continue;
                }
                MailDelivery.Outcome outcome;
                try {
                    MailMessage message = compose(contributors, month, iso3, files, mail, recipients, domain);
                    checkSize(jakarta, message, from, err);
                    outcome = delivery.deliver(message);
                } catch (IOException | UncheckedIOException | IllegalStateException e) {
                    err.println("failed " + iso3 + ": " + e.getMessage());
                    tally.failed++;
                    continue;
                }
                if (outcome == MailDelivery.Outcome.FAILED_STOP && i + 1 < chosen.size()) {
                    List<String> rest = chosen.subList(i + 1, chosen.size());
                    err.println("stopped: " + rest.size() + " not tried (" + String.join(", ", rest)
                            + "); run the same command again to send them");
                    tally.failed += rest.size();
                    break;
                }
            }
        }
        out.flush();
        err.printf("%d sent, %d already sent before, %d not sent; send log %s%n", tally.done, tally.already,
                tally.failed, log.file());
        return tally.failed == 0 ? ExitCodes.DONE : ExitCodes.FAILED;
    }

    /** The countries asked for, in the order given (a country named twice is mailed once). */
    private List<String> choose(Contributors contributors, Map<String, Recipients> recipients) {
        if (all) {
            return recipientsFile != null ? List.copyOf(recipients.keySet())
                    : contributors.countries().stream().map(Country::iso3).toList();
        }
        CountryLookup lookup = new CountryLookup(contributors.countries());
        Set<String> chosen = new LinkedHashSet<>();
        for (String typed : countries) {
            chosen.add(lookup.find(typed).iso3());
        }
        return List.copyOf(chosen);
    }

    private static MailMessage compose(Contributors contributors, YearMonth month, String iso3, FreshOutputs files,
                                       CountryMail mail, Map<String, Recipients> recipients, String domain)
            throws IOException {
        CountryFigures figures = contributors.figures(iso3, month);
        FreshOutputs.Pair pair = files.ensure(figures, contributors);
        return mail.compose(figures, contributors.dataSet().sources(), pair.brief(), pair.annex(),
                recipients.getOrDefault(iso3, Recipients.NONE), domain);
    }

    private static void checkSize(JakartaMail jakarta, MailMessage message, String from, PrintWriter err)
            throws IOException {
        long size = jakarta.size(message, from);
        if (size > SIZE_BUDGET) {
            err.printf("warning: %s's message is %.1f MB, over the %d MB many mail servers accept%n",
                    message.iso3(), size / 1024.0 / 1024.0, SIZE_BUDGET / 1024 / 1024);
        }
    }

    private static String domainOf(String address) {
        return address.substring(address.lastIndexOf('@') + 1);
    }

    /** Counts of a run. */
    private static final class Tally {
        int done;
        int already;
        int failed;
    }

    /** Prints each message's fate as it happens, one line each. */
    private record Printed(PrintWriter out, PrintWriter err, Tally tally) implements MailDelivery.Report {
        @Override
        public void sent(MailMessage message, SendLog.Entry entry, int attempt) {
            out.println("sent " + message.iso3() + " to " + String.join(", ", entry.recipients())
                    + (attempt > 1 ? " (attempt " + attempt + ")" : ""));
            out.flush();
            tally.done++;
        }

        @Override
        public void alreadySent(MailMessage message, SendLog.Entry earlier) {
            out.println("already sent " + message.iso3() + " on " + earlier.time() + "; not sent again");
            tally.already++;
        }

        @Override
        public void retrying(MailMessage message, int attempt, SendFailure failure, Duration wait) {
            err.println("retrying " + message.iso3() + " in " + wait.toMillis() + " ms after attempt " + attempt
                    + ": " + failure.getMessage());
            err.flush();
        }

        @Override
        public void failed(MailMessage message, SendFailure failure, int attempts) {
            err.println("not sent " + message.iso3() + " (" + attempts + " attempt" + (attempts == 1 ? "" : "s")
                    + "): " + failure.getMessage());
            err.flush();
            tally.failed++;
        }
    }
}
