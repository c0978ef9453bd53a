package briefs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole-process part of {@code briefs bench}: new processes started as a user starts them
 * (the {@code ./briefs} launcher when there is one), timed from spawn to exit. JVM start, class
 * loading and warm-up are counted, because a user waits for them too.
 */
final class ProcessRuns {
    /** Output of a process, read back for the figures {@code briefs all} prints. */
    private record Run(int exit, double seconds, String output) {
    }

    private static final Pattern WRITTEN = Pattern.compile("written: (\\d+) briefs");
    /**
     * A month's line of {@code briefs all --months}: "2025-07: 193 briefs, 193 annexes, ..., 0 failed, 2.7 s,
     * 5.4 CPU-s" (the CPU-seconds where the platform tells them).
     */
    private static final Pattern MONTH_LINE =
            Pattern.compile("(?m)^(\\d{4}-\\d{2}): (\\d+) briefs, .*?, ([0-9.]+) s(?:, ([0-9.]+) CPU-s)?$");

    private final PrintWriter out;
    private final List<String> launcher;
    private final List<String> folders;

    ProcessRuns(PrintWriter out, CommonOptions options) {
        this.out = out;
        this.launcher = command();
        this.folders = List.of("--data", options.dataDir().toString(), "--templates", options.templatesDir().toString());
    }

    /** {@code briefs brief <country>} from a cold start, {@code runs} times after one untimed run. */
    void brief(String country, int runs, Path dir) throws IOException, InterruptedException {
        List<String> command = command("brief", List.of(country, "--out", dir.toString()));
        // The first run may build a start-up cache (the launcher's); it is not what a user waits for each time.
        run(command);
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Run r = run(command);
            if (r.exit() != 0) {
                failed(r, command);
                return;
            }
            seconds.add(r.seconds());
        }
        out.printf(Locale.ROOT, "one brief, cold (new process: %s brief %s): %s%n", shown(), country,
                spread(seconds, "s", 2));
        out.flush();
    }

    /**
     * {@code briefs all} in a new process, {@code runs} times, each into a new empty folder:
     * wall time from spawn to exit, and the CPU-seconds and peak resident memory it reports. With
     * the launcher, each run alternates with one that parses and checks every country file, as the
     * first run after a hand edit of every file, or with a new data folder, does (the launcher
     * keeps the records of the files it parsed, and import those of the files it wrote, in its
     * build folder, and a later run takes those of the unchanged files from there). The folders are
     * deleted after the last run, not between runs: a file system slows the creation of files
     * just after many were deleted, which a month's run into its new folder does not meet.
     */
    void all(List<String> countries, int runs, Path dir) throws IOException, InterruptedException {
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        List<Double> parsedWall = new ArrayList<>();
        List<Double> parsedCpu = new ArrayList<>();
        boolean keeps = launcher.size() == 1;
        int briefs = 0;
        // The launcher makes a bulk run's own start-up cache on the first `all` after a build: made by
        // an untimed run of one country, it is not what a user waits for each month.
        Path first = dir.resolve("first");
        run(command("all", List.of("--countries", countries.isEmpty() ? "NOR" : countries.get(0), "--out", first.toString())));
        BenchCommand.delete(first);
        for (int i = 0; i < runs; i++) {
            for (boolean parseAll : keeps ? new boolean[] {false, true} : new boolean[] {false}) {
                Path folder = dir.resolve((parseAll ? "parsed-" : "run-") + i);
                List<String> args = new ArrayList<>(List.of("--out", folder.toString()));
                if (!countries.isEmpty()) {
                    args.addAll(List.of("--countries", String.join(",", countries)));
                }
                List<String> command = command("all", args);
                Run r = parseAll ? run(command, "-D" + CommonOptions.KEPT_PROPERTY + "=") : run(command);
                ProcessUse.Figures used = ProcessUse.parse(r.output());
                if (r.exit() != 0 || used == null) {
                    failed(r, command);
                    return;
                }
                if (parseAll) {
                    parsedWall.add(r.seconds());
                    parsedCpu.add(used.cpuSeconds());
                    continue;
                }
                wall.add(r.seconds());
                cpu.add(used.cpuSeconds());
                rss.add(used.peakResidentBytes() / 1e6);
                Matcher written = WRITTEN.matcher(r.output());
                briefs = written.find() ? Integer.parseInt(written.group(1)) : 0;
            }
        }
        for (int i = 0; i < runs; i++) {
            BenchCommand.delete(dir.resolve("run-" + i));
            BenchCommand.delete(dir.resolve("parsed-" + i));
        }
        int n = briefs;
        out.printf(Locale.ROOT, "all, whole process (%s all, %d briefs and annexes): wall %s; CPU %s; peak RSS %s%n",
                shown(), n, spread(wall, "s", 2), spread(cpu, "CPU-s", 2), spread(rss, "MB", 0));
        if (keeps) {
            out.printf(Locale.ROOT, "all, every country file parsed and checked (nothing kept: a new data folder): wall %s; CPU %s%n",
                    spread(parsedWall, "s", 2), spread(parsedCpu, "CPU-s", 2));
        }
        if (n > 0) {
            out.printf(Locale.ROOT, "all, per country (whole process / %d): wall %.1f ms, CPU %.1f ms%n", n,
                    BenchCommand.median(wall) * 1e3 / n, BenchCommand.median(cpu) * 1e3 / n);
        }
        out.flush();
    }

    /**
     * {@code briefs all --months FROM..TO} in one new process, for the last months of the data:
     * its wall time, CPU-seconds and peak memory, the first month (which pays the JVM's warm-up)
     * and the months after it, as an archive or a catch-up run pays them.
     */
    void span(List<String> countries, List<YearMonth> months, Path dir) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("--months", months.get(0) + ".." + months.get(months.size() - 1),
                "--out", dir.toString()));
        if (!countries.isEmpty()) {
            args.addAll(List.of("--countries", String.join(",", countries)));
        }
        List<String> command = command("all", args);
        Run r = run(command);
        ProcessUse.Figures used = ProcessUse.parse(r.output());
        List<MonthLine> lines = monthLines(r.output());
        if (r.exit() != 0 || used == null || lines.size() < 2) {
            failed(r, command);
            return;
        }
        MonthLine first = lines.get(0);
        List<MonthLine> after = lines.subList(1, lines.size());
        List<Double> later = after.stream().map(MonthLine::seconds).toList();
        List<Double> laterCpu = after.stream().map(MonthLine::cpuSeconds).filter(c -> !Double.isNaN(c)).toList();
        int briefs = lines.stream().mapToInt(MonthLine::briefs).max().orElse(0);
        BenchCommand.delete(dir);
        out.printf(Locale.ROOT, "all over %d months, one process (%s all --months %s..%s, %d briefs and annexes a month):"
                        + " wall %.1f s, CPU %.1f CPU-s, peak RSS %.0f MB%n", months.size(), shown(), months.get(0),
                months.get(months.size() - 1), briefs, r.seconds(), used.cpuSeconds(), used.peakResidentBytes() / 1e6);
        out.printf(Locale.ROOT, "all over %d months, a month: first %.1f s; each after it %s, %.1f ms per country%n",
                months.size(), first.seconds(), spread(later, "s", 1), BenchCommand.median(later) * 1e3 / Math.max(1, briefs));
        if (laterCpu.size() == later.size()) {
            out.printf(Locale.ROOT, "all over %d months, a month's CPU: first %.1f CPU-s; each after it %s, %.1f ms per "
                            + "country (the bulk cost once the JVM is warm)%n", months.size(), first.cpuSeconds(),
                    spread(laterCpu, "CPU-s", 1), BenchCommand.median(laterCpu) * 1e3 / Math.max(1, briefs));
        }
        out.flush();
    }

    /** A month's line of {@code briefs all --months}; its CPU-seconds are NaN where the platform did not tell them. */
    record MonthLine(YearMonth month, int briefs, double seconds, double cpuSeconds) {
    }

    /** The month lines in the output of {@code briefs all --months}, in order. */
    static List<MonthLine> monthLines(String output) {
        List<MonthLine> lines = new ArrayList<>();
        Matcher line = MONTH_LINE.matcher(output);
        while (line.find()) {
            lines.add(new MonthLine(YearMonth.parse(line.group(1)), Integer.parseInt(line.group(2)),
                    Double.parseDouble(line.group(3)), line.group(4) == null ? Double.NaN : Double.parseDouble(line.group(4))));
        }
        return lines;
    }

    private List<String> command(String what, List<String> args) {
        List<String> command = new ArrayList<>(launcher);
        command.add(what);
        command.addAll(args);
        command.addAll(folders);
        return command;
    }

    private Run run(List<String> command) throws IOException, InterruptedException {
        return run(command, null);
    }

    /** Runs {@code command}, with {@code javaOption} added to the launcher's {@code BRIEFS_JAVA_OPTS} when not null. */
    private Run run(List<String> command, String javaOption) throws IOException, InterruptedException {
        Path log = Files.createTempFile("briefs-bench", ".log");
        try {
            long t0 = System.nanoTime();
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            if (javaOption != null) {
                String opts = builder.environment().getOrDefault("BRIEFS_JAVA_OPTS", "");
                builder.environment().put("BRIEFS_JAVA_OPTS", (opts + " " + javaOption).strip());
            }
            Process p = builder.start();
            if (!p.waitFor(600, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Run(-1, Double.NaN, "timed out after 600 s");
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Run(p.exitValue(), seconds, Files.readString(log));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private void failed(Run r, List<String> command) {
        String output = r.output().strip();
        out.printf("run failed with exit code %d: %s%n%s%n", r.exit(), String.join(" ", command),
                output.length() > 2000 ? output.substring(output.length() - 2000) : output);
        out.flush();
    }

    /** "median 3.1 s of 5 (2.9 to 3.4)". */
    static String spread(List<Double> values, String unit, int decimals) {
        String f = "%." + decimals + "f";
        return String.format(Locale.ROOT, "median " + f + " %s of %d (" + f + " to " + f + ")",
                BenchCommand.median(values), unit, values.size(), BenchCommand.min(values), BenchCommand.max(values));
    }

    private String shown() {
        return launcher.size() == 1 ? "./briefs" : "java -cp ...";
    }

    /** The {@code ./briefs} launcher of the briefs home when it is there, else this JVM on this class path. */
    private static List<String> command() {
        Path launcher = CommonOptions.home().resolve("briefs");
        List<String> command = new ArrayList<>();
        if (Files.isRegularFile(launcher) && Files.isExecutable(launcher)) {
            command.add(launcher.toString());
        } else {
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.addAll(List.of("-Djava.awt.headless=true", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Djdk.reflect.useNativeAccessorOnly=true", "-XX:-UsePerfData",
                    "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        }
        return command;
    }
}
