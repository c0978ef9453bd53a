package briefs.annex;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Native charts over cells already written to a sheet. Every series gets an explicit colour:
 * without one LibreOffice draws the axes and no bars. The colours are dark and light so that a
 * greyscale print still tells the series apart.
 *
 * <p>Each series points at its cells and carries a copy of their values (the chart's cache),
 * read from the rows as written: previews that do not recalculate, such as mail clients, draw
 * from the cache.
 */
final class SheetChart {
    /** Dark blue, for totals and men: the brief's colour (briefs.render.ChartLook.MEN). */
    static final String DARK = "1F3B57";
    /** Light blue, far lighter in greyscale, for women: the brief's colour (ChartLook.WOMEN). */
    static final String LIGHT = "6CB8E6";

    /** A series: its name (from a header cell, so the legend follows the sheet), its cells, its colour. */
    record Series(CellReference name, CellRangeAddress values, String colour) {
    }

    /** Where a chart sits: columns and rows of its top-left and bottom-right corners. */
    record Place(int firstColumn, int firstRow, int lastColumn, int lastRow) {
    }

    private SheetChart() {
    }

    /**
     * A line chart over months; the category cells hold dates. Empty cells (months not reported,
     * no gender split) show as gaps, not as drops to zero.
     */
    static ChartPart linesOverMonths(SheetContent sheet, Place place, String title, CellRangeAddress months,
                                     List<Series> series, AnnexWording w) {
        List<Double> dates = numbers(sheet, months);
        List<ChartPart.Series> drawn = series(sheet, series);
        String alt = SheetChartText.lines(title, dates, drawn, w);
        return add(sheet, new ChartPart(ChartPart.Kind.LINES_OVER_MONTHS, place, title, alt,
                reference(sheet, months), null, dates, drawn));
    }

    /** Columns stacked per category, e.g. men and women per personnel type. */
    static ChartPart stackedColumns(SheetContent sheet, Place place, String title, CellRangeAddress categories,
                                    List<Series> series, AnnexWording w) {
        List<String> labels = texts(sheet, categories);
        List<ChartPart.Series> drawn = series(sheet, series);
        String alt = SheetChartText.columns(title, labels, drawn, w);
        return add(sheet, new ChartPart(ChartPart.Kind.STACKED_COLUMNS, place, title, alt,
                reference(sheet, categories), labels, null, drawn));
    }

    private static ChartPart add(SheetContent sheet, ChartPart chart) {
        sheet.chart(chart);
        return chart;
    }

    private static List<ChartPart.Series> series(SheetContent sheet, List<Series> series) {
        List<ChartPart.Series> drawn = new ArrayList<>(series.size());
        for (Series s : series) {
            SheetContent.Cell name = sheet.cell(s.name().getRow(), s.name().getCol());
            drawn.add(new ChartPart.Series(s.name().formatAsString(),
                    name != null && name.kind() == SheetContent.Kind.TEXT ? name.text() : null,
                    reference(sheet, s.values()), numbers(sheet, s.values()), s.colour()));
        }
        return drawn;
    }

    /** The range with its sheet's name, quoted where the name needs it: {@code 'By personnel type'!$A$3:$A$7}. */
    private static String reference(SheetContent sheet, CellRangeAddress range) {
        return range.formatAsString(sheet.name(), true);
    }

    /** A column of numbers, blank cells as gaps (null). */
    private static List<Double> numbers(SheetContent sheet, CellRangeAddress range) {
        return column(sheet, range, SheetContent.Kind.NUMBER, SheetContent.Cell::number);
    }

    /** A column of labels. */
    private static List<String> texts(SheetContent sheet, CellRangeAddress range) {
        return column(sheet, range, SheetContent.Kind.TEXT, SheetContent.Cell::text);
    }

    /** The values of a column's cells of one kind; null for a blank cell or one of another kind. */
    private static <T> List<T> column(SheetContent sheet, CellRangeAddress range, SheetContent.Kind kind,
                                      Function<SheetContent.Cell, T> value) {
        List<T> values = new ArrayList<>(range.getLastRow() - range.getFirstRow() + 1);
        for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
            SheetContent.Cell cell = sheet.cell(r, range.getFirstColumn());
            values.add(cell != null && cell.kind() == kind ? value.apply(cell) : null);
        }
        return values;
    }
}
