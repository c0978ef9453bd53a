package briefs.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.model.BadInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layouts of 2015 to January 2021, each on one of the reports kept in the repository. */
class OlderLayoutsTest {
    private static final Path REPORTS = Path.of("data/sources/reports");

    private static UnReport read(String month) {
        return ReportReader.read(REPORTS.resolve(month + ".pdf"));
    }

    private static int sum(UnReport r, java.util.function.ToIntFunction<ReportRow> f) {
        return r.rows().stream().mapToInt(f).sum();
    }

    private static List<ReportRow> rows(UnReport r, String mission, String country) {
        return r.rows().stream().filter(x -> java.util.Objects.equals(x.mission(), mission) && x.country().equals(country))
                .toList();
    }

    @Test
    void countrySummaryOf2015() {
        UnReport r = read("2015-01");
        assertEquals(YearMonth.of(2015, 1), r.month()); // "Month of Report : 31-Jan-15"
        assertEquals(CountrySummaryLayout.NAME, r.layout());
        assertEquals(955, r.rows().size());
        // Page 1: Argentina's MINUSTAH rows, the operation named on the first only; its subtotal 587 checks them.
        assertEquals(List.of("Individual Police 19 2 21", "Troops 529 37 566"), rows(r, "MINUSTAH", "Argentina").stream()
                .map(x -> x.type() + " " + x.male() + " " + x.female() + " " + x.total()).toList());
        // May 2015 prints a second, all-zero "Individual Police" line for MINUSTAH contributors: one row is kept.
        assertEquals(List.of(43), rows(read("2015-05"), "MINUSTAH", "Benin").stream().map(ReportRow::total).toList());
    }

    @Test
    void missionDetailOfNovember2016() {
        UnReport r = read("2016-11");
        assertEquals(YearMonth.of(2016, 11), r.month()); // "by End of November, 2016"
        assertEquals(MissionDetailLayout.NAME, r.layout());
        assertEquals(2484, r.rows().size()); // every type of every operation, zeros included
        assertEquals(100851, sum(r, ReportRow::total)); // the grand total on page 127
    }

    @Test
    void byCountryMissionAndPost() {
        UnReport r = read("2017-05");
        assertEquals(CountryMissionPostLayout.NAME, r.layout());
        assertEquals(1046, r.rows().size());
        assertEquals(List.of(92520, 4097, 96617), List.of(sum(r, ReportRow::male), sum(r, ReportRow::female),
                sum(r, ReportRow::total)));
        // Page 13 of October 2017 prints Côte d'Ivoire's total with its name drawn as no text: still checked.
        assertEquals(210, read("2017-10").rows().stream().filter(x -> x.country().equals("Côte d'Ivoire"))
                .mapToInt(ReportRow::total).sum());
    }

    @Test
    void byCountryAndPostWithoutOperations() {
        UnReport r = read("2018-03");
        assertEquals(CountryPostLayout.NAME, r.layout());
        assertEquals(385, r.rows().size());
        assertTrue(r.rows().stream().allMatch(x -> x.mission() == null));
        assertEquals(List.of(86723, 4335, 91058), List.of(sum(r, ReportRow::male), sum(r, ReportRow::female),
                sum(r, ReportRow::total)));
        // The name is cut to its column; import completes it (CutNames).
        assertTrue(r.rows().stream().anyMatch(x -> x.country().equals("The former Yugoslav Republic of Macedoni")));
    }

    @Test
    void theFlatAndTheWideTablesOf2019() {
        UnReport september = read("2019-09");
        assertEquals(FlatReportLayout.NAME, september.layout());
        assertEquals(1032, september.rows().size());
        // "United States of" runs into its type as one run of text; the type is split off.
        assertTrue(september.rows().stream().anyMatch(x -> x.country().equals("United States of")
                && x.mission().equals("MINUJUSTH") && x.type().equals("Individual Police")));
        UnReport october = read("2019-10");
        assertEquals(WideReportLayout.NAME, october.layout());
        assertEquals(YearMonth.of(2019, 10), october.month()); // no date printed; the PDF was made on 29 Nov 2019
        assertEquals(1008, october.rows().size());
        assertEquals(84968, sum(october, ReportRow::total));
    }

    @Test
    void byMissionCountryAndPostInItsVariants() {
        assertEquals(1015, read("2019-11").rows().size()); // the count printed at the end is checked too
        UnReport january2020 = read("2020-01");
        assertEquals(MissionCountryPostLayout.NAME, january2020.layout());
        // "Democratic Republic of" on the row, "the Congo (DRC)" on the line below it.
        assertEquals(1, rows(january2020, "UNVMC", "Democratic Republic of the Congo (DRC)").size());
        UnReport january2021 = read("2021-01");
        assertEquals(977, january2021.rows().size());
        assertEquals(List.of(76169, 5763, 81932), List.of(sum(january2021, ReportRow::male),
                sum(january2021, ReportRow::female), sum(january2021, ReportRow::total)));
    }

    @Test
    void august2020sSplitByGenderIsSeenToBeWrongByTheCheck() {
        UnReport r = read("2020-08");
        assertFalse(r.genderAddsUp());
        assertEquals(81820, sum(r, ReportRow::total));
        assertTrue(r.genderNote().contains("41183 women of 81820"), r.genderNote());
        assertTrue(read("2020-07").genderAddsUp());
    }

    @Test
    void anOlderReportAlteredSoThatARowNoLongerAddsUpIsRefused(@TempDir Path dir) throws IOException {
        // January 2021, page 1: Canada's BINUH subtotal and its one row both print 3 men, 1 woman, 4. The row's
        // total (the second "4" drawn on the page) is made 5: it no longer adds up, nor does the operation's total.
        Path altered = changeDigit(REPORTS.resolve("2021-01.pdf"), dir.resolve("altered.pdf"), "4", 2, "5");
        var e = assertThrows(BadInputException.class, () -> ReportReader.read(altered));
        assertTrue(e.getMessage().startsWith("altered.pdf: page 1, line "), e.getMessage());
        assertTrue(e.getMessage().contains("but the report prints"), e.getMessage());
        assertTrue(e.getMessage().contains("page 1, line 9 prints 3 men + 1 women = 5, which does not add up"), e.getMessage());
    }

    /**
     * Replaces the n-th string drawn on page 1 that reads {@code digit} with {@code replacement}. The
     * older reports draw text in subset fonts with their own codes, so the codes are taken from the
     * font: the replacement's code is one the page already uses for that character in that font.
     */
    static Path changeDigit(Path source, Path target, String digit, int n, String replacement) throws IOException {
        try (PDDocument doc = Loader.loadPDF(source.toFile())) {
            PDPage page = doc.getPage(0);
            List<Object> tokens = new ArrayList<>(new PDFStreamParser(page).parse());
            java.util.Map<String, java.util.Map<String, Byte>> codes = new java.util.HashMap<>();
            List<int[]> hits = new ArrayList<>(); // token index, font index
            List<String> fonts = new ArrayList<>();
            String font = null;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i) instanceof Operator op && op.getName().equals("Tf")) {
                    font = ((COSName) tokens.get(i - 2)).getName();
                } else if (tokens.get(i) instanceof COSString s && font != null) {
                    PDFont f = page.getResources().getFont(COSName.getPDFName(font));
                    StringBuilder text = new StringBuilder();
                    for (byte b : s.getBytes()) {
                        String u = f.toUnicode(b & 0xff);
                        text.append(u == null ? "?" : u);
                        codes.computeIfAbsent(font, k -> new java.util.HashMap<>()).putIfAbsent(u, b);
                    }
                    if (text.toString().equals(digit)) {
                        fonts.add(font);
                        hits.add(new int[] {i, fonts.size() - 1});
                    }
                }
            }
            assertTrue(hits.size() >= n, "fewer than " + n + " strings read \"" + digit + "\"");
            int[] hit = hits.get(n - 1);
            Byte code = codes.get(fonts.get(hit[1])).get(replacement);
            assertTrue(code != null, "the page's font has no code for \"" + replacement + "\"");
            tokens.set(hit[0], new COSString(new byte[] {code}));
            PDStream stream = new PDStream(doc);
            try (var out = stream.createOutputStream()) {
                new ContentStreamWriter(out).writeTokens(tokens);
            }
            page.setContents(stream);
            doc.save(target.toFile());
        }
        return target;
    }

    @Test
    void aNameCutToItsColumnIsCompletedFromTheNearestMonthThatPrintsItWhole() {
        CountryNameIndex names = new SourceImport(Path.of("data/sources")).nameIndex();
        ReportRow cut = new ReportRow("UNIFIL", "Republic of", "Troops", 308, 19, 327, "page 3, line 4");
        ReportRow moldova = new ReportRow("UNMISS", "Moldova,", "Experts on Mission", 3, 1, 4, "page 9, line 1");
        ReportRow korea = new ReportRow("UNMISS", "Republic of", "Experts on Mission", 2, 0, 2, "page 9, line 2");
        NavigableMap<YearMonth, UnReport> reports = new TreeMap<>();
        reports.put(YearMonth.of(2019, 9), report(9, cut, moldova, korea));
        reports.put(YearMonth.of(2019, 10), report(10,
                new ReportRow("UNIFIL", "Republic of Korea", "Troops", 300, 20, 320, ""),
                new ReportRow("UNIFIL", "Republic of Moldova", "Staff Officer", 1, 0, 1, ""),
                new ReportRow("UNMISS", "Republic of Korea", "Experts on Mission", 2, 0, 2, ""),
                new ReportRow("UNMISS", "Moldova, Republic of", "Experts on Mission", 3, 1, 4, "")));
        CutNames cutNames = new CutNames(names, reports);
        assertEquals("Republic of Korea", cutNames.name(YearMonth.of(2019, 9), cut));
        assertEquals("Moldova, Republic of", cutNames.name(YearMonth.of(2019, 9), moldova));
        // Both start "Republic of" in UNMISS; Moldova is printed (cut) on its own row of the same report.
        assertEquals("Republic of Korea", cutNames.name(YearMonth.of(2019, 9), korea));
        assertEquals("Russian Federation", cutNames.name(YearMonth.of(2019, 9),
                new ReportRow("UNMISS", "Russian", "Troops", 1, 0, 1, "")));
        // With no month to tell, the cut name stays as printed and import refuses it with the nearest names.
        assertEquals("Republic of", cutNames.name(YearMonth.of(2019, 9),
                new ReportRow("UNDOF", "Republic of", "Troops", 1, 0, 1, "")));
    }

    private static UnReport report(int month, ReportRow... rows) {
        return new UnReport("2019-" + month + ".pdf", "sha" + month, YearMonth.of(2019, month), "test", List.of(rows), true, null);
    }
}
