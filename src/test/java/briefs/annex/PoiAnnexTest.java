package briefs.annex;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.CountryFigures;
import briefs.derive.PlanStatus;
import briefs.derive.SeriesPoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumDataSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;

/** Writes annexes of the fixture countries to files and reads every one back with POI. */
class PoiAnnexTest {
    private static final List<String> SHEETS = List.of("Summary", "By personnel type", "Gender parity", "Deployments",
            "Time series", "Action plans", "Fatalities", "Notes");
    /** A string cell that a reader would take for a number: the thing "numbers as numbers" forbids. */
    private static final Pattern NUMBER_AS_TEXT = Pattern.compile("[-+]?[\\d,]+(\\.\\d+)?%?");

    @TempDir
    static Path out;
    private static final Map<String, XSSFWorkbook> OPENED = new ConcurrentHashMap<>();

    static List<PoiAnnexFixtures.Case> cases() {
        return PoiAnnexFixtures.all();
    }

    /** Writes the annex through the public API and opens the file it wrote. */
    private static XSSFWorkbook annex(PoiAnnexFixtures.Case c) {
        return OPENED.computeIfAbsent(c.label(), label -> {
            try {
                Path file = out.resolve(label.replace(' ', '-')).resolve(PoiAnnex.fileName(c.figures()));
                new PoiAnnex().write(c.figures(), PoiAnnexFixtures.dataSet(), file);
                try (InputStream in = Files.newInputStream(file)) {
                    return new XSSFWorkbook(in);
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @AfterAll
    static void close() throws IOException {
        for (XSSFWorkbook wb : OPENED.values()) {
            wb.close();
        }
    }

    /**
     * Mail gateways and other tools read attachments as zip streams, entry by entry, without the
     * central directory: every entry must read whole that way, with the sizes it declares.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void annexReadsAsAZipStream(PoiAnnexFixtures.Case c) throws IOException {
        annex(c);
        Path file = out.resolve(c.label().replace(' ', '-')).resolve(PoiAnnex.fileName(c.figures()));
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                zip.transferTo(OutputStream.nullOutputStream());
                names.add(e.getName());
            }
        }
        assertTrue(names.containsAll(List.of("xl/workbook.xml", "xl/worksheets/sheet8.xml")), names.toString());
        assertEquals("[Content_Types].xml", names.get(0), "content types first, as Office writes them");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sheetsAreNamedAndOrdered(PoiAnnexFixtures.Case c) {
        XSSFWorkbook wb = annex(c);
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertEquals(SHEETS, names);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyTableHasAFrozenStyledHeaderAndAnAutofilterOverItsData(PoiAnnexFixtures.Case c) {
        for (XSSFSheet sheet : sheets(annex(c))) {
            if (!sheet.getCTWorksheet().isSetAutoFilter()) {
                continue;
            }
            CellRangeAddress filter = CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef());
            int header = filter.getFirstRow();
            String where = sheet.getSheetName();
            assertNotNull(sheet.getPaneInformation(), where + ": no pane");
            assertTrue(sheet.getPaneInformation().isFreezePane(), where + ": pane not frozen");
            assertEquals(header + 1, sheet.getPaneInformation().getHorizontalSplitPosition(), where + ": frozen rows");
            Row headerRow = sheet.getRow(header);
            assertEquals(headerRow.getLastCellNum() - 1, filter.getLastColumn(), where + ": filter columns");
            for (Cell cell : headerRow) {
                assertEquals(CellType.STRING, cell.getCellType(), where + ": header cell type");
                assertTrue(sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getBold(),
                        where + ": header not bold");
            }
            // The filter ends at the last data row: a total row below it stays put when sorting.
            Row after = sheet.getRow(filter.getLastRow() + 1);
            if (after != null && after.getCell(0) != null) {
                assertEquals("Total", after.getCell(0).getStringCellValue(), where + ": row after the filter");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sheetsWithDataHaveTables(PoiAnnexFixtures.Case c) {
        XSSFWorkbook wb = annex(c);
        CountryFigures f = c.figures();
        assertTrue(hasTable(wb, "Summary"));
        assertTrue(hasTable(wb, "Notes"));
        assertTrue(hasTable(wb, "Gender parity"));
        assertEquals(!f.noPersonnel(), hasTable(wb, "By personnel type"));
        assertEquals(!f.noPersonnel() && f.operationBreakdown(), hasTable(wb, "Deployments"));
        assertEquals(!f.plans().isEmpty(), hasTable(wb, "Action plans"));
        assertEquals(f.fatalities().total() > 0, hasTable(wb, "Fatalities"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void numbersAreNeverStoredAsText(PoiAnnexFixtures.Case c) {
        for (XSSFSheet sheet : sheets(annex(c))) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        assertFalse(NUMBER_AS_TEXT.matcher(cell.getStringCellValue().strip()).matches(),
                                sheet.getSheetName() + "!" + cell.getAddress() + " holds a number as text: "
                                        + cell.getStringCellValue());
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void noCellIsAFormula(PoiAnnexFixtures.Case c) {
        for (XSSFSheet sheet : sheets(annex(c))) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertFalse(cell.getCellType() == CellType.FORMULA,
                            sheet.getSheetName() + "!" + cell.getAddress() + " is a formula: " + cell);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void summaryTotalEqualsTheFiguresTotal(PoiAnnexFixtures.Case c) {
        Row total = rowLabelled(annex(c).getSheet("Summary"), "Uniformed personnel deployed");
        assertEquals(CellType.NUMERIC, total.getCell(1).getCellType());
        assertEquals(c.figures().total(), total.getCell(1).getNumericCellValue());
        assertEquals("#,##0", total.getCell(1).getCellStyle().getDataFormatString());
        Row share = rowLabelled(annex(c).getSheet("Summary"), "Women’s share");
        if (c.figures().womenShare() == null) {
            assertEquals(CellType.BLANK, cellType(share, 1));
        } else {
            assertEquals(c.figures().womenShare(), share.getCell(1).getNumericCellValue(), 1e-12);
            assertEquals("0.0%", share.getCell(1).getCellStyle().getDataFormatString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void deploymentRowsAddUpToTheTotalRow(PoiAnnexFixtures.Case c) {
        XSSFSheet sheet = annex(c).getSheet("Deployments");
        if (!hasTable(annex(c), "Deployments")) {
            return;
        }
        CellRangeAddress filter = CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef());
        assertEquals("Total", header(sheet, filter.getFirstRow(), 6));
        double sum = 0;
        for (int r = filter.getFirstRow() + 1; r <= filter.getLastRow(); r++) {
            sum += sheet.getRow(r).getCell(6).getNumericCellValue();
        }
        Row total = sheet.getRow(filter.getLastRow() + 1);
        assertEquals("Total", total.getCell(0).getStringCellValue());
        assertEquals(c.figures().total(), total.getCell(6).getNumericCellValue());
        assertEquals(c.figures().total(), sum);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void byTypeChartStacksMenAndWomenOverTheTypeRows(PoiAnnexFixtures.Case c) {
        XSSFSheet sheet = annex(c).getSheet("By personnel type");
        if (c.figures().noPersonnel()) {
            assertTrue(charts(sheet).isEmpty());
            assertTrue(text(sheet).contains("had no uniformed personnel"));
            return;
        }
        List<XSSFChart> charts = charts(sheet);
        assertEquals(1, charts.size());
        XDDFChartData data = charts.get(0).getChartSeries().get(0);
        XDDFBarChartData bars = assertInstanceOf(XDDFBarChartData.class, data);
        assertEquals(2, bars.getSeriesCount());
        for (int i = 0; i < 2; i++) {
            XDDFChartData.Series s = bars.getSeries(i);
            assertEquals("'By personnel type'!$A$3:$A$7", s.getCategoryData().getDataRangeReference());
            assertEquals("'By personnel type'!$" + (char) ('B' + i) + "$3:$" + (char) ('B' + i) + "$7",
                    s.getValuesData().getDataRangeReference());
            assertInstanceOf(XDDFSolidFillProperties.class, s.getShapeProperties().getFillProperties(),
                    "series without an explicit fill draws no bars in LibreOffice");
        }
        Row total = sheet.getRow(7);
        assertEquals("Total", total.getCell(0).getStringCellValue());
        assertEquals(c.figures().total(), total.getCell(3).getNumericCellValue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void timeSeriesHasOneRowPerMonthAndALineChartOverIt(PoiAnnexFixtures.Case c) {
        XSSFSheet sheet = annex(c).getSheet("Time series");
        List<SeriesPoint> series = c.figures().series();
        if (series.stream().noneMatch(p -> p.total() > 0)) {
            assertTrue(charts(sheet).isEmpty());
            assertTrue(text(sheet).contains("had no uniformed personnel"));
            return;
        }
        int first = 2;
        int last = first + series.size() - 1;
        for (int i = 0; i < series.size(); i++) {
            SeriesPoint p = series.get(i);
            Row row = sheet.getRow(first + i);
            Cell month = row.getCell(0);
            assertTrue(DateUtil.isCellDateFormatted(month), "month cell is a date");
            assertEquals("mmm yyyy", month.getCellStyle().getDataFormatString());
            assertEquals(p.month().atDay(1).atStartOfDay(), month.getLocalDateTimeCellValue());
            if (!p.reported()) {
                assertEquals(CellType.BLANK, cellType(row, 1), "a month not reported is not drawn as zero");
                assertEquals("month missing from the UN reports", row.getCell(8).getStringCellValue());
            } else {
                assertEquals(p.total(), row.getCell(1).getNumericCellValue());
                if (p.women() == null) {
                    assertEquals(CellType.BLANK, cellType(row, 2));
                    assertEquals("no gender split in the UN report", row.getCell(8).getStringCellValue());
                }
            }
        }
        List<XSSFChart> charts = charts(sheet);
        assertEquals(1, charts.size());
        XDDFLineChartData lines = assertInstanceOf(XDDFLineChartData.class, charts.get(0).getChartSeries().get(0));
        assertEquals(2, lines.getSeriesCount());
        assertEquals("'Time series'!$A$3:$A$" + (last + 1), lines.getSeries(0).getCategoryData().getDataRangeReference());
        assertEquals("'Time series'!$B$3:$B$" + (last + 1), lines.getSeries(0).getValuesData().getDataRangeReference());
        assertEquals("'Time series'!$C$3:$C$" + (last + 1), lines.getSeries(1).getValuesData().getDataRangeReference());
        assertEquals("gap", charts.get(0).getCTChart().getDispBlanksAs().getVal().toString());
    }

    /**
     * A mail preview draws a chart from the values cached in it, without the cells: the cache
     * must hold every number of the cells its series point at, and a gap where a cell is blank.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void chartsCacheTheValuesOfTheirCells(PoiAnnexFixtures.Case c) {
        XSSFWorkbook wb = annex(c);
        int checked = 0;
        for (XSSFSheet sheet : sheets(wb)) {
            for (XSSFChart chart : charts(sheet)) {
                XDDFChartData data = chart.getChartSeries().get(0);
                for (int i = 0; i < data.getSeriesCount(); i++) {
                    String range = data.getSeries(i).getValuesData().getDataRangeReference();
                    CellRangeAddress values = CellRangeAddress.valueOf(range.replaceFirst(".*!", ""));
                    CTNumData cache = valueCache(chart, i);
                    String where = sheet.getSheetName() + " " + range;
                    assertEquals(values.getNumberOfCells(), cache.getPtCount().getVal(), where + ": cached points");
                    Map<Long, Double> cached = new HashMap<>();
                    cache.getPtList().forEach(pt -> cached.put(pt.getIdx(), Double.valueOf(pt.getV())));
                    for (int p = 0; p < values.getNumberOfCells(); p++) {
                        Cell cell = sheet.getRow(values.getFirstRow() + p).getCell(values.getFirstColumn());
                        Double expected = cell == null || cell.getCellType() == CellType.BLANK ? null
                                : cell.getNumericCellValue();
                        assertEquals(expected, cached.get((long) p), where + " point " + p);
                    }
                    assertEquals(values.getNumberOfCells(), data.getSeries(i).getCategoryData().getPointCount(),
                            where + ": cached categories");
                    checked++;
                }
            }
        }
        assertTrue(checked > 0 || charts(wb.getSheet("Time series")).isEmpty(), "no chart series checked");
    }

    /** The values a series caches, read from the chart's XML by index, as a reader of the file would. */
    private static CTNumData valueCache(XSSFChart chart, int series) {
        CTPlotArea plot = chart.getCTChart().getPlotArea();
        CTNumDataSource values = plot.sizeOfLineChartArray() > 0 ? plot.getLineChartArray(0).getSerArray(series).getVal()
                : plot.getBarChartArray(0).getSerArray(series).getVal();
        return values.getNumRef().getNumCache();
    }

    @Test
    void textFromTheDataStaysTextEvenWhenItLooksLikeAFormula() {
        XSSFWorkbook wb = annex(PoiAnnexFixtures.all().get(3));
        Cell name = rowLabelled(wb.getSheet("Summary"), "Country").getCell(1);
        assertEquals(CellType.STRING, name.getCellType());
        assertEquals(PoiAnnexFixtures.HOSTILE_NAME, name.getStringCellValue());
        assertTrue(name.getCellStyle().getQuotePrefixed(), "quote prefix keeps it text when the cell is edited");

        XSSFSheet notes = wb.getSheet("Notes");
        for (String note : PoiAnnexFixtures.HOSTILE_NOTES) {
            // Control characters XML cannot hold are dropped; everything else is kept as written.
            Cell cell = cellHolding(notes, note.replace("\u0007", "").replace("\u0000", ""));
            assertNotNull(cell, "note written as is: " + note);
            assertEquals(CellType.STRING, cell.getCellType());
        }
        Cell operation = cellHolding(wb.getSheet("Deployments"), "@Mission =1+1");
        assertNotNull(operation);
        assertTrue(operation.getCellStyle().getQuotePrefixed());
    }

    @Test
    void onlyWebAddressesBecomeHyperlinks() {
        XSSFSheet plans = annex(PoiAnnexFixtures.all().get(3)).getSheet("Action plans");
        Cell script = cellHolding(plans, "javascript:alert(1)");
        assertNull(script.getHyperlink());
        assertNull(cellHolding(plans, "file:///etc/passwd").getHyperlink());
        Cell web = cellHolding(plans, "https://example.invalid/plan?a=1&b=2");
        assertEquals("https://example.invalid/plan?a=1&b=2", web.getHyperlink().getAddress());
        Cell large = cellHolding(annex(PoiAnnexFixtures.all().get(0)).getSheet("Action plans"), "https://example.org/nap2#p");
        assertNotNull(large.getHyperlink());
    }

    @Test
    void aCountryWithNobodyDeployedGetsSentencesInsteadOfEmptyTables() {
        XSSFWorkbook wb = annex(PoiAnnexFixtures.all().get(1));
        assertTrue(text(wb.getSheet("Deployments")).contains("Iceland had no uniformed personnel in UN peace operations at the end of March 2025."));
        assertTrue(text(wb.getSheet("Action plans")).contains("The data records no National Action Plan for Iceland"));
        assertTrue(text(wb.getSheet("Fatalities")).contains("records no national of Iceland"));
        assertEquals(CellType.BLANK, cellType(rowLabelled(wb.getSheet("Summary"), "Rank among contributing countries"), 1));
    }

    @Test
    void aMonthWithoutOperationBreakdownSaysSo() {
        XSSFWorkbook wb = annex(PoiAnnexFixtures.all().get(2));
        assertTrue(text(wb.getSheet("Deployments")).contains("by type only, not by operation"));
        assertEquals(CellType.BLANK, cellType(rowLabelled(wb.getSheet("Summary"), "Operations with personnel"), 1));
    }

    @Test
    void documentPropertiesDescribeTheCountryAndMonth() {
        POIXMLProperties.CoreProperties core = annex(PoiAnnexFixtures.all().get(0)).getProperties().getCoreProperties();
        assertEquals("Côte d’Ivoire: UN peacekeeping and Women, Peace and Security, annex, data as of March 2025",
                core.getTitle());
        assertTrue(core.getSubject().contains("Côte d’Ivoire"));
        assertEquals("briefs", core.getCreator());
        assertTrue(core.getKeywords().contains("CIV") && core.getKeywords().contains("2025-03"));
        assertEquals(LocalDateTime.of(2025, 3, 1, 0, 0).toInstant(ZoneOffset.UTC), core.getCreated().toInstant());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void columnsAreWideEnoughForTheirCells(PoiAnnexFixtures.Case c) {
        for (XSSFSheet sheet : sheets(annex(c))) {
            if (!sheet.getCTWorksheet().isSetAutoFilter()) {
                continue;
            }
            int header = CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef()).getFirstRow();
            for (Row row : sheet) {
                if (row.getRowNum() <= header) {
                    continue;
                }
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        int chars = Math.min(SheetTable.MAX_WIDTH, cell.getStringCellValue().length());
                        assertTrue(sheet.getColumnWidth(cell.getColumnIndex()) >= chars * 256,
                                sheet.getSheetName() + "!" + cell.getAddress() + " is wider than its column");
                    }
                }
            }
        }
    }

    @Test
    void aTypicalAnnexIsWellUnder100Kilobytes() throws IOException {
        Path file = out.resolve("size").resolve("annex.xlsx");
        new PoiAnnex().write(PoiAnnexFixtures.large(), PoiAnnexFixtures.dataSet(), file);
        long size = Files.size(file);
        assertTrue(size < 60_000, "annex is " + size + " bytes");
    }

    @Test
    void fileNameRefusesCodesThatCouldLeaveTheOutputFolder() {
        assertEquals("CIV-annex-2025-03.xlsx", PoiAnnex.fileName("CIV", YearMonth.of(2025, 3)));
        // NUL is a reserved device name on Windows, but "NUL-annex-..." is an ordinary one.
        assertEquals("NUL-annex-2025-03.xlsx", PoiAnnex.fileName("NUL", YearMonth.of(2025, 3)));
        for (String bad : new String[]{"../x", "a/b", "civ", "CI", "CIVV", "CI\0", "", null}) {
            assertThrows(IllegalArgumentException.class, () -> PoiAnnex.fileName(bad, YearMonth.of(2025, 3)),
                    "accepted: " + bad);
        }
    }

    @Test
    void everyPlanStatusHasWording() {
        for (PlanStatus status : PlanStatus.values()) {
            assertFalse(AnnexWording.standard().text("plan." + status.name()).isBlank(), status.name());
        }
    }

    @Test
    void textTooLongForACellIsCutNotFatal() {
        String longText = "x".repeat(SheetTable.MAX_TEXT + 10);
        assertEquals(SheetTable.MAX_TEXT, SheetTable.fit(longText).length());
        assertEquals("a\tb\nc\rd", SheetTable.fit("a\u0001\tb\nc\rd\u001F"));
        assertAll(
                () -> assertTrue(SheetTable.looksLikeFormula("=1")),
                () -> assertTrue(SheetTable.looksLikeFormula("\r1")),
                () -> assertFalse(SheetTable.looksLikeFormula("Norway")),
                () -> assertEquals("1,234,567".length(), SheetTable.shownLength(1_234_567)),
                () -> assertEquals("-1,000".length(), SheetTable.shownLength(-1000)),
                () -> assertEquals(1, SheetTable.shownLength(0)));
    }

    private static List<XSSFSheet> sheets(XSSFWorkbook wb) {
        List<XSSFSheet> sheets = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            sheets.add(wb.getSheetAt(i));
        }
        return sheets;
    }

    private static boolean hasTable(XSSFWorkbook wb, String sheet) {
        return wb.getSheet(sheet).getCTWorksheet().isSetAutoFilter();
    }

    private static List<XSSFChart> charts(XSSFSheet sheet) {
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        return drawing == null ? List.of() : drawing.getCharts();
    }

    private static String header(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static CellType cellType(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? CellType.BLANK : cell.getCellType();
    }

    private static Row rowLabelled(XSSFSheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError(sheet.getSheetName() + " has no row labelled " + label);
    }

    private static Cell cellHolding(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return cell;
                }
            }
        }
        return null;
    }

    private static String text(XSSFSheet sheet) {
        StringBuilder all = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    all.append(cell.getStringCellValue()).append('\n');
                }
            }
        }
        return all.toString();
    }
}
