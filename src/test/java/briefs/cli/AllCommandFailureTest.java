package briefs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.files.TreeCopy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bad country never stops the others: a country file that is not JSON, one that breaks a
 * rule, and a template that fails for one country only are each reported with the country, the
 * file and the reason, every other country is written, and the run exits 1 with no temporary
 * files left behind.
 */
class AllCommandFailureTest {
    private static final String MONTH = "2025-07";

    @TempDir
    Path work;
    private Path data;
    private Path out;

    @BeforeEach
    void copyData() throws IOException {
        data = work.resolve("data");
        out = work.resolve("out");
        Path ref = Files.createDirectories(data.resolve("reference"));
        Path countries = Files.createDirectories(data.resolve("countries"));
        try (Stream<Path> files = Files.list(Path.of("data/reference"))) {
            for (Path f : files.toList()) {
                Files.copy(f, ref.resolve(f.getFileName()));
            }
        }
        for (String iso3 : List.of("NOR", "ISL", "CIV", "SWE")) {
            Files.copy(Path.of("data/countries", iso3 + ".json"), countries.resolve(iso3 + ".json"));
        }
    }

    @Test
    void brokenCountryFilesAreNamedAndTheOthersWritten() throws IOException {
        Path civ = data.resolve("countries/CIV.json");
        byte[] whole = Files.readAllBytes(civ);
        Files.write(civ, java.util.Arrays.copyOf(whole, whole.length / 2)); // cut off mid-file
        Path swe = data.resolve("countries/SWE.json");
        Files.writeString(swe, womenAboveTotal(Files.readString(swe, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);

        CommandRun run = CommandRun.briefs("all", "--data", data.toString(), "--out", out.toString(), "--jobs", "2");

        assertEquals(ExitCodes.FAILED, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("CIV: " + civ + ": line "), run.err());
        assertTrue(run.err().contains("not valid JSON"), run.err());
        assertTrue(run.err().contains("SWE: " + swe + ": $.deployments["), run.err());
        assertTrue(run.err().contains("above the total"), run.err());
        assertTrue(run.out().contains("failed: 2"), run.out());
        assertEquals(List.of("ISL-annex-" + MONTH + ".xlsx", "ISL-brief-" + MONTH + ".pdf",
                "NOR-annex-" + MONTH + ".xlsx", "NOR-brief-" + MONTH + ".pdf",
                "index-" + MONTH + ".xlsx", "overview-" + MONTH + ".pdf"), AllCommandTest.files(out));
        assertEquals(List.of("ISL", "NOR"), indexCodes(out.resolve("index-" + MONTH + ".xlsx")));
        try (PDDocument overview = Loader.loadPDF(out.resolve("overview-" + MONTH + ".pdf").toFile())) {
            String text = new PDFTextStripper().getText(overview).replaceAll("\\s+", " ");
            assertTrue(text.contains("Not in this set: CIV, SWE."), text);
        }
    }

    @Test
    void overASpanOfMonthsABrokenCountryFailsInEachMonthAndTheOthersAreWritten() throws IOException {
        Path civ = data.resolve("countries/CIV.json");
        Files.writeString(civ, "{", StandardCharsets.UTF_8);

        CommandRun run = CommandRun.briefs("all", "--data", data.toString(), "--out", out.toString(),
                "--months", "2025-06..2025-07");

        assertEquals(ExitCodes.FAILED, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("failed: 2"), run.err());
        assertTrue(run.err().contains("  2025-06 CIV: " + civ + ": "), run.err());
        assertTrue(run.err().contains("  2025-07 CIV: " + civ + ": "), run.err());
        assertTrue(run.out().contains("2025-06: 3 briefs, 3 annexes, index-2025-06.xlsx, overview-2025-06.pdf, 1 failed"),
                run.out());
        List<String> expected = new java.util.ArrayList<>();
        for (String month : List.of("2025-06", "2025-07")) {
            for (String iso3 : List.of("ISL", "NOR", "SWE")) {
                expected.add(iso3 + "-annex-" + month + ".xlsx");
                expected.add(iso3 + "-brief-" + month + ".pdf");
            }
            expected.add("index-" + month + ".xlsx");
            expected.add("overview-" + month + ".pdf");
        }
        expected.sort(null);
        assertEquals(expected, AllCommandTest.files(out));
    }

    /** nor.json beside NOR.json: NOR is made from its own file, and the stray file is named once. */
    @Test
    void aLowerCaseCopyBesideACountryFileIsToldOnceAndTheCountryWritten() throws IOException {
        Path stray = data.resolve("countries/nor.json");
        Files.copy(data.resolve("countries/NOR.json"), stray);

        CommandRun run = CommandRun.briefs("all", "--data", data.toString(), "--out", out.toString(), "--countries", "NOR");

        assertEquals(ExitCodes.DONE, run.exitCode(), run.out() + run.err());
        String all = run.out() + run.err();
        assertEquals(1, all.lines().filter(l -> l.contains("nor.json")).count(), all);
        assertTrue(run.err().contains("warning: NOR: " + stray + ": not read: NOR.json is the file of NOR"), run.err());
        assertTrue(run.out().contains("written: 1 briefs, 1 annexes") && run.out().contains("failed: 0"), run.out());
        assertFalse(run.err().contains("failed:"), run.err());
    }

    @Test
    void aTemplateThatFailsForOneCountryStopsOnlyThatCountry() throws IOException {
        Path templates = work.resolve("templates");
        TreeCopy.copy(Path.of("templates"), templates);
        Path brief = templates.resolve("brief.ftlx");
        String layout = Files.readString(brief, StandardCharsets.UTF_8);
        // Iceland deploys nobody; this layout asks for its largest operation anyway.
        Files.writeString(brief, layout.replace("<body>",
                "<body>\n<#if f.country.iso3 == \"ISL\">${f.byOperation[0].acronym}</#if>"), StandardCharsets.UTF_8);

        CommandRun run = CommandRun.briefs("all", "--data", data.toString(), "--templates", templates.toString(),
                "--countries", "NOR,ISL", "--out", out.toString());

        assertEquals(ExitCodes.FAILED, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("ISL: " + brief + ": line "), run.err());
        assertEquals(List.of("NOR-annex-" + MONTH + ".xlsx", "NOR-brief-" + MONTH + ".pdf",
                "index-" + MONTH + ".xlsx", "overview-" + MONTH + ".pdf"), AllCommandTest.files(out));
    }

    /** Raises the women of the first contribution above its total. */
    private static String womenAboveTotal(String json) {
        Matcher m = Pattern.compile("\"women\": (\\d+), \"total\": (\\d+)").matcher(json);
        assertTrue(m.find(), "a contribution with women and total");
        int total = Integer.parseInt(m.group(2));
        return json.substring(0, m.start()) + "\"women\": " + (total + 5) + ", \"total\": " + total
                + json.substring(m.end());
    }

    private static List<String> indexCodes(Path index) throws IOException {
        try (InputStream in = Files.newInputStream(index); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("Countries");
            List<String> codes = new ArrayList<>();
            boolean body = false;
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                String first = sheet.getRow(r).getCell(0).getStringCellValue();
                if (body) {
                    codes.add(first);
                }
                body |= first.equals("ISO3");
            }
            return codes;
        }
    }

    @Test
    void noTemporaryFileIsLeftAfterFailures() throws IOException {
        Files.writeString(data.resolve("countries/CIV.json"), "{", StandardCharsets.UTF_8);
        Files.createDirectories(out);
        // What a killed run leaves: the next run sweeps it.
        Files.writeString(out.resolve(".NOR-brief-" + MONTH + ".pdf.123.part"), "%PDF-1.4 trunc", StandardCharsets.UTF_8);

        CommandRun run = CommandRun.briefs("all", "--data", data.toString(), "--out", out.toString(),
                "--countries", "CIV,ISL");

        assertEquals(ExitCodes.FAILED, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("removed 1 temporary file"), run.err());
        assertFalse(AllCommandTest.files(out).stream().anyMatch(f -> f.endsWith(".part") || f.startsWith(".")),
                AllCommandTest.files(out).toString());
    }
}
