package briefs.sources;

import briefs.model.BadInputException;
import briefs.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads one UN monthly report PDF: finds which of the UN's layouts it has, reads its rows with
 * that layout's reader and checks them against the totals it prints. Anything that is not such a
 * report (another PDF, a damaged or scanned one) is refused with the reason.
 */
final class ReportReader {
    /**
     * Reports already read in this process, by the SHA-256 of their bytes: the same file is
     * parsed once however often a process imports (tests, a bench). Immutable values only.
     */
    private static final java.util.Map<String, UnReport> READ = new java.util.concurrent.ConcurrentHashMap<>();

    private ReportReader() {
    }

    static UnReport read(Path pdf) {
        return read(pdf, null);
    }

    /** @param cache where rows read before are kept, or null to read the PDF in any case */
    static UnReport read(Path pdf, ReportCache cache) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(pdf);
        } catch (IOException e) {
            throw new BadInputException(new Problem(pdf.toString(), "", "cannot be read: " + e.getMessage()), e);
        }
        if (bytes.length < 5 || !new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new BadInputException(new Problem(pdf.getFileName().toString(), "", "not a PDF file"));
        }
        String sha = sha256(bytes);
        UnReport known = READ.get(sha);
        if (known != null) {
            return known.file().equals(pdf.getFileName().toString()) ? known
                    : new UnReport(pdf.getFileName().toString(), sha, known.month(), known.layout(), known.rows(),
                    known.genderAddsUp(), known.genderNote());
        }
        UnReport report = cache == null ? null : cache.get(pdf.getFileName().toString(), sha);
        if (report == null) {
            report = parse(pdf, bytes, sha);
            if (cache != null) {
                cache.put(report);
            }
        }
        READ.put(sha, report);
        return report;
    }

    /** A layout: how it is recognised from the report's first page(s), and how it is read. */
    private record Layout(java.util.function.Predicate<ReportText> matches,
                          java.util.function.BiFunction<ReportText, String, UnReport> read) {
    }

    private static final java.util.List<Layout> LAYOUTS = java.util.List.of(
            new Layout(CurrentReportLayout::matches, CurrentReportLayout::read),
            new Layout(FlatReportLayout::matches, FlatReportLayout::read),
            new Layout(CountrySummaryLayout::matches, CountrySummaryLayout::read),
            new Layout(CountryMissionPostLayout::matches, CountryMissionPostLayout::read),
            new Layout(CountryPostLayout::matches, CountryPostLayout::read),
            new Layout(MissionCountryPostLayout::matches, MissionCountryPostLayout::read),
            new Layout(WideReportLayout::matches, WideReportLayout::read),
            new Layout(MissionDetailLayout::matches, MissionDetailLayout::read));

    private static UnReport parse(Path pdf, byte[] bytes, String sha) {
        // The first page tells the kind of report: a file this reader refuses is not read whole.
        ReportText first = ReportText.read(pdf, bytes, 1);
        boolean blank = first.pages().stream().allMatch(p -> p.lines().isEmpty());
        Layout layout = layout(first);
        if (!blank && layout == null) {
            refuse(first);
        }
        ReportText text = ReportText.read(pdf, bytes);
        layout = blank ? layout(text) : layout;
        if (layout == null) {
            refuse(text);
        }
        return layout.read().apply(text, sha);
    }

    private static Layout layout(ReportText text) {
        return LAYOUTS.stream().filter(l -> l.matches().test(text)).findFirst().orElse(null);
    }

    private static void refuse(ReportText text) {
        if (CurrentReportLayout.matchesTotalsByCountry(text)) {
            throw new BadInputException(new Problem(text.file(), "page 1", "this is the UN's other kind of report, "
                    + "totals by country and personnel type only, with no operation and no split by gender; the data set "
                    + "needs both, so this month is not imported from it (it stays a missing month, see known_faults.csv)"));
        }
        throw new BadInputException(new Problem(text.file(), "page 1", "not a UN report of uniformed personnel"
                + " contributions in a layout this reader knows (its first lines: \"" + firstLines(text) + "\")"));
    }

    private static String firstLines(ReportText text) {
        return text.pages().stream().flatMap(p -> p.lines().stream()).limit(2).map(ReportText.Line::text)
                .reduce((a, b) -> a + " / " + b).orElse("");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
