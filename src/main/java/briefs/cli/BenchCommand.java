package briefs.cli;

import briefs.derive.CountryFigures;
import briefs.derive.SetFigures;
import briefs.model.Country;
import briefs.produce.CountryOutputs;
import briefs.produce.Scratch;
import briefs.produce.Session;
import briefs.produce.WorkerPool;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code briefs bench}: how fast this machine makes briefs. One brief from a cold start (a whole
 * new process, as a user runs it) and warm (in this process, after warming up); {@code briefs all}
 * as whole processes, with the CPU-seconds and peak resident memory they report; bulk throughput
 * with one worker and with every processor; peak heap; median file sizes. Medians, because a
 * shared machine is noisy; the load average is printed so a reader can judge the figures.
 */
@Command(name = "bench",
        description = "Measure one brief cold (new process), `briefs all` as whole processes (wall, CPU-seconds, "
                + "peak RSS, per country), `briefs all --months` over the latest months in one process (the first "
                + "month and each after it), one brief warm (in process), bulk throughput in process with 1 worker and "
                + "with all processors, peak heap and median file sizes, on this machine. Files go to a temporary "
                + "folder that is deleted afterwards; --out is not used.")
public final class BenchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Option(names = "--country", paramLabel = "ISO3", defaultValue = "NOR",
            description = "The country of the single-brief timings (default: ${DEFAULT-VALUE}).")
    String country;

    @Option(names = "--cold-runs", paramLabel = "N", defaultValue = "5",
            description = "New processes started for the cold timing (default: ${DEFAULT-VALUE}; 0 skips it).")
    int coldRuns;

    @Option(names = "--all-runs", paramLabel = "N", defaultValue = "5",
            description = "New processes started for the whole-process `briefs all` timing (default: ${DEFAULT-VALUE}; "
                    + "0 skips it).")
    int allRuns;

    @Option(names = "--span-months", paramLabel = "N", defaultValue = "6",
            description = "Months, the latest of the data, of one `briefs all --months` process, timed as a whole and "
                    + "month by month (default: ${DEFAULT-VALUE}; 0 skips it).")
    int spanMonths;

    @Option(names = "--warm-runs", paramLabel = "N", defaultValue = "20",
            description = "In-process repetitions for the warm timing (default: ${DEFAULT-VALUE}).")
    int warmRuns;

    @Option(names = "--bulk-countries", paramLabel = "N",
            description = "Countries in each bulk run (default: every UN member state).")
    Integer bulkCountries;

    @Spec
    CommandSpec spec;

    /** Counts that would time nothing, or fail half-way through the run: refused before it starts. */
    private void checkCounts() {
        if (coldRuns < 0) {
            throw Options.invalid(spec, "--cold-runs", String.valueOf(coldRuns), "must be 0 or more");
        }
        if (spanMonths < 0) {
            throw Options.invalid(spec, "--span-months", String.valueOf(spanMonths), "must be 0 or more");
        }
        if (warmRuns < 1) {
            throw Options.invalid(spec, "--warm-runs", String.valueOf(warmRuns), "must be 1 or more");
        }
        if (bulkCountries != null && bulkCountries < 1) {
            throw Options.invalid(spec, "--bulk-countries", String.valueOf(bulkCountries), "must be 1 or more");
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        checkCounts();
        PrintWriter out = spec.commandLine().getOut();
        int cores = Runtime.getRuntime().availableProcessors();
        try (Scratch temporary = Scratch.create("briefs-bench")) {
            Path scratch = temporary.dir();
            Session session = Session.open(options.folders(), Clock.systemDefaultZone());
            SetFigures contributors = session.contributors();
            YearMonth month = contributors.latestMonth();
            String iso3 = country.strip().toUpperCase(Locale.ROOT);
            if (contributors.countries().stream().noneMatch(c -> c.iso3().equals(iso3))) {
                throw Options.invalid(spec, "--country", country, "no country " + iso3 + " in the data");
            }
            List<CountryFigures> members = new ArrayList<>();
            for (Country c : contributors.countries()) {
                if (c.unMember() && (bulkCountries == null || members.size() < bulkCountries)) {
                    members.add(contributors.figures(c.iso3(), month));
                }
            }
            List<YearMonth> months = contributors.dataSet().months();
            if (spanMonths == 1 || spanMonths > months.size()) {
                throw Options.invalid(spec, "--span-months", String.valueOf(spanMonths),
                        "must be 0, or 2 to " + months.size() + " (the months of the data)");
            }
            List<YearMonth> spanned = months.subList(months.size() - Math.max(spanMonths, 0), months.size());
            // Printed once every option is known good: bad usage prints nothing on standard output.
            out.printf(Locale.ROOT, "briefs bench: %d processors, Java %s, load average before: %s%n", cores,
                    Runtime.version(), loadAverage());
            ProcessRuns processes = new ProcessRuns(out, options);
            if (coldRuns > 0) {
                processes.brief(iso3, coldRuns, scratch.resolve("cold"));
            }
            if (allRuns > 0) {
                processes.all(bulkCountries == null ? List.of() : members.stream().map(f -> f.country().iso3()).toList(),
                        allRuns, scratch.resolve("all"));
            }
            if (spanMonths > 0) {
                processes.span(bulkCountries == null ? List.of() : members.stream().map(f -> f.country().iso3()).toList(),
                        spanned, scratch.resolve("span"));
            }
            CountryOutputs outputs = session.outputs(CountryOutputs.Parts.BRIEF_AND_ANNEX);
            warm(out, outputs, contributors, iso3, month, scratch.resolve("warm"));

            Path bulk = scratch.resolve("bulk");
            bulk(out, outputs, contributors, members, 1, scratch.resolve("bulk-1"));
            bulk(out, outputs, contributors, members, cores, bulk);

            out.printf(Locale.ROOT, "peak heap: %.0f MB (max heap %.0f MB); peak resident memory of this process: %s%n",
                    peakHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6, ProcessUse.peakResidentBytes().isPresent()
                    ? Math.round(ProcessUse.peakResidentBytes().getAsLong() / 1e6) + " MB" : "unknown");
            out.printf(Locale.ROOT, "median sizes: PDF %s, XLSX %s (%d countries)%n", medianSize(bulk, ".pdf"),
                    medianSize(bulk, ".xlsx"), members.size());
            out.printf(Locale.ROOT, "load average after: %s%n", loadAverage());
            out.flush();
            return ExitCodes.DONE;
        }
    }

    private void warm(PrintWriter out, CountryOutputs outputs, SetFigures contributors, String iso3, YearMonth month,
                      Path dir) throws IOException {
        CountryFigures figures = contributors.figures(iso3, month);
        for (int i = 0; i < 5; i++) {
            outputs.brief(figures, contributors.dataSet(), dir);
            outputs.annex(figures, contributors.dataSet(), dir);
        }
        List<Double> brief = new ArrayList<>();
        List<Double> annex = new ArrayList<>();
        List<Double> derive = new ArrayList<>();
        List<Double> briefCpu = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmRuns; i++) {
            long t0 = System.nanoTime();
            CountryFigures f = contributors.figures(iso3, month);
            long t1 = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            outputs.brief(f, contributors.dataSet(), dir);
            briefCpu.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
            long t2 = System.nanoTime();
            outputs.annex(f, contributors.dataSet(), dir);
            long t3 = System.nanoTime();
            derive.add((t1 - t0) / 1e6);
            brief.add((t2 - t1) / 1e6);
            annex.add((t3 - t2) / 1e6);
        }
        // CPU time as well: on a shared machine the wall time also counts other people's work.
        out.printf(Locale.ROOT, "one brief, warm (in process, %s): median %.1f ms of %d (CPU %.1f ms); annex %.1f ms; "
                + "figures %.2f ms%n", iso3, median(brief), warmRuns, median(briefCpu), median(annex), median(derive));
    }

    private static void bulk(PrintWriter out, CountryOutputs outputs, SetFigures contributors,
                             List<CountryFigures> set, int jobs, Path dir) throws IOException {
        double cpu = ProcessUse.cpuSeconds();
        WorkerPool.Result r = new WorkerPool(outputs, contributors.dataSet(), dir, jobs).run(set, iso3 -> { });
        cpu = ProcessUse.cpuSeconds() - cpu;
        out.printf(Locale.ROOT, "bulk in process, %d worker%s: %d countries in %.2f s: %.1f countries/s, "
                        + "%.1f briefs+annexes/s, CPU %.1f ms per country%s%n",
                jobs, jobs == 1 ? "" : "s", r.written().size(), r.wall().toNanos() / 1e9, r.countriesPerSecond(),
                r.filesPerSecond(), cpu * 1e3 / Math.max(1, set.size()), r.failed().isEmpty() ? "" : " (" + r.failed().size() + " failed: " + r.failed().get(0) + ")");
        out.flush();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2] + " (1, 5, 15 min)";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String medianSize(Path dir, String suffix) throws IOException {
        List<Double> sizes = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(suffix)).toList()) {
                sizes.add((double) Files.size(p));
            }
        }
        return sizes.isEmpty() ? "none" : String.format(Locale.ROOT, "%.0f KB", median(sizes) / 1024);
    }

    /** Deletes a folder the benchmark wrote, so a long bench does not fill the disk. */
    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static double min(List<Double> values) {
        return values.stream().min(Comparator.naturalOrder()).orElse(Double.NaN);
    }

    static double max(List<Double> values) {
        return values.stream().max(Comparator.naturalOrder()).orElse(Double.NaN);
    }

}
