package briefs.cli;

import briefs.produce.TakenFolder;
import briefs.produce.BadChoice;
import briefs.produce.BulkRun;
import briefs.produce.Failure;
import briefs.produce.MonthSpan;
import briefs.produce.Session;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code briefs all}: reads its options and hands them to the {@link BulkRun}, then prints what
 * it did. A country that fails is named with the file and the reason and the others are still
 * written; the exit code is then 1.
 */
@Command(name = "all",
        description = "Write the brief and the annex of every UN member state for a data month (default: the latest), "
                + "then index-<YYYY-MM>.xlsx and overview-<YYYY-MM>.pdf of the set (both in each --lang: "
                + "index-<YYYY-MM>-fr.xlsx, overview-<YYYY-MM>-fr.pdf). A country that fails is named "
                + "with its file and why, the others are still written, and the exit code is 1.")
public final class AllCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Mixin
    AsOfOption asOf;

    @Mixin
    LanguageOption lang;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Worker threads (default: the number of processors).")
    Integer jobs;

    @Option(names = "--countries", paramLabel = "COUNTRY", split = ",",
            description = "Only these countries, by ISO3 code or name in English, French or Spanish: "
                    + "NOR,SWE,\"Ivory Coast\",Allemagne (default: every UN member state).")
    List<String> countries;

    @Option(names = "--months", paramLabel = "FROM..TO",
            description = "Every month from FROM to TO (YYYY-MM..YYYY-MM, both included), or all: the whole data, "
                    + "in one run, e.g. to make an archive; months the UN reports lack are named and skipped. "
                    + "Not with --as-of.")
    String months;

    @Option(names = "--contributors-only",
            description = "Only countries with uniformed personnel deployed in the month.")
    boolean contributorsOnly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        int workers = workers();
        // Given, but with no code in it ("--countries ," or "--countries="): a slip, not "every country".
        if (countries != null && countries.stream().allMatch(String::isBlank)) {
            throw Options.invalid(spec, "--countries", String.join(",", countries),
                    "no ISO3 code given (e.g. --countries NOR,SWE,CIV; leave the option out for every country)");
        }
        if (months != null && asOf.asked() != null) {
            throw Options.invalid(spec, "--months", months, "give either --months or --as-of, not both");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Session session = Session.open(options.folders(), Clock.systemDefaultZone());
        if (months != null) {
            return span(session, workers, stdout, stderr, start);
        }
        BulkRun run = plan(session, workers);
        BulkRun.Report report;
        try (TakenFolder folder = run.takeFolder(stderr::println)) {
            swept(stderr, folder);
            try (Progress progress = Progress.of("briefs all", run.size(), stderr)) {
                report = run.run(progress::step);
            }
        }
        summary(stdout, stderr, report, options.outDir(), (System.nanoTime() - start) / 1e9);
        return report.failed().isEmpty() ? ExitCodes.DONE : ExitCodes.FAILED;
    }

    /**
     * {@code --months}: each month of the span in turn, in one process (the JVM warms up once, the
     * data is read once), one output folder taken for them all; a line per month, then the totals.
     */
    private int span(Session session, int workers, PrintWriter stdout, PrintWriter stderr, long start)
            throws IOException {
        MonthSpan span;
        try {
            span = MonthSpan.of(months, session.contributors().dataSet());
        } catch (BadChoice e) {
            throw Options.invalid(spec, "--months", e);
        }
        span.skipped().forEach(n -> stderr.println("skipped " + n.month() + ": " + n.note()));
        List<String> failed = new ArrayList<>();
        Set<String> warnings = new LinkedHashSet<>();
        long briefs = 0;
        long annexes = 0;
        long setFiles = 0;
        int countriesMade = 0;
        // The first month planned before the folder is taken: a bad --countries writes nothing.
        BulkRun first = plan(session, workers, span.months().get(0));
        try (TakenFolder folder = session.takeOutput("all", stderr::println)) {
            swept(stderr, folder);
            for (YearMonth month : span.months()) {
                long monthStart = System.nanoTime();
                double monthCpu = ProcessUse.cpuSeconds();
                BulkRun run = month.equals(first.month()) ? first : plan(session, workers, month);
                BulkRun.Report report;
                try (Progress progress = Progress.of("briefs all " + month, run.size(), stderr)) {
                    report = run.run(progress::step);
                }
                report.failed().forEach(f -> failed.add(month + " " + f));
                report.warnings().forEach(w -> warnings.add(w.toString()));
                briefs += report.briefs();
                annexes += report.annexes();
                setFiles += report.setFiles().size();
                countriesMade = Math.max(countriesMade, report.countries());
                // The month's CPU-seconds (all threads), where the platform tells them: what a month costs warm.
                double cpu = ProcessUse.cpuSeconds() - monthCpu;
                stdout.printf(Locale.ROOT, "%s: %d briefs, %d annexes%s, %d failed, %.1f s%s%n", month, report.briefs(),
                        report.annexes(), report.setFiles().isEmpty() ? "" : ", " + String.join(", ", report.setFiles()),
                        report.failed().size(), (System.nanoTime() - monthStart) / 1e9,
                        Double.isNaN(cpu) ? "" : String.format(Locale.ROOT, ", %.1f CPU-s", cpu));
                stdout.flush();
            }
        }
        problems(stderr, warnings, failed);
        int n = span.months().size();
        double wall = (System.nanoTime() - start) / 1e9;
        stdout.printf("briefs all: %d month%s from %s to %s%s, up to %d countr%s a month on %d worker%s%n", n,
                n == 1 ? "" : "s", span.months().get(0), span.months().get(n - 1),
                span.skipped().isEmpty() ? "" : " (" + span.skipped().size() + " without data skipped)", countriesMade,
                countriesMade == 1 ? "y" : "ies", workers, workers == 1 ? "" : "s");
        stdout.printf("written: %d briefs, %d annexes, %d index and overview files in %s%n", briefs, annexes, setFiles,
                options.outDir());
        stdout.printf("failed: %d%n", failed.size());
        stdout.printf(Locale.ROOT, "time: %.1f s wall, %s (%.2f s a month)%n", wall, ProcessUse.summary(), wall / n);
        stdout.flush();
        return failed.isEmpty() ? ExitCodes.DONE : ExitCodes.FAILED;
    }

    private BulkRun plan(Session session, int workers) {
        asOf.resolve(session);
        return plan(session, workers, asOf.asked());
    }

    private BulkRun plan(Session session, int workers, YearMonth month) {
        lang.resolve(session);
        try {
            return BulkRun.plan(session, new BulkRun.Request(month, countries, contributorsOnly, workers,
                    lang.asked()));
        } catch (BadChoice e) {
            throw Options.invalid(spec, "--countries", e);
        }
    }

    private int workers() {
        if (jobs == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (jobs < 1) {
            throw Options.invalid(spec, "--jobs", String.valueOf(jobs), "must be 1 or more");
        }
        return jobs;
    }

    /** Tells what an interrupted run left in the output folder and this one removed. */
    private static void swept(PrintWriter stderr, TakenFolder folder) {
        if (folder.swept() > 0) {
            stderr.printf("removed %d temporary file%s left by an interrupted run%n", folder.swept(),
                    folder.swept() == 1 ? "" : "s");
        }
    }

    /** The warnings, then how many failed and each failure on its own line, on standard error. */
    private static void problems(PrintWriter stderr, Collection<?> warnings, List<?> failed) {
        warnings.forEach(w -> stderr.println("warning: " + w));
        if (!failed.isEmpty()) {
            stderr.printf("failed: %d%n", failed.size());
            failed.forEach(f -> stderr.println("  " + f));
            stderr.flush();
        }
    }

    private static void summary(PrintWriter stdout, PrintWriter stderr, BulkRun.Report report, Path out, double wall) {
        List<Failure> failed = report.failed();
        problems(stderr, report.warnings(), failed);
        int workers = report.jobs();
        stdout.printf("briefs all: data month %s, %d countries on %d worker%s%n", report.month(), report.countries(),
                workers, workers == 1 ? "" : "s");
        stdout.printf("written: %d briefs, %d annexes%s in %s%n", report.briefs(), report.annexes(),
                report.setFiles().isEmpty() ? "" : ", " + String.join(", ", report.setFiles()), out);
        stdout.printf("failed: %d%n", failed.size());
        stdout.printf(Locale.ROOT, "time: %.1f s wall, %s (%.1f s writing: %.1f countries/s, %.1f files/s)%n", wall,
                ProcessUse.summary(), report.pool().wall().toNanos() / 1e9, report.pool().countriesPerSecond(),
                report.pool().filesPerSecond());
        stdout.flush();
    }
}
