package briefs.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.annex.PoiAnnex;
import briefs.cli.ExitCodes;
import briefs.derive.SetFigures;
import briefs.derive.CountryFigures;
import briefs.load.DataDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Data text is only ever text. A country file (valid in every other respect) whose name is a
 * spreadsheet formula and whose notes hold markup, a template expression and formula starts goes
 * through the real pipeline: the PDF shows every text literally (read back with PDFBox) and the
 * annex holds each as a string cell, never a formula (read back with POI). Tabs and carriage
 * returns, control characters, are refused by validation ({@code HostileCountryFileTest}).
 */
class HostileTextTest {
    static final String NAME = "=HYPERLINK(\"http://example.invalid\",\"x\")";
    static final List<String> NOTES = List.of("<script>alert(1)</script>", "${7*7} and #{7*7}", "<b>&</b> & <b>&amp;",
            "+1+2", "-3+4", "@SUM(A1:A2)", " =1+1", "\u00A0NBSP=1+1", "=cmd|' /C calc'!A0", "]]><!-- x --><?php ?>");

    @TempDir
    static Path root;
    static Workspace ws;

    @BeforeAll
    static void writeHostileNorway() throws IOException {
        ws = new Workspace(root);
        ObjectNode norway = (ObjectNode) briefs.load.Json.mapper().readTree(Workspace.bundledCountry("NOR"));
        norway.put("name", NAME);
        ArrayNode notes = norway.putArray("notes");
        NOTES.forEach(notes::add);
        Files.write(ws.countryFile("NOR"), briefs.load.Json.bytes(norway));
    }

    @Test
    void theHostileFileIsValidData() {
        Cli run = Cli.run("validate", "--data", ws.data.toString(), ws.countryFile("NOR").toString());
        assertEquals(ExitCodes.DONE, run.exitCode(), run.shown());
    }

    @Test
    void thePdfShowsDataTextLiterally() throws IOException {
        Cli run = Cli.run("brief", "NOR", "--data", ws.data.toString(), "--out", ws.out.toString());
        assertEquals(ExitCodes.DONE, run.exitCode(), run.shown());
        String text;
        try (PDDocument doc = Loader.loadPDF(ws.out.resolve("NOR-brief-2025-07.pdf").toFile())) {
            text = new PDFTextStripper().getText(doc);
            assertTrue(doc.getDocumentInformation().getTitle().contains(NAME), doc.getDocumentInformation().getTitle());
        }
        String flat = text.replaceAll("\\s+", " ");
        assertTrue(flat.contains(NAME), "the name as written:\n" + text);
        for (String note : NOTES) {
            assertTrue(flat.contains(note.strip().replaceAll("\\s+", " ")), "the note " + note.strip() + " as written:\n" + text);
        }
        assertFalse(flat.contains("49 and"), "${7*7} was evaluated");
    }

    @Test
    void theAnnexHoldsDataTextAsStringCellsNeverFormulas() throws IOException {
        var data = DataDirectory.load(ws.data);
        SetFigures contributors = SetFigures.of(data);
        CountryFigures figures = contributors.figures("NOR", contributors.latestMonth());
        Path annex = ws.out.resolve(PoiAnnex.fileName(figures));
        new PoiAnnex().write(figures, contributors.dataSet(), annex);

        List<String> hostile = new ArrayList<>(NOTES);
        hostile.add(NAME);
        List<String> found = new ArrayList<>();
        try (InputStream in = Files.newInputStream(annex); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String where = sheet.getSheetName() + "!" + cell.getAddress();
                        if (cell.getCellType() == CellType.FORMULA) {
                            String formula = cell.getCellFormula();
                            assertTrue(hostile.stream().noneMatch(h -> formula.contains(h.strip())),
                                    "a formula holds data text at " + where + ": " + formula);
                            continue;
                        }
                        if (cell.getCellType() != CellType.STRING) {
                            continue;
                        }
                        String value = cell.getStringCellValue();
                        for (String h : hostile) {
                            if (value.contains(h)) {
                                found.add(h);
                                if (value.equals(h) && "=+-@\t\r".indexOf(h.charAt(0)) >= 0) {
                                    assertTrue(cell.getCellStyle().getQuotePrefixed(),
                                            "text that starts like a formula is quote-prefixed at " + where + ": " + value);
                                }
                            }
                        }
                    }
                }
            }
            assertTrue(wb.getProperties().getCoreProperties().getTitle().contains(NAME));
        }
        for (String h : hostile) {
            assertTrue(found.contains(h), "the annex holds " + h.strip() + " as a string cell; found " + found);
        }
    }

    /** Nothing of the hostile text leaked into a file name or out of the output folder. */
    @Test
    void theOutputsAreNamedForTheCodeOnly() throws IOException {
        Cli.run("brief", "NOR", "--data", ws.data.toString(), "--out", ws.out.toString());
        assertTrue(Workspace.files(ws.out).stream().allMatch(f -> f.matches("NOR-(brief|annex)-2025-07\\.(pdf|xlsx)")),
                Workspace.files(ws.out).toString());
        assertEquals(List.of("data", "out"), Workspace.files(root).stream().filter(f -> !f.contains("/")).toList());
        assertFalse(new String(Files.readAllBytes(ws.out.resolve("NOR-brief-2025-07.pdf")), StandardCharsets.ISO_8859_1)
                .contains("/JavaScript"), "no JavaScript action in the PDF");
    }
}
