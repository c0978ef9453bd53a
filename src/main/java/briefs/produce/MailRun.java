package briefs.produce;

import briefs.derive.SetFigures;
import briefs.derive.CountryFigures;
import briefs.mail.CountryMail;
import briefs.render.Language;
import briefs.mail.JakartaMail;
import briefs.mail.MailDelivery;
import briefs.mail.MailMessage;
import briefs.mail.Recipients;
import briefs.mail.RecipientsFile;
import briefs.mail.SendLog;
import briefs.mail.SmtpSettings;
import briefs.model.BadInputException;
import briefs.model.Country;
import briefs.model.Problem;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One message per country with its brief and annex attached (made first when missing or older
 * than the data), written as a draft {@code .eml} or sent over SMTP. Sending keeps the two rules
 * that make a rerun safe ({@link MailDelivery}) and lets one run at a time send a month from a
 * folder. A country whose message cannot be made is reported and the others go on.
 */
public final class MailRun {
    /** Above this a message may be refused by the recipient's server. */
    public static final long SIZE_BUDGET = 10L * 1024 * 1024;
    /** The Message-ID's domain when no sender is configured (RFC 2606: never a real domain). */
    public static final String NO_DOMAIN = "briefs.invalid";

    /** Hears about each country as it goes; the command prints it. */
    public interface Report {
        /** A setting that works but may not be what was meant. */
        void warning(String text);

        /** The briefs and annexes of {@code countries} countries are missing or stale: they are made first. */
        default void making(int countries) {
        }

        void drafted(String iso3, Path file);

        /** A message over {@link #SIZE_BUDGET}: still written or sent. */
        void oversized(String iso3, long bytes);

        /** A country whose message could not be made or written, with the file at fault. */
        void failed(Failure failure);

        void sent(String iso3, List<String> recipients, int attempt);

        /** A country the send log lists: nothing about it is made or sent again. */
        void alreadySent(String iso3, Instant time, String messageId);

        void retrying(String iso3, int attempt, String reason, Duration wait);

        void notSent(String iso3, int attempts, String reason);

        /** A failure that the next message would meet too (no server, login refused): the rest are not tried. */
        void stopped(List<String> notTried);
    }

    /**
     * How many messages were written or sent, or were sent before, and every country that failed
     * (could not be made, was not sent, or was not tried), in the order they were met.
     */
    public record Tally(int done, int already, List<Failure> failures) {
        public Tally {
            failures = List.copyOf(failures);
        }

        public int failed() {
            return failures.size();
        }
    }

    /**
     * What to mail, as asked.
     *
     * @param month          the data month
     * @param countries      ISO3 codes or names as typed; empty with {@code all}
     * @param all            every country of the recipients file when there is one, else of the data
     * @param recipientsFile CSV file iso3,to,cc,bcc, or null for drafts without recipients
     * @param send           send over SMTP rather than write drafts (needs a recipients file)
     * @param smtpConfig     properties file of SMTP settings, or null
     * @param environment    the variables that override it ({@code BRIEFS_SMTP_*})
     * @param language       the messages' language: a code ({@code fr}), {@code preferred} (each
     *                       country's first preferred language), or null for English
     */
    public record Request(YearMonth month, List<String> countries, boolean all, Path recipientsFile, boolean send,
                          Path smtpConfig, Map<String, String> environment, String language) {
        public Request {
            countries = countries == null ? List.of() : List.copyOf(countries);
            environment = Map.copyOf(environment);
        }

        /** In English. */
        public Request(YearMonth month, List<String> countries, boolean all, Path recipientsFile, boolean send,
                       Path smtpConfig, Map<String, String> environment) {
            this(month, countries, all, recipientsFile, send, smtpConfig, environment, null);
        }
    }

    private final Session session;
    private final YearMonth month;
    private final List<String> countries;
    private final Map<String, Recipients> recipients;
    private final SmtpSettings settings;
    private final String from;
    private final Report report;
    private final Clock clock;
    private final JakartaMail jakarta;
    private final CountryMail mail;
    private final FreshOutputs files;
    private final String domain;
    private final LanguageChoice languages;
    private final RejectedFiles rejected;
    /** Each country's figures, once: a run is on one thread. */
    private final Map<String, CountryFigures> figures = new HashMap<>();

    private MailRun(Session session, YearMonth month, List<String> countries, Map<String, Recipients> recipients,
                    SmtpSettings settings, String from, Report report, LanguageChoice languages) {
        this.languages = languages;
        this.session = session;
        this.month = month;
        this.countries = List.copyOf(countries);
        this.recipients = Map.copyOf(recipients);
        this.settings = settings;
        this.from = from;
        this.report = report;
        this.clock = session.clock();
        this.jakarta = new JakartaMail(clock);
        this.mail = new CountryMail(session.templates());
        this.files = new FreshOutputs(session);
        this.domain = from == null ? NO_DOMAIN : domainOf(JakartaMail.bareAddress(from));
        this.rejected = new RejectedFiles(session.rejected(),
                session.contributors().countries().stream().map(Country::iso3).collect(Collectors.toSet()));
    }

    /**
     * Checks everything a user can get wrong (countries, recipients, SMTP settings) before the
     * first file is written or the first message sent.
     *
     * @throws BadInputException for a bad recipients file or SMTP settings, or a country to send without addresses
     */
    public static MailRun prepare(Session session, Request request, Report report) {
        Set<String> known = session.contributors().countries().stream().map(Country::iso3)
                .collect(Collectors.toCollection(TreeSet::new));
        // A country whose file was set aside is still a country: its message fails, the others go on.
        known.addAll(new RejectedFiles(session.rejected(), known).countries());
        Map<String, Recipients> recipients = request.recipientsFile() == null ? Map.of()
                : RecipientsFile.read(request.recipientsFile(), known);
        LanguageChoice languages = LanguageChoice.of(session.templates(),
                request.language() == null ? List.of() : List.of(request.language()));
        List<String> chosen = choose(session, request, recipients, known);
        if (request.recipientsFile() != null) {
            List<String> missing = chosen.stream().filter(iso3 -> !recipients.containsKey(iso3)).toList();
            if (request.send() && !missing.isEmpty()) {
                throw new BadInputException(new Problem(request.recipientsFile().toString(), "", "has no line for "
                        + String.join(", ", missing) + "; nothing was sent"));
            }
            missing.forEach(iso3 -> report.warning(iso3 + " is not in " + request.recipientsFile()
                    + "; its draft has no recipients"));
        }
        List<String> warnings = new ArrayList<>();
        SmtpSettings settings = request.send()
                ? SmtpSettings.read(request.environment(), request.smtpConfig(), warnings) : null;
        String from = settings != null ? settings.from()
                : SmtpSettings.draftSender(request.environment(), request.smtpConfig(), warnings);
        warnings.forEach(report::warning);
        return new MailRun(session, request.month(), chosen, recipients, settings, from, report, languages);
    }

    /** The countries asked for, in the order given (a country named twice is mailed once). */
    private static List<String> choose(Session session, Request request, Map<String, Recipients> recipients,
                                       Set<String> known) {
        if (request.all()) {
            return request.recipientsFile() != null ? List.copyOf(recipients.keySet()) : List.copyOf(known);
        }
        CountryLookup lookup = session.lookup();
        Set<String> chosen = new LinkedHashSet<>();
        // A country named on the command line whose file was set aside is bad input, as with
        // `brief`: nothing is made. With --all it is that country's failure and the others go on.
        for (String typed : request.countries()) {
            chosen.add(lookup.find(typed).iso3());
        }
        return List.copyOf(chosen);
    }

    /** Writes the drafts, or sends the messages when the request said so. */
    public Tally run() throws IOException {
        // The brief and annex a message carries may be made again here: one writer in the folder at a time.
        try (TakenFolder folder = session.takeOutput(settings == null ? "mail" : "mail --send", report::warning)) {
            if (settings != null) {
                return send();
            }
            makeFiles(Set.of());
            return drafts();
        }
    }

    /**
     * The briefs and annexes the messages carry that are missing or stale, made first on every core
     * as {@code all} makes them; the messages are then made one by one, in order. A country whose
     * files fail here fails again when its message is made, and is reported then, with the others.
     *
     * @param sent the countries the month's send log says were sent: a re-run of {@code --send} sends
     *             them nothing, so their files are not made again
     */
    private void makeFiles(Set<String> sent) throws IOException {
        SetFigures contributors = session.contributors();
        List<CountryFigures> carried = new ArrayList<>();
        for (String iso3 : countries) {
            if (rejected.failure(iso3) == null && !sent.contains(iso3)) {
                try {
                    carried.add(figures(iso3));
                } catch (RuntimeException e) {
                    // reported with its message
                }
            }
        }
        Function<CountryFigures, Language> language = f -> language(f.country().iso3());
        List<CountryFigures> stale = files.staleAmong(carried, language);
        if (stale.size() > 1) { // one is made on its way, as it always was
            report.making(stale.size());
            files.make(stale, language, contributors, Runtime.getRuntime().availableProcessors());
        }
    }

    /** The folder of drafts and send logs, {@code <out>/mail}. */
    public Path mailDir() {
        return session.folders().out().resolve("mail");
    }

    /** Writes each country's draft, {@code <out>/mail/<ISO3>-mail-<YYYY-MM>.eml} ({@code -fr.eml} in French). */
    private Tally drafts() {
        int done = 0;
        List<Failure> failed = new ArrayList<>();
        for (String iso3 : countries) {
            Path target = mailDir().resolve(CountryMail.fileName(iso3, month));
            Failure setAside = setAside(iso3);
            if (setAside != null) {
                failed.add(setAside);
                continue;
            }
            try {
                Language lang = language(iso3);
                target = mailDir().resolve(CountryMail.fileName(iso3, month, lang));
                jakarta.writeDraft(compose(iso3, lang), from, target);
                report.drafted(iso3, target);
                done++;
            } catch (IOException | RuntimeException | StackOverflowError e) {
                failed.add(failure(iso3, target, e));
            }
        }
        return new Tally(done, 0, failed);
    }

    /**
     * A country whose message could not be made, reported as it happens. Whatever one country's
     * data or brief throws (a template error, a chart that cannot be drawn, a file in the way) is
     * that country's failure: the run goes on with the others, as {@code all} does.
     */
    private Failure failure(String iso3, Path attempting, Throwable e) {
        Failure failure = Failure.of(iso3, attempting, e);
        report.failed(failure);
        return failure;
    }

    /** Why nothing can be made for a country whose data file the rules set aside, reported; null for the others. */
    private Failure setAside(String iso3) {
        Failure failure = rejected.failure(iso3);
        if (failure != null) {
            report.failed(failure);
        }
        return failure;
    }

    /**
     * Sends each country's message not yet in the month's send log, and records each the server
     * accepts before the next is sent; the files those messages carry are made first.
     *
     * @throws BadInputException when another run is sending the same month from this folder
     */
    private Tally send() throws IOException {
        Files.createDirectories(mailDir());
        Path lockFile = mailDir().resolve(".sent-" + month + ".lock");
        // Two runs sending the same month at once would both find a country unsent: the second waits for nobody.
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(channel)) {
            if (lock == null) {
                throw new BadInputException(new Problem(lockFile.toString(), "", "another `briefs mail --send` is sending "
                        + month + " from this folder; wait for it to finish"));
            }
            // Read before any file is made: a damaged log stops the run before it costs anything.
            SendLog log = SendLog.open(sendLogFile());
            Set<String> sent = new HashSet<>();
            log.entries().forEach(e -> sent.add(e.iso3()));
            makeFiles(sent);
            return sendEach(log);
        }
    }

    /** The month's send log, {@code <out>/mail/sent-<YYYY-MM>.csv}. */
    public Path sendLogFile() {
        return SendLog.fileFor(mailDir(), month);
    }

    private Tally sendEach(SendLog log) throws IOException {
        CountingReport counting = new CountingReport(report);
        try (var smtp = jakarta.smtp(settings)) {
            MailDelivery delivery = new MailDelivery(smtp, log, settings, clock, counting);
            for (int i = 0; i < countries.size(); i++) {
                String iso3 = countries.get(i);
                if (delivery.alreadySent(iso3)) {
                    continue;
                }
                Failure setAside = setAside(iso3);
                if (setAside != null) {
                    counting.failures.add(setAside);
                    continue;
                }
                MailDelivery.Outcome outcome;
                try {
                    outcome = delivery.deliver(compose(iso3, language(iso3)));
                } catch (IOException | RuntimeException | StackOverflowError e) {
                    counting.failures.add(failure(iso3, null, e));
                    continue;
                }
                if (outcome == MailDelivery.Outcome.FAILED_STOP && i + 1 < countries.size()) {
                    List<String> rest = countries.subList(i + 1, countries.size());
                    report.stopped(rest);
                    rest.forEach(iso3Left -> counting.failures.add(new Failure(iso3Left, "", "not tried")));
                    break;
                }
            }
        }
        return new Tally(counting.sent, counting.already, counting.failures);
    }

    /** The lock, or null when another process (or another run in this one) holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            return null;
        }
    }

    /** A country's figures for the month, derived once for its files, its language and its message. */
    private CountryFigures figures(String iso3) {
        return figures.computeIfAbsent(iso3, c -> session.contributors().figures(c, month));
    }

    /** A country's message language: the one asked for, or its first preferred one. */
    private Language language(String iso3) {
        return languages.of(figures(iso3)).get(0);
    }

    private MailMessage compose(String iso3, Language lang) throws IOException {
        SetFigures contributors = session.contributors();
        CountryFigures figures = figures(iso3);
        FreshOutputs.Pair pair = files.ensure(figures, contributors, lang);
        MailMessage message = mail.compose(figures, contributors.dataSet().sources(), pair.brief(), pair.annex(),
                recipients.getOrDefault(iso3, Recipients.NONE), domain, lang);
        long size = jakarta.size(message, from);
        if (size > SIZE_BUDGET) {
            report.oversized(iso3, size);
        }
        return message;
    }

    private static String domainOf(String address) {
        return address.substring(address.lastIndexOf('@') + 1);
    }
}
