package briefs.produce;

import briefs.derive.CountryFigures;
import briefs.mail.CountryMail;
import briefs.render.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The outputs a long-running door (the web page) hands out, over a session kept open between
 * requests. The session is opened again when the data folder changes (an {@code import} while
 * serving) or the templates do (an edit); each file is made at most once per country, month,
 * language, part and version of the two, however many ask for it at once, and kept in the output
 * folder like those of {@code brief} and {@code all} (the same names, and the same rule for when a
 * file is stale: {@link FreshOutputs}).
 */
public final class ServedOutputs implements AutoCloseable {
    /** The language of a file asked for without one. */
    public static final String LANGUAGE = "en";

    /** The files a page offers for a country. */
    public enum Part { BRIEF, ANNEX, MAIL }

    /** A file ready to send: where it is, and the name a reader's browser saves it under. */
    public record Served(Path file, String downloadName) {
    }

    /** The open session and the data version it was read from. */
    public record Current(Session session, String version) {
    }

    private record Key(String iso3, YearMonth month, String language, Part part, String version) {
    }

    private final Folders folders;
    private final Clock clock;
    private final Map<Key, CompletableFuture<Served>> made = new ConcurrentHashMap<>();
    private final AtomicLong makings = new AtomicLong();
    /**
     * Files are made here, on one platform thread per processor but one, not on the caller's
     * (virtual) thread: a virtual thread busy rendering for a second holds its carrier, and twenty
     * of them would leave none for the requests a cached file or a page answers in milliseconds.
     * The processor left over keeps those quick while briefs are being made.
     */
    private final ExecutorService makers = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1), Thread.ofPlatform().name("briefs-make-", 0)
                    .daemon(true).factory());
    private volatile Current current;

    public ServedOutputs(Folders folders, Clock clock) {
        this.folders = folders;
        this.clock = clock;
        String version = version();
        this.current = new Current(Session.open(folders, clock), version);
    }

    /** The state of the data and of the templates (edited without a restart) the session was opened on. */
    private String version() {
        return DataVersion.of(folders.data()) + "-" + TemplatesVersion.of(folders.templates());
    }

    /** The session over the data and templates as they are now: opened again when either changed. */
    public Current current() {
        String version = version();
        Current seen = current;
        if (seen.version().equals(version)) {
            return seen;
        }
        synchronized (this) {
            if (!current.version().equals(version)) {
                current = new Current(Session.open(folders, clock), version);
                // Files made from older data or templates stay on disk (stale by FreshOutputs' rule); only the memo goes.
                made.keySet().removeIf(k -> !k.version().equals(version));
            }
            return current;
        }
    }

    /** How many times a file was asked to be made (not found in the memo): for the log and the tests. */
    public long makings() {
        return makings.get();
    }

    public Folders folders() {
        return folders;
    }

    /**
     * A country's file for a month, made first when missing or stale ({@link FreshOutputs});
     * callers asking for the same one at once wait for one making.
     *
     * @throws IOException when it cannot be made or written (the message names the file)
     */
    public Served file(Part part, CountryFigures figures) throws IOException {
        return file(part, figures, current().session().templates().language(LANGUAGE));
    }

    /**
     * As {@link #file(Part, CountryFigures)}, in a language: {@code SEN-brief-2025-07-fr.pdf}. A
     * file the memo names but the output folder no longer holds (someone emptied the folder while
     * the server ran) is made again, not answered with an error until the server restarts.
     */
    public Served file(Part part, CountryFigures figures, Language lang) throws IOException {
        Current now = current();
        Key key = new Key(figures.country().iso3(), figures.month(), lang.code(), part, now.version());
        CompletableFuture<Served> memo = memo(key, part, figures, now, lang);
        Served served = join(memo);
        if (!Files.isRegularFile(served.file())) {
            made.remove(key, memo); // gone from the folder: made again, once however many ask
            served = join(memo(key, part, figures, now, lang));
        }
        return served;
    }

    /** The making the memo holds for {@code key}, started first when it holds none. */
    private CompletableFuture<Served> memo(Key key, Part part, CountryFigures figures, Current now, Language lang) {
        CompletableFuture<Served> mine = new CompletableFuture<>();
        CompletableFuture<Served> first = made.putIfAbsent(key, mine);
        if (first != null) {
            return first;
        }
        makings.incrementAndGet();
        makers.execute(() -> {
            try {
                mine.complete(make(part, figures, now.session(), lang));
            } catch (IOException | RuntimeException | Error e) {
                made.remove(key, mine); // a failure is not kept: the next request tries again
                mine.completeExceptionally(e);
            }
        });
        return mine;
    }

    private static Served join(CompletableFuture<Served> making) throws IOException {
        try {
            return making.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw new IOException(io.getMessage(), io);
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Stops making files; those under way finish. */
    @Override
    public void close() {
        makers.shutdown();
    }

    private static Served make(Part part, CountryFigures figures, Session session, Language lang) throws IOException {
        var contributors = session.contributors();
        var sources = contributors.dataSet().sources();
        CountryMail naming = new CountryMail(session.templates());
        if (!lang.isEnglish()) {
            return switch (part) {
                case BRIEF -> new Served(new FreshOutputs(session).ensure(figures, contributors, lang).brief(),
                        naming.briefName(figures, sources, lang));
                case ANNEX -> new Served(new FreshOutputs(session).ensure(figures, contributors, lang).annex(),
                        naming.annexName(figures, sources, lang));
                case MAIL -> new Served(draft(figures, session, lang), CountryMail.fileName(figures.country().iso3(),
                        figures.month(), lang));
            };
        }
        return switch (part) {
            case BRIEF -> new Served(new FreshOutputs(session).brief(figures, contributors),
                    naming.briefName(figures, sources));
            case ANNEX -> new Served(new FreshOutputs(session).annex(figures, contributors),
                    naming.annexName(figures, sources));
            case MAIL -> new Served(draft(figures, session, lang), CountryMail.fileName(figures.country().iso3(),
                    figures.month()));
        };
    }

    /** The country's draft message, written by the same run as {@code briefs mail ISO3}. */
    private static Path draft(CountryFigures figures, Session session, Language lang) throws IOException {
        String iso3 = figures.country().iso3();
        List<Failure> failed = new ArrayList<>();
        MailRun run = MailRun.prepare(session, new MailRun.Request(figures.month(), List.of(iso3), false, null,
                false, null, Map.of(), lang.isEnglish() ? null : lang.code()), new FailuresOnly(failed));
        run.run();
        if (!failed.isEmpty()) {
            throw new IOException(failed.get(0).toString());
        }
        return run.mailDir().resolve(lang.isEnglish() ? CountryMail.fileName(iso3, figures.month())
                : CountryMail.fileName(iso3, figures.month(), lang));
    }

    /** A draft has no recipients, no SMTP: only a failure matters. */
    private record FailuresOnly(List<Failure> failed) implements MailRun.Report {
        @Override
        public void warning(String text) {
        }

        @Override
        public void drafted(String iso3, Path file) {
        }

        @Override
        public void oversized(String iso3, long bytes) {
        }

        @Override
        public void failed(Failure failure) {
            failed.add(failure);
        }

        @Override
        public void sent(String iso3, List<String> recipients, int attempt) {
        }

        @Override
        public void alreadySent(String iso3, Instant time, String messageId) {
        }

        @Override
        public void retrying(String iso3, int attempt, String reason, Duration wait) {
        }

        @Override
        public void notSent(String iso3, int attempts, String reason) {
        }

        @Override
        public void stopped(List<String> notTried) {
        }
    }
}
