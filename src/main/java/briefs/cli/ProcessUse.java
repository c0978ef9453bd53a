package briefs.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What this process has used of the machine so far: CPU time over all its threads (JVM start,
 * compilers and collector included) and its peak resident memory. {@code briefs all} prints them
 * in its summary line and {@code briefs bench} reads them back from the processes it starts.
 */
final class ProcessUse {
    /** The part of the summary line {@link #summary()} writes and {@link #parse} reads. */
    private static final Pattern SUMMARY = Pattern.compile("([0-9.]+) CPU-s, peak RSS (?:([0-9]+) MB|unknown)");

    /** CPU-seconds and peak resident bytes (-1 when unknown). */
    record Figures(double cpuSeconds, long peakResidentBytes) {
    }

    private ProcessUse() {
    }

    /** CPU time of this process in seconds (user + system), or NaN when the JVM cannot tell. */
    static double cpuSeconds() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun && sun.getProcessCpuTime() >= 0) {
            return sun.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    /** The high-water mark of resident memory (VmHWM of /proc/self/status on Linux), or empty elsewhere. */
    static OptionalLong peakResidentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")) * 1024);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: unknown
        }
        return OptionalLong.empty();
    }

    /** "5.1 CPU-s, peak RSS 290 MB": what {@link #parse} reads. */
    static String summary() {
        OptionalLong rss = peakResidentBytes();
        return String.format(Locale.ROOT, "%.2f CPU-s, peak RSS %s", cpuSeconds(),
                rss.isPresent() ? Math.round(rss.getAsLong() / 1e6) + " MB" : "unknown");
    }

    /** The figures in a summary line printed by {@link #summary()}, or null when the text has none. */
    static Figures parse(String text) {
        Matcher m = SUMMARY.matcher(text);
        if (!m.find()) {
            return null;
        }
        long rss = m.group(2) == null ? -1 : Long.parseLong(m.group(2)) * 1_000_000;
        return new Figures(Double.parseDouble(m.group(1)), rss);
    }
}
