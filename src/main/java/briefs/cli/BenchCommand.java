package briefs.cli;

import briefs.derive.Contributors;
import briefs.derive.CountryFigures;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code briefs bench}: how fast this machine makes briefs. One brief from a cold start (a whole
 * new process, as a user runs it) and warm (in this process, after warming up); bulk throughput
 * with one worker and with every processor; peak heap; median file sizes. Medians, because a
 * shared machine is noisy; the load average is printed so a reader can judge the figures.
 */
@Command(name = "bench",
        description = "Measure one brief cold (new process) and warm (in process), bulk throughput with 1 worker and "
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
        out.printf(Locale.ROOT, "briefs bench: %d processors, Java %s, load average before: %s%n", cores,
                Runtime.version(), loadAverage());
        try (Scratch temporary = Scratch.create("briefs-bench")) {
            Path scratch = temporary.dir();
            if (coldRuns > 0) {
                cold(out, scratch.resolve("cold"));
            }
            Session session = Session.open(options.folders(), Clock.systemDefaultZone());
            Contributors contributors = session.contributors();
            YearMonth month = contributors.latestMonth();
            String iso3 = country.strip().toUpperCase(Locale.ROOT);
            if (contributors.countries().stream().noneMatch(c -> c.iso3().equals(iso3))) {
                throw Options.invalid(spec, "--country", country, "no country " + iso3 + " in the data");
            }
            CountryOutputs outputs = session.outputs(CountryOutputs.Parts.BRIEF_AND_ANNEX);
            warm(out, outputs, contributors, iso3, month, scratch.resolve("warm"));

            List<CountryFigures> members = new ArrayList<>();
            for (Country c : contributors.countries()) {
                if (c.unMember() && (bulkCountries == null || members.size() < bulkCountries)) {
                    members.add(contributors.figures(c.iso3(), month));
                }
            }
            Path bulk = scratch.resolve("bulk");
            bulk(out, outputs, contributors, members, 1, scratch.resolve("bulk-1"));
            bulk(out, outputs, contributors, members, cores, bulk);

            out.printf(Locale.ROOT, "peak heap: %.0f MB (max heap %.0f MB); peak resident memory of this process: %s%n",
                    peakHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6, peakResident());
            out.printf(Locale.ROOT, "median sizes: PDF %s, XLSX %s (%d countries)%n", medianSize(bulk, ".pdf"),
                    medianSize(bulk, ".xlsx"), members.size());
            out.printf(Locale.ROOT, "load average after: %s%n", loadAverage());
            out.flush();
            return ExitCodes.DONE;
        }
    }

    /** Starts whole processes, as a user would, and times each from spawn to exit. */
    private void cold(PrintWriter out, Path dir) throws IOException, InterruptedException {
        List<String> command = coldCommand();
        command.addAll(List.of("brief", country, "--data", options.dataDir().toString(),
                "--templates", options.templatesDir().toString(), "--out", dir.toString()));
        // The first run may build a start-up cache (the launcher's); it is not what a user waits for each time.
        run(command);
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < coldRuns; i++) {
            long t0 = System.nanoTime();
            int exit = run(command);
            seconds.add((System.nanoTime() - t0) / 1e9);
            if (exit != 0) {
                out.printf("cold run failed with exit code %d: %s%n", exit, String.join(" ", command));
                return;
            }
        }
        out.printf(Locale.ROOT, "one brief, cold (new process: %s): median %.2f s of %d (%.2f to %.2f)%n",
                command.get(0).endsWith("briefs") ? "./briefs brief " + country : "java -cp ... brief " + country,
                median(seconds), seconds.size(), min(seconds), max(seconds));
    }

    /** The {@code ./briefs} launcher of the briefs home when it is there, else this JVM on this class path. */
    private static List<String> coldCommand() {
        Path launcher = CommonOptions.home().resolve("briefs");
        List<String> command = new ArrayList<>();
        if (Files.isRegularFile(launcher) && Files.isExecutable(launcher)) {
            command.add(launcher.toString());
        } else {
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.addAll(List.of("-Djava.awt.headless=true", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                    "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        }
        return command;
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    private void warm(PrintWriter out, CountryOutputs outputs, Contributors contributors, String iso3, YearMonth month,
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

    private static void bulk(PrintWriter out, CountryOutputs outputs, Contributors contributors,
                             List<CountryFigures> set, int jobs, Path dir) throws IOException {
        WorkerPool.Result r = new WorkerPool(outputs, contributors.dataSet(), dir, jobs).run(set, iso3 -> { });
        out.printf(Locale.ROOT, "bulk, %d worker%s: %d countries in %.2f s: %.1f countries/s, %.1f briefs+annexes/s%s%n",
                jobs, jobs == 1 ? "" : "s", r.written().size(), r.wall().toNanos() / 1e9, r.countriesPerSecond(),
                r.filesPerSecond(), r.failed().isEmpty() ? "" : " (" + r.failed().size() + " failed: " + r.failed().get(0) + ")");
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

    /** VmHWM of /proc/self/status on Linux; "unknown" elsewhere. */
    private static String peakResident() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format(Locale.ROOT, "%.0f MB", kb / 1e3);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return "unknown";
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

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().min(Comparator.naturalOrder()).orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().max(Comparator.naturalOrder()).orElse(Double.NaN);
    }

}
