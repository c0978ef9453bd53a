package briefs.annex;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * What one sheet of a workbook holds, kept in light objects until its part is written
 * ({@link SheetXml}): rows of cells with their styles, column widths, the frozen header, the
 * autofilter, the row repeated on printed pages, hyperlinks and charts. Rows are made top to
 * bottom, one per row index; a chart reads its cached values back from them.
 */
final class SheetContent {
    /** What a cell holds: text (always a string, never a formula), a number, or nothing but its style. */
    enum Kind { TEXT, NUMBER, BLANK }

    /** One cell: column (from 0), style, and its text or number. */
    record Cell(int column, CellStyle style, Kind kind, String text, double number) {
    }

    /** One row: its cells left to right, and a height in points when its text wraps (0: the default). */
    static final class Row {
        final List<Cell> cells = new ArrayList<>(8);
        float height;
    }

    /** A clickable address in a cell: the text it shows is the cell's. */
    record Link(int row, int column, String address) {
    }

    private final String name;
    private final List<Row> rows = new ArrayList<>();
    private final List<Integer> widths = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<ChartPart> charts = new ArrayList<>();
    private int frozenRows;
    private CellRangeAddress autoFilter;
    private int repeatedRow = -1;

    SheetContent(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    /** A new row at the next index. */
    Row addRow() {
        Row row = new Row();
        rows.add(row);
        return row;
    }

    List<Row> rows() {
        return rows;
    }

    /** The cell at a place, or null when nothing was written there. */
    Cell cell(int row, int column) {
        if (row < 0 || row >= rows.size()) {
            return null;
        }
        for (Cell c : rows.get(row).cells) {
            if (c.column() == column) {
                return c;
            }
        }
        return null;
    }

    /** Replaces a written cell's style, e.g. a header above numbers. */
    void restyle(int row, int column, CellStyle style) {
        List<Cell> cells = rows.get(row).cells;
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (c.column() == column) {
                cells.set(i, new Cell(column, style, c.kind(), c.text(), c.number()));
            }
        }
    }

    void link(int row, int column, String address) {
        links.add(new Link(row, column, address));
    }

    List<Link> links() {
        return links;
    }

    void chart(ChartPart chart) {
        charts.add(chart);
    }

    List<ChartPart> charts() {
        return charts;
    }

    /** Column width in characters of the digit zero, as a column's {@code width} gives it. */
    void width(int column, int chars) {
        while (widths.size() <= column) {
            widths.add(0);
        }
        widths.set(column, chars);
    }

    List<Integer> widths() {
        return widths;
    }

    /** Freezes the rows above {@code rows} (a count) and puts the autofilter on a range. */
    void table(int rows, CellRangeAddress filter, int repeatedRow) {
        this.frozenRows = rows;
        this.autoFilter = filter;
        this.repeatedRow = repeatedRow;
    }

    int frozenRows() {
        return frozenRows;
    }

    /** The autofilter's range, or null. */
    CellRangeAddress autoFilter() {
        return autoFilter;
    }

    /** The row printed atop every page, or -1. */
    int repeatedRow() {
        return repeatedRow;
    }
}
