package briefs.sources;

import java.lang.management.ManagementFactory;

/**
 * How the reports of the sources folder were read by an import: how many, how many of them came
 * from the rows kept on disk rather than from their PDFs, the time it took and the CPU time of
 * the whole process meanwhile (every thread: the PDFs are read in parallel).
 */
public record ReportsRead(int reports, int fromCache, long wallMs, long cpuMs) {
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** One line for the import's output. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%d report PDFs in %.1f s (CPU %.1f s), %d of them from the rows "
                + "kept in reports/%s", reports, wallMs / 1000.0, cpuMs / 1000.0, fromCache, ReportCache.DIR);
    }
}
