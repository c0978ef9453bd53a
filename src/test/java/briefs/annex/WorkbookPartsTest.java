package briefs.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The OOXML parts as written by {@link WorkbookPackage}, read back with POI's XSSF reader: text
 * with XML's special characters, controls, edge spaces, characters outside the BMP and overlong
 * text; text that looks like a formula; sheet names that must be quoted in references (spaces,
 * apostrophes, accents) in chart ranges and defined names; the package's zip order.
 */
class WorkbookPartsTest {
    private static final AnnexWording W = AnnexWording.standard();

    @Test
    void textWrittenWholeIsWhatEscapingCharacterByCharacterWrites() {
        // A markup character first sends the text through the escaping one character at a time;
        // without it, text with nothing to escape is written whole. Both ways agree on every character.
        for (char c = 0; c < 0xFFFF; c++) {
            for (String s : new String[] {String.valueOf(c), "Côte d’Ivoire " + c + " 12,3 %"}) {
                assertEquals("&lt;" + XmlText.append(new StringBuilder(), s), XmlText.append(new StringBuilder(), "<" + s).toString(),
                        String.format("U+%04X", (int) c));
            }
        }
        assertEquals("x😀y", XmlText.append(new StringBuilder(), "x😀y").toString(), "a surrogate pair is kept");
        for (int column = 0; column < 80; column++) {
            assertEquals(org.apache.poi.ss.util.CellReference.convertNumToColString(column) + "7",
                    SheetXml.reference(new StringBuilder(), 6, column).toString());
        }
    }

    @Test
    void escapingLeavesOutOnlyWhatXmlCannotHold() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&apos;", XmlText.append(new StringBuilder(), "<a href=\"x\">&'").toString());
        assertEquals("a&#9;b&#10;c&#13;d", XmlText.append(new StringBuilder(), "a\tb\nc\rd").toString());
        assertEquals("bell and nul", XmlText.append(new StringBuilder(), "bell\u0007 and nul\u0000").toString());
        assertEquals("x😀y", XmlText.append(new StringBuilder(), "x\uFFFE😀\uD800y\uDC00").toString(),
                "a surrogate pair is kept, a lone surrogate and U+FFFE are not");
        assertEquals("13", XmlText.number(new StringBuilder(), 13.0).toString());
        assertEquals("0.15789473684210525", XmlText.number(new StringBuilder(), 6.0 / 38).toString());
        assertEquals("-2", XmlText.number(new StringBuilder(), -2).toString());
        String emojiAtTheCut = "x".repeat(SheetTable.MAX_TEXT - 2) + "😀" + "tail";
        assertEquals("x".repeat(SheetTable.MAX_TEXT - 2) + "…", SheetTable.fit(emojiAtTheCut),
                "overlong text is never cut between the halves of a surrogate pair");
    }

    @Test
    void textReadsBackAsWritten() throws IOException {
        List<String> texts = List.of("<script>alert(1)</script> & \"quotes\" 'single'", "  leading and trailing  ",
                "line one\nline two\r\nthree\tand a tab", "Côte d’Ivoire — 😀 Ελλάδα", "]]> <![CDATA[ x ]]>",
                "=1+1", "+33 1 23", "-5", "@SUM(A1)", "\tTAB", "\rCR");
        WorkbookPackage wb = new WorkbookPackage();
        SheetTable t = new SheetTable(wb.sheet("Texts"));
        t.header(List.of("Text"));
        for (String text : texts) {
            t.row().text(text);
        }
        String controls = "bell\u0007 form\u000C feed\u001F";
        t.row().text(controls);
        t.row().text("x".repeat(SheetTable.MAX_TEXT + 100));
        t.finish();
        try (XSSFWorkbook read = written(wb)) {
            XSSFSheet sheet = read.getSheet("Texts");
            for (int i = 0; i < texts.size(); i++) {
                Cell cell = sheet.getRow(1 + i).getCell(0);
                assertEquals(CellType.STRING, cell.getCellType(), texts.get(i));
                assertEquals(texts.get(i), cell.getStringCellValue());
                assertEquals(SheetTable.looksLikeFormula(texts.get(i)), cell.getCellStyle().getQuotePrefixed(), texts.get(i));
            }
            assertEquals("bell form feed", sheet.getRow(1 + texts.size()).getCell(0).getStringCellValue());
            String cut = sheet.getRow(2 + texts.size()).getCell(0).getStringCellValue();
            assertEquals(SheetTable.MAX_TEXT, cut.length(), "overlong text is cut to what a cell holds");
            assertTrue(cut.endsWith("…"));
        }
    }

    /** French and Spanish sheet names hold spaces, accents and apostrophes: references quote them, doubling apostrophes. */
    @Test
    void referencesToSheetsWithApostrophesAndAccentsAreQuoted() throws IOException {
        String name = "L'opération d’ici";
        WorkbookPackage wb = new WorkbookPackage();
        wb.sheet("Résumé");
        SheetTable t = new SheetTable(wb.sheet(name));
        t.header(List.of("Type", "Hommes", "Femmes"));
        t.row().text("Contingents").integer(10).integer(2);
        t.row().text("Police").integer(5).integer(null);
        t.finish();
        SheetChart.stackedColumns(t.sheet(), new SheetChart.Place(0, 5, 6, 20), "Titre & <sous-titre>", t.dataColumn(0),
                List.of(new SheetChart.Series(new CellReference(name, 0, 1, true, true), t.dataColumn(1), SheetChart.DARK),
                        new SheetChart.Series(new CellReference(name, 0, 2, true, true), t.dataColumn(2), SheetChart.LIGHT)), W);
        try (XSSFWorkbook read = written(wb)) {
            XSSFSheet sheet = read.getSheet(name);
            assertNotNull(sheet);
            XSSFChart chart = sheet.getDrawingPatriarch().getCharts().get(0);
            assertEquals("Titre & <sous-titre>", chart.getTitleText().getString());
            XDDFChartData.Series women = chart.getChartSeries().get(0).getSeries(1);
            assertEquals("'L''opération d’ici'!$C$2:$C$3", women.getValuesData().getDataRangeReference());
            assertEquals("'L''opération d’ici'!$A$2:$A$3", women.getCategoryData().getDataRangeReference());
            assertEquals("Femmes", chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(1).getTx().getStrRef()
                    .getStrCache().getPtArray(0).getV());
            assertEquals(2, women.getValuesData().getPointCount());
            XSSFName filter = read.getAllNames().stream().filter(n -> n.getNameName().equals("_xlnm._FilterDatabase")).findFirst()
                    .orElseThrow();
            assertEquals(1, filter.getSheetIndex());
            assertEquals("'L''opération d’ici'!$A$1:$C$3", filter.getRefersToFormula());
            assertEquals("1:1", sheet.getRepeatingRows().formatAsString().replace("$", ""));
            assertEquals(0, read.getActiveSheetIndex());
        }
    }

    @Test
    void sheetNamesExcelRefusesAreRefused() {
        WorkbookPackage wb = new WorkbookPackage();
        wb.sheet("Notes");
        assertThrows(IllegalArgumentException.class, () -> wb.sheet("notes"), "same name, other case");
        for (String bad : new String[]{"a/b", "a[1]", "what?", "x".repeat(32), "", "'quoted"}) {
            assertThrows(IllegalArgumentException.class, () -> wb.sheet(bad), bad);
        }
    }

    @Test
    void contentTypesComeFirstAndEveryEntryReadsAsAStream() throws IOException {
        WorkbookPackage wb = new WorkbookPackage();
        new SheetTable(wb.sheet("One")).title("x");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.writeTo(out, properties());
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                zip.readAllBytes();
                names.add(e.getName());
            }
        }
        assertEquals("[Content_Types].xml", names.get(0));
        assertTrue(names.containsAll(List.of("_rels/.rels", "xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml",
                "docProps/core.xml", "docProps/app.xml")), names.toString());
    }

    /**
     * The zip is saved here, not by OPC: OPC reading it back finds every part with the content type
     * it was made with, the package's three relationships (workbook, both properties parts), the
     * properties given, and the entries in the order OPC's own save wrote them.
     */
    @Test
    void opcReadsBackEveryPartItsTypeAndTheRelationships() throws Exception {
        WorkbookPackage wb = new WorkbookPackage();
        new SheetTable(wb.sheet("One")).title("x");
        SheetTable two = new SheetTable(wb.sheet("Two"));
        two.header(List.of("Month", "Total"));
        two.row().text("a").integer(1);
        two.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.writeTo(out, properties());
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
                "xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml",
                "xl/worksheets/sheet2.xml"), names);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(out.toByteArray()))) {
            Map<String, String> types = new TreeMap<>();
            for (PackagePart part : pkg.getParts()) {
                types.put(part.getPartName().getName(), part.getContentType());
            }
            String sml = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
            assertEquals(sml + "sheet.main+xml", types.get("/xl/workbook.xml"));
            assertEquals(sml + "worksheet+xml", types.get("/xl/worksheets/sheet2.xml"));
            assertEquals(sml + "styles+xml", types.get("/xl/styles.xml"));
            assertEquals("application/vnd.openxmlformats-package.core-properties+xml", types.get("/docProps/core.xml"));
            assertEquals("application/vnd.openxmlformats-officedocument.extended-properties+xml", types.get("/docProps/app.xml"));
            assertEquals("application/vnd.openxmlformats-package.relationships+xml", types.get("/xl/_rels/workbook.xml.rels"));
            Map<String, String> targets = new TreeMap<>();
            for (PackageRelationship r : pkg.getRelationships()) {
                targets.put(r.getRelationshipType().replaceAll(".*/", ""), r.getTargetURI().toString());
            }
            assertEquals(Map.of("officeDocument", "/xl/workbook.xml", "extended-properties", "/docProps/app.xml",
                    "core-properties", "/docProps/core.xml"), targets);
            assertEquals("t", pkg.getPackageProperties().getTitleProperty().orElseThrow());
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(1, read.getSheet("Two").getRow(1).getCell(1).getNumericCellValue());
            assertEquals("t", read.getProperties().getCoreProperties().getTitle());
        }
    }

    private static XSSFWorkbook written(WorkbookPackage wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.writeTo(out, properties());
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static DocumentProperties properties() {
        return new DocumentProperties("t", "s", "briefs", "k", YearMonth.of(2025, 7));
    }
}
