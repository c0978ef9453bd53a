package briefs.annex;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickMark;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFDateAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDateAx;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

/**
 * Native charts over cells already written. Every series gets an explicit colour: without one
 * LibreOffice draws the axes and no bars. The colours are dark and light so that a greyscale
 * print still tells the series apart.
 *
 * <p>Each series points at its cells and carries a copy of their values (the chart's cache),
 * read from the rows as written: previews that do not recalculate, such as mail clients, draw
 * from the cache. The values are read from the sheet given, not from the XSSF sheet the chart is
 * drawn on, since a streaming sheet holds its rows apart from that.
 */
final class SheetChart {
    /** Dark blue, for totals and men: the brief's colour (briefs.render.ChartLook.MEN). */
    static final byte[] DARK = {(byte) 0x1F, (byte) 0x3B, (byte) 0x57};
    /** Light blue, far lighter in greyscale, for women: the brief's colour (ChartLook.WOMEN). */
    static final byte[] LIGHT = {(byte) 0x6C, (byte) 0xB8, (byte) 0xE6};

    /** A series: its name (from a header cell, so the legend follows the sheet), its cells, its colour. */
    record Series(CellReference name, CellRangeAddress values, byte[] colour) {
    }

    /** Where a chart sits: columns and rows of its top-left and bottom-right corners. */
    record Place(int firstColumn, int firstRow, int lastColumn, int lastRow) {
    }

    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    private SheetChart() {
    }

    /**
     * A line chart over months; the category cells hold dates. Empty cells (months not reported,
     * no gender split) show as gaps, not as drops to zero.
     */
    static XSSFChart linesOverMonths(Sheet sheet, Place place, String title, CellRangeAddress months,
                                     List<Series> series, AnnexWording w) {
        XSSFChart chart = chart(sheet, place, title);
        XDDFDateAxis x = chart.createDateAxis(AxisPosition.BOTTOM);
        x.setNumberFormat("yyyy");
        x.setMajorTickMark(AxisTickMark.OUT);
        XDDFValueAxis y = valueAxis(chart);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        data.setVaryColors(false);
        XDDFNumericalDataSource<Double> categories = numbers(sheet, months);
        List<SheetChartText.Drawn> drawn = new ArrayList<>();
        for (Series s : series) {
            XDDFNumericalDataSource<Double> values = numbers(sheet, s.values());
            drawn.add(new SheetChartText.Drawn(text(sheet, s.name()), values));
            XDDFLineChartData.Series line = (XDDFLineChartData.Series) data.addSeries(categories, values);
            line.setTitle(text(sheet, s.name()), s.name());
            line.setSmooth(false);
            line.setMarkerStyle(MarkerStyle.NONE);
            XDDFLineProperties stroke = new XDDFLineProperties(solid(s.colour()));
            stroke.setWidth(2.0);
            stroke.setPresetDash(new XDDFPresetLineDash(PresetLineDash.SOLID));
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setLineProperties(stroke);
            line.setShapeProperties(shape);
        }
        cache(data);
        CTPlotArea plot = chart.getCTChart().getPlotArea();
        CTDateAx dateAxis = plot.getDateAxArray(0);
        // Unlinked, or the axis takes the cells' "mmm yyyy" and crowds its labels.
        dateAxis.getNumFmt().setSourceLinked(false);
        yearlyTicks(dateAxis);
        unlinkValueFormat(chart);
        chart.getCTChart().addNewDispBlanksAs().setVal(STDispBlanksAs.GAP);
        SheetChartText.describe(chart, SheetChartText.lines(title, categories, drawn, w));
        return chart;
    }

    /** Columns stacked per category, e.g. men and women per personnel type. */
    static XSSFChart stackedColumns(Sheet sheet, Place place, String title, CellRangeAddress categories,
                                    List<Series> series, AnnexWording w) {
        XSSFChart chart = chart(sheet, place, title);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = valueAxis(chart);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.STACKED);
        data.setGapWidth(60);
        data.setVaryColors(false);
        XDDFDataSource<String> labels = texts(sheet, categories);
        List<SheetChartText.Drawn> drawn = new ArrayList<>();
        for (Series s : series) {
            XDDFNumericalDataSource<Double> values = numbers(sheet, s.values());
            drawn.add(new SheetChartText.Drawn(text(sheet, s.name()), values));
            XDDFBarChartData.Series bar = (XDDFBarChartData.Series) data.addSeries(labels, values);
            bar.setTitle(text(sheet, s.name()), s.name());
            bar.setFillProperties(solid(s.colour()));
        }
        cache(data);
        overlapFully(chart.getCTChart().getPlotArea().getBarChartArray(0));
        unlinkValueFormat(chart);
        SheetChartText.describe(chart, SheetChartText.columns(title, labels, drawn, w));
        return chart;
    }

    private static XSSFChart chart(Sheet sheet, Place place, String title) {
        XSSFDrawing drawing = drawnOn(sheet).createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0,
                place.firstColumn(), place.firstRow(), place.lastColumn(), place.lastRow());
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    /**
     * Writes each series' values into the chart (its cache). Not {@code XDDFChart.plot}: that
     * also builds a workbook to embed in the chart and copies the values into it, which an
     * Excel chart over its own sheet's cells does not use and the file never holds (a sixth of
     * the annex's time in a profile of {@code briefs all}).
     */
    private static void cache(XDDFChartData data) {
        for (int i = 0; i < data.getSeriesCount(); i++) {
            data.getSeries(i).plot();
        }
    }

    /**
     * The XSSF sheet that holds the drawing: a streaming sheet's own drawing cannot make charts,
     * but the XSSF sheet behind it can.
     */
    private static XSSFSheet drawnOn(Sheet sheet) {
        if (sheet instanceof XSSFSheet xssf) {
            return xssf;
        }
        if (sheet instanceof SXSSFSheet streamed) {
            return streamed.getWorkbook().getXSSFWorkbook().getSheet(streamed.getSheetName());
        }
        throw new IllegalArgumentException("sheet is neither XSSF nor SXSSF: " + sheet.getClass().getName());
    }

    /** A column of numbers, blank cells as gaps (null), pointing at its cells. */
    private static XDDFNumericalDataSource<Double> numbers(Sheet sheet, CellRangeAddress range) {
        Double[] values = new Double[range.getLastRow() - range.getFirstRow() + 1];
        for (int i = 0; i < values.length; i++) {
            Cell cell = cell(sheet, range.getFirstRow() + i, range.getFirstColumn());
            values[i] = cell != null && cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue() : null;
        }
        return XDDFDataSourcesFactory.fromArray(values, range.formatAsString(sheet.getSheetName(), true));
    }

    /** A column of labels, pointing at its cells. */
    private static XDDFDataSource<String> texts(Sheet sheet, CellRangeAddress range) {
        String[] values = new String[range.getLastRow() - range.getFirstRow() + 1];
        for (int i = 0; i < values.length; i++) {
            Cell cell = cell(sheet, range.getFirstRow() + i, range.getFirstColumn());
            values[i] = cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : null;
        }
        return XDDFDataSourcesFactory.fromArray(values, range.formatAsString(sheet.getSheetName(), true));
    }

    /** The text of a series' name cell, cached with the reference so a legend needs no lookup. */
    private static String text(Sheet sheet, CellReference ref) {
        Cell cell = cell(sheet, ref.getRow(), ref.getCol());
        return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : null;
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(column);
    }

    private static XDDFValueAxis valueAxis(XSSFChart chart) {
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        y.setNumberFormat(WorkbookStyles.INTEGER_FORMAT);
        y.getOrAddMajorGridProperties().setLineProperties(new XDDFLineProperties(solid(new byte[]{
                (byte) 0xD9, (byte) 0xD9, (byte) 0xD9})));
        return y;
    }

    /**
     * Stacked bars must overlap fully, or Excel draws each stack's parts shifted side by side.
     * {@code XDDFBarChartData.setOverlap} needs a schema type that poi-ooxml-lite leaves out, so
     * the element is written directly, in its schema place: after gapWidth, before the axis ids.
     */
    private static void overlapFully(CTBarChart bars) {
        try (XmlCursor cursor = bars.newCursor()) {
            if (!cursor.toChild(new QName(CHART_NS, "axId"))) {
                throw new IllegalStateException("bar chart without axes");
            }
            cursor.beginElement(new QName(CHART_NS, "overlap"));
            cursor.insertAttributeWithValue("val", "100");
        }
    }

    /**
     * One label a year: left to itself the axis labels every few months and rotates them. The
     * time units are written directly, since their schema type is not in poi-ooxml-lite; they
     * close the element, where the schema puts them.
     */
    private static void yearlyTicks(CTDateAx axis) {
        try (XmlCursor cursor = axis.newCursor()) {
            cursor.toEndToken();
            for (String[] element : new String[][]{{"lblOffset", "100"}, {"baseTimeUnit", "months"},
                    {"majorUnit", "1"}, {"majorTimeUnit", "years"}}) {
                cursor.beginElement(new QName(CHART_NS, element[0]));
                cursor.insertAttributeWithValue("val", element[1]);
                cursor.toNextToken();
            }
        }
    }

    /** POI links axis formats to the source cells; ours are set on purpose. */
    private static void unlinkValueFormat(XSSFChart chart) {
        chart.getCTChart().getPlotArea().getValAxArray(0).getNumFmt().setSourceLinked(false);
    }

    private static XDDFSolidFillProperties solid(byte[] rgb) {
        return new XDDFSolidFillProperties(XDDFColor.from(rgb));
    }
}
