package briefs.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows already read from a report PDF, kept on disk beside the reports ({@code reports/.read/}),
 * keyed by the SHA-256 of the PDF and of the reader's own code: reading 121 PDFs takes minutes of
 * CPU, reading their rows back a fraction of a second, and a change to any layout reader (or to
 * PDFBox) makes every entry stale by itself. Only reports that were read and checked are kept; a
 * damaged or unreadable entry is read again from its PDF.
 */
final class ReportCache {
    static final String DIR = ".read";
    /** The classes whose code decides what is read from a PDF. */
    private static final List<Class<?>> READERS = List.of(ReportReader.class, ReportText.class, ReportText.Line.class,
            ReportText.Cell.class, ReportTable.class, ReportDate.class, OlderLayouts.class, CurrentReportLayout.class,
            CountryLabels.class, FlatReportLayout.class, CountrySummaryLayout.class, CountryFirstRows.class,
            CountryMissionPostLayout.class, CountryPostLayout.class, MissionCountryPostLayout.class,
            WideReportLayout.class, MissionDetailLayout.class, ReportRow.class, UnReport.class);
    private static final String CODE = codeFingerprint();

    private final Path dir;
    private final java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();

    ReportCache(Path dir) {
        this.dir = dir;
    }

    private Path entry(String sha256) {
        return dir.resolve(ReportReader.sha256((sha256 + CODE).getBytes(StandardCharsets.UTF_8)) + ".tsv");
    }

    /** How many reports came from here rather than from their PDFs. */
    int hits() {
        return hits.get();
    }

    /** The report read before from a PDF with these bytes, or null. */
    UnReport get(String file, String sha256) {
        Path p = entry(sha256);
        if (!Files.isRegularFile(p)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            String[] head = lines.get(0).split("\t", -1);
            List<ReportRow> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                rows.add(new ReportRow(f[0].isEmpty() ? null : f[0], f[1], f[2], Integer.parseInt(f[3]),
                        Integer.parseInt(f[4]), Integer.parseInt(f[5]), f[6]));
            }
            UnReport kept = new UnReport(file, sha256, YearMonth.parse(head[0]), head[1], List.copyOf(rows),
                    Boolean.parseBoolean(head[2]), head[3].isEmpty() ? null : head[3]);
            hits.incrementAndGet();
            return kept;
        } catch (IOException | RuntimeException e) {
            return null; // read the PDF again
        }
    }

    /** Keeps a report's rows; a cache that cannot be written only costs time. */
    void put(UnReport r) {
        StringBuilder b = new StringBuilder();
        b.append(r.month()).append('\t').append(r.layout()).append('\t').append(r.genderAddsUp()).append('\t')
                .append(r.genderNote() == null ? "" : r.genderNote()).append('\n');
        for (ReportRow row : r.rows()) {
            b.append(row.mission() == null ? "" : row.mission()).append('\t').append(row.country()).append('\t')
                    .append(row.type()).append('\t').append(row.male()).append('\t').append(row.female()).append('\t')
                    .append(row.total()).append('\t').append(row.where()).append('\n');
        }
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".entry", ".tmp");
            Files.writeString(temp, b, StandardCharsets.UTF_8);
            Files.move(temp, entry(r.sha256()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException e) {
            // not kept: the next import reads the PDF again
        }
    }

    private static String codeFingerprint() {
        StringBuilder all = new StringBuilder(String.valueOf(org.apache.pdfbox.Loader.class.getPackage().getImplementationVersion()));
        for (Class<?> c : READERS) {
            String name = c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class";
            try (InputStream in = c.getResourceAsStream(name)) {
                all.append(in == null ? name : ReportReader.sha256(in.readAllBytes()));
            } catch (IOException e) {
                all.append(name);
            }
        }
        return ReportReader.sha256(all.toString().getBytes(StandardCharsets.UTF_8));
    }
}
