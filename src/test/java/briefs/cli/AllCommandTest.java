package briefs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.BundledData;
import briefs.derive.SetFigures;
import briefs.derive.CountryFigures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefs all} over a few very different countries of the bundled data, in process. */
class AllCommandTest {
    /** A large contributor, a member with no personnel, a name with an accent and a curly apostrophe. */
    private static final List<String> SUBSET = List.of("CIV", "ISL", "NOR");

    @TempDir
    Path out;

    @Test
    void writesBriefAnnexIndexAndOverviewOfEachCountryAsked() throws IOException {
        CommandRun run = CommandRun.briefs("all", "--countries", "nor,ISL,CIV", "--jobs", "2", "--out", out.toString());

        assertEquals(ExitCodes.DONE, run.exitCode(), run.out() + run.err());
        YearMonth month = BundledData.contributors().latestMonth();
        List<String> expected = new ArrayList<>();
        for (String iso3 : SUBSET) {
            expected.add(iso3 + "-annex-" + month + ".xlsx");
            expected.add(iso3 + "-brief-" + month + ".pdf");
        }
        expected.add("index-" + month + ".xlsx");
        expected.add("overview-" + month + ".pdf");
        expected.sort(null);
        assertEquals(expected, files(out));
        assertTrue(run.out().contains("written: 3 briefs, 3 annexes, index-" + month + ".xlsx, overview-" + month + ".pdf"),
                run.out());
        assertTrue(run.out().contains("failed: 0"), run.out());
        indexHasOneRowPerCountryWithTheBriefsFigures();
        overviewIsOneOrTwoPagesNamingTheCountries();
    }

    /** In French and Spanish, an index and an overview in each: the set's reader reads the briefs' language. */
    @Test
    void writesAnIndexAndAnOverviewInEachLanguageAsked() throws IOException {
        CommandRun run = CommandRun.briefs("all", "--countries", "SEN", "--lang", "fr,es", "--out", out.toString());

        assertEquals(ExitCodes.DONE, run.exitCode(), run.out() + run.err());
        YearMonth month = BundledData.contributors().latestMonth();
        assertEquals(List.of("SEN-annex-" + month + "-es.xlsx", "SEN-annex-" + month + "-fr.xlsx",
                "SEN-brief-" + month + "-es.pdf", "SEN-brief-" + month + "-fr.pdf", "index-" + month + "-es.xlsx",
                "index-" + month + "-fr.xlsx", "overview-" + month + "-es.pdf", "overview-" + month + "-fr.pdf"), files(out));
        assertTrue(run.out().contains("index-" + month + "-fr.xlsx, overview-" + month + "-fr.pdf, index-" + month
                + "-es.xlsx, overview-" + month + "-es.pdf"), run.out());
        try (InputStream in = Files.newInputStream(out.resolve("index-" + month + "-fr.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("Pays");
            int header = headerRow(sheet, "ISO3");
            List<String> head = texts(sheet.getRow(header));
            XSSFRow row = sheet.getRow(header + 1);
            assertEquals("Sénégal", text(row, head, "Pays"));
            assertEquals("Afrique", text(row, head, "Région"));
            assertEquals("SEN-brief-" + month + "-fr.pdf", text(row, head, "Note"));
            assertEquals("SEN-annex-" + month + "-fr.xlsx", text(row, head, "Annexe"));
        }
        try (PDDocument overview = Loader.loadPDF(out.resolve("overview-" + month + "-fr.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(overview).contains("Sénégal"), "the French name");
        }
    }

    private void indexHasOneRowPerCountryWithTheBriefsFigures() throws IOException {
        SetFigures contributors = BundledData.contributors();
        YearMonth month = contributors.latestMonth();
        try (InputStream in = Files.newInputStream(out.resolve("index-" + month + ".xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("Countries");
            int header = headerRow(sheet, "ISO3");
            List<String> head = texts(sheet.getRow(header));
            assertEquals(header + 1, sheet.getPaneInformation().getHorizontalSplitTopRow(), "header row frozen");
            assertEquals(header + SUBSET.size(), sheet.getLastRowNum(), "one row per country, nothing after");
            for (int i = 0; i < SUBSET.size(); i++) {
                XSSFRow row = sheet.getRow(header + 1 + i);
                CountryFigures f = contributors.figures(SUBSET.get(i), month);
                assertEquals(SUBSET.get(i), text(row, head, "ISO3"));
                assertEquals(f.country().name(), text(row, head, "Country"));
                assertEquals(f.total(), number(row, head, "Personnel"));
                assertEquals(f.women(), number(row, head, "Women"));
                assertEquals(f.rank(), number(row, head, "Rank"));
                assertEquals(f.operationCount(), number(row, head, "Operations"));
                assertEquals(SUBSET.get(i) + "-brief-" + month + ".pdf", text(row, head, "Brief"));
                assertEquals(SUBSET.get(i) + "-annex-" + month + ".xlsx", text(row, head, "Annex"));
                if (f.womenShare() == null) {
                    assertNull(cellOrNull(row, head, "Women's share"), "no share for " + SUBSET.get(i));
                } else {
                    assertEquals(f.womenShare(), row.getCell(head.indexOf("Women's share")).getNumericCellValue(), 1e-12);
                }
            }
            assertTrue(wb.getSheet("Top contributors").getDrawingPatriarch().getCharts().size() == 1, "native chart");
            // Sources without a release date (plans, targets, names) say none: no "as of null".
            for (org.apache.poi.ss.usermodel.Row row : wb.getSheet("Notes")) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    String value = cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
                    assertFalse(value.contains("null") || value.contains(".csv"), "Notes sheet: " + value);
                }
            }
        }
    }

    private void overviewIsOneOrTwoPagesNamingTheCountries() throws IOException {
        YearMonth month = BundledData.contributors().latestMonth();
        try (PDDocument overview = Loader.loadPDF(out.resolve("overview-" + month + ".pdf").toFile())) {
            String text = new PDFTextStripper().getText(overview);
            assertTrue(text.contains("Overview of the country briefs"), text);
            assertTrue(text.contains("Côte d’Ivoire"), "the accent and the curly apostrophe survive: " + text);
            assertTrue(overview.getNumberOfPages() <= 2, "one or two pages, not " + overview.getNumberOfPages());
            assertTrue(text.contains("Page 1 of " + overview.getNumberOfPages()), "footer 'Page 1 of N': " + text);
        }
    }

    @Test
    void contributorsOnlyLeavesOutCountriesWithoutPersonnel() throws IOException {
        CommandRun run = CommandRun.briefs("all", "--countries", String.join(",", SUBSET), "--contributors-only",
                "--out", out.toString());
        assertEquals(ExitCodes.DONE, run.exitCode(), run.out() + run.err());
        YearMonth month = BundledData.contributors().latestMonth();
        assertFalse(Files.exists(out.resolve("ISL-brief-" + month + ".pdf")), "Iceland deploys nobody");
        assertTrue(Files.exists(out.resolve("NOR-brief-" + month + ".pdf")));
    }

    @Test
    void aSpanOfMonthsWritesEachMonthsSetInOneRun() throws IOException {
        CommandRun run = CommandRun.briefs("all", "--months", "2022-06..2022-08", "--countries", "NOR,ISL",
                "--out", out.toString());

        assertEquals(ExitCodes.DONE, run.exitCode(), run.out() + run.err());
        List<String> expected = new ArrayList<>();
        for (String month : List.of("2022-06", "2022-08")) {
            for (String iso3 : List.of("ISL", "NOR")) {
                expected.add(iso3 + "-annex-" + month + ".xlsx");
                expected.add(iso3 + "-brief-" + month + ".pdf");
            }
            expected.add("index-" + month + ".xlsx");
            expected.add("overview-" + month + ".pdf");
        }
        expected.sort(null);
        assertEquals(expected, files(out), "2022-07 has no report: nothing for it");
        assertTrue(run.err().contains("skipped 2022-07: No report was found for this month."), run.err());
        assertTrue(run.out().contains("2022-06: 2 briefs, 2 annexes, index-2022-06.xlsx, overview-2022-06.pdf, 0 failed"),
                run.out());
        assertTrue(run.out().contains("written: 4 briefs, 4 annexes, 4 index and overview files"), run.out());
        // Each month's line as the bench reads it: its wall time and, on this platform, its CPU-seconds.
        List<ProcessRuns.MonthLine> lines = ProcessRuns.monthLines(run.out());
        assertEquals(List.of(YearMonth.of(2022, 6), YearMonth.of(2022, 8)),
                lines.stream().map(ProcessRuns.MonthLine::month).toList(), run.out());
        for (ProcessRuns.MonthLine line : lines) {
            assertEquals(2, line.briefs(), run.out());
            // Two briefs take under 0.05 s on a fast machine: "0.0 s" is a figure too.
            assertTrue(line.seconds() >= 0 && line.cpuSeconds() >= 0, run.out());
        }
        // Each month's brief carries that month's figures.
        SetFigures contributors = BundledData.contributors();
        for (YearMonth month : List.of(YearMonth.of(2022, 6), YearMonth.of(2022, 8))) {
            CountryFigures nor = contributors.figures("NOR", month);
            try (PDDocument brief = Loader.loadPDF(out.resolve("NOR-brief-" + month + ".pdf").toFile())) {
                String text = new PDFTextStripper().getText(brief).replaceAll("\\s+", " ");
                String monthName = month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
                assertTrue(text.contains("Data as of " + monthName + " " + month.getYear() + " ·"), text);
                assertTrue(text.contains(nor.total() + " uniformed personnel deployed at the end of " + monthName), text);
            }
        }
    }

    @Test
    void monthsWithAsOfOrAMalformedSpanIsBadUsageAndWritesNothing() throws IOException {
        CommandRun both = CommandRun.briefs("all", "--months", "2025-01..2025-07", "--as-of", "2025-07",
                "--countries", "NOR", "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, both.exitCode());
        assertTrue(both.err().contains("Invalid value for option '--months': '2025-01..2025-07': give either --months"
                + " or --as-of, not both"), both.err());

        CommandRun outside = CommandRun.briefs("all", "--months", "2025-01..2026-01", "--countries", "NOR",
                "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, outside.exitCode());
        assertTrue(outside.err().contains("Invalid value for option '--months': '2025-01..2026-01': the data runs from"
                + " 2015-01 to 2025-07"), outside.err());

        CommandRun unknown = CommandRun.briefs("all", "--months", "2025-06..2025-07", "--countries", "NOR,XXY",
                "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, unknown.exitCode());
        assertTrue(unknown.err().contains("XXY"), unknown.err());
        assertEquals(List.of(), files(out));
        assertFalse(Files.exists(out.resolve(".briefs.lock")), "the output folder was not taken");
    }

    @Test
    void countriesMayBeNamedAsBriefNamesThem() throws IOException {
        assertMakes("norway,Ivory Coast,ISL", List.of("NOR", "CIV", "ISL"), out);
    }

    @Test
    void codesAndShortFormsSeparatedBySpacesAreEachACountryButANameStaysWhole() throws IOException {
        assertMakes("nor uk,Ivory Coast", List.of("NOR", "CIV", "GBR"), out);

        CommandRun half = CommandRun.briefs("all", "--countries", "NOR XXY", "--out", out.resolve("half").toString());
        assertEquals(ExitCodes.BAD_INPUT, half.exitCode(), half.out() + half.err());
        assertTrue(half.err().contains("no country \"NOR XXY\""), "named as typed: " + half.err());
        CommandRun unclear = CommandRun.briefs("all", "--countries", "NOR,SA", "--out", out.resolve("unclear").toString());
        assertEquals(ExitCodes.BAD_INPUT, unclear.exitCode(), unclear.out() + unclear.err());
        assertTrue(unclear.err().contains("\"SA\" is short for more than one country"), unclear.err());
    }

    @Test
    void unknownCountryCodeIsBadUsageAndWritesNothing() throws IOException {
        CommandRun run = CommandRun.briefs("all", "--countries", "NOR,XXY", "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("XXY"), run.err());
        assertEquals(List.of(), files(out));
    }

    /** {@code all --countries typed} makes the briefs of these countries and no other. */
    private static void assertMakes(String typed, List<String> iso3s, Path out) throws IOException {
        CommandRun run = CommandRun.briefs("all", "--countries", typed, "--out", out.toString());
        assertEquals(ExitCodes.DONE, run.exitCode(), run.out() + run.err());
        for (String iso3 : iso3s) {
            assertTrue(Files.isRegularFile(out.resolve(iso3 + "-brief-2025-07.pdf")), iso3 + " in " + files(out));
        }
        assertTrue(run.out().contains("written: " + iso3s.size() + " briefs"), run.out());
    }

    private static int headerRow(XSSFSheet sheet, String firstHeader) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(firstHeader)) {
                return r;
            }
        }
        throw new AssertionError("no header row starting with " + firstHeader);
    }

    private static List<String> texts(XSSFRow row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(row.getCell(c).getStringCellValue());
        }
        return texts;
    }

    private static org.apache.poi.xssf.usermodel.XSSFCell cellOrNull(XSSFRow row, List<String> head, String column) {
        int c = head.indexOf(column);
        assertTrue(c >= 0, "no column " + column + " in " + head);
        var cell = row.getCell(c);
        return cell == null || cell.getCellType() == CellType.BLANK ? null : cell;
    }

    private static String text(XSSFRow row, List<String> head, String column) {
        var cell = cellOrNull(row, head, column);
        assertTrue(cell != null && cell.getCellType() == CellType.STRING, column + " is text");
        return cell.getStringCellValue();
    }

    /** A numeric cell as an Integer, null when blank; fails on a number stored as text. */
    private static Integer number(XSSFRow row, List<String> head, String column) {
        var cell = cellOrNull(row, head, column);
        if (cell == null) {
            return null;
        }
        assertEquals(CellType.NUMERIC, cell.getCellType(), column + " is a number");
        return (int) cell.getNumericCellValue();
    }

    static List<String> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            // The folder's lock file stays: a run waiting for it must find the same file.
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".briefs.lock")).sorted().toList();
        }
    }
}
