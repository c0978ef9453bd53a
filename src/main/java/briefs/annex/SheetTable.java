package briefs.annex;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet laid out as a title, optional sentences and at most one table: a styled header row
 * that is frozen and carries the autofilter, data rows, and rows after the data (totals) that
 * sorting must not move. Column widths come from the length of what was written, since
 * {@code autoSizeColumn} is slow and needs the fonts installed.
 *
 * <p>Every piece of text goes through {@link Cells#text}, which writes a string cell: nothing here
 * creates a formula, so text from the data ({@code =HYPERLINK(...)}, {@code +1}, {@code @x}) can
 * never run in a recipient's spreadsheet.
 *
 * <p>The sheet may be an in-memory XSSF sheet or a streaming SXSSF one; rows are only written
 * top to bottom, and {@link #finish} reads back the header row, so a streaming sheet must keep
 * its rows until the workbook is written (an unlimited row window).
 */
final class SheetTable {
    /** Excel's limit for one cell; longer text would make POI throw. */
    static final int MAX_TEXT = 32_767;
    /** Widest column, in characters; longer text wraps. */
    static final int MAX_WIDTH = 60;
    private static final int MIN_WIDTH = 6;
    /** Margins and the text styles' one-step indent. */
    private static final int PADDING = 3;
    /**
     * Characters of running text on one line of a column MAX_WIDTH wide: widths count the digit
     * "0", and text averages narrower.
     */
    private static final int CHARS_PER_WRAPPED_LINE = MAX_WIDTH * 11 / 10;
    /** One line of the default 11-point font. */
    private static final float LINE_HEIGHT_POINTS = 15f;
    /** Excel's row height limit. */
    private static final float MAX_ROW_HEIGHT_POINTS = 409f;
    /** Room for the autofilter's drop-down button beside a header. */
    private static final int FILTER_BUTTON = 3;

    /** C0 controls except tab, line feed and carriage return, and the two non-characters. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final List<Integer> widths = new ArrayList<>();
    private final BitSet numberColumns = new BitSet();
    private int nextRow;
    private int headerRow = -1;
    private int columns;
    private int lastDataRow = -1;

    SheetTable(Sheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    Sheet sheet() {
        return sheet;
    }

    /** A heading above the table; it may run over empty cells to its right, so it sets no width. */
    void title(String text) {
        line(text, styles.title());
    }

    /** A sentence, e.g. saying why a table is absent; sets no width either. */
    void sentence(String text) {
        line(text, styles.sentence());
    }

    private void line(String text, CellStyle style) {
        Cell cell = sheet.createRow(nextRow++).createCell(0);
        cell.setCellValue(fit(text));
        cell.setCellStyle(style);
    }

    void header(List<String> names) {
        if (headerRow >= 0) {
            throw new IllegalStateException("sheet " + sheet.getSheetName() + " already has a header row");
        }
        headerRow = nextRow;
        columns = names.size();
        Row row = sheet.createRow(nextRow++);
        for (int c = 0; c < names.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(fit(names.get(c)));
            cell.setCellStyle(styles.header());
            widen(c, names.get(c).length() + FILTER_BUTTON);
        }
    }

    /** A data row: inside the autofilter range, so sorting moves it. */
    Cells row() {
        if (headerRow < 0) {
            throw new IllegalStateException("sheet " + sheet.getSheetName() + ": header() must come before row()");
        }
        lastDataRow = nextRow;
        return new Cells(sheet.createRow(nextRow++), false);
    }

    /** A total row right after the data, outside the autofilter range so sorting leaves it last. */
    Cells totalRow() {
        return new Cells(sheet.createRow(nextRow++), true);
    }

    void skipRow() {
        nextRow++;
    }

    /** True once the table has at least one data row. */
    boolean hasData() {
        return lastDataRow > headerRow && headerRow >= 0;
    }

    /** The data cells of one column, for a chart's series or categories. */
    CellRangeAddress dataColumn(int column) {
        if (!hasData()) {
            throw new IllegalStateException("sheet " + sheet.getSheetName() + " has no data rows");
        }
        return new CellRangeAddress(headerRow + 1, lastDataRow, column, column);
    }

    int headerRowIndex() {
        return headerRow;
    }

    /** The next free row, e.g. where a chart below the table may start. */
    int nextRowIndex() {
        return nextRow;
    }

    int columnCount() {
        return columns;
    }

    /**
     * Freezes the rows down to the header, puts the autofilter on header and data, repeats the
     * header on printed pages, and sets the column widths.
     */
    void finish() {
        if (headerRow >= 0) {
            Row header = sheet.getRow(headerRow);
            numberColumns.stream().filter(c -> c < columns)
                    .forEach(c -> header.getCell(c).setCellStyle(styles.numberHeader()));
            sheet.createFreezePane(0, headerRow + 1);
            int last = Math.max(lastDataRow, headerRow);
            sheet.setAutoFilter(new CellRangeAddress(headerRow, last, 0, columns - 1));
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
        for (int c = 0; c < widths.size(); c++) {
            int chars = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths.get(c)));
            sheet.setColumnWidth(c, (chars + PADDING) * 256);
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    private void widen(int column, int chars) {
        while (widths.size() <= column) {
            widths.add(0);
        }
        if (chars > widths.get(column)) {
            widths.set(column, chars);
        }
    }

    /**
     * Text as a cell can hold it: control characters that XML 1.0 forbids are dropped (the XML
     * writer would turn them into "?"), and overlong text is cut so that it cannot make the
     * write fail.
     */
    static String fit(String text) {
        String clean = CONTROL.matcher(text).replaceAll("");
        return clean.length() <= MAX_TEXT ? clean : clean.substring(0, MAX_TEXT - 1) + "…";
    }

    /**
     * True for text a spreadsheet could take for a formula or a command if typed or imported:
     * {@code = + - @}, tab and carriage return at the start (OWASP's CSV injection list).
     */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** Writes the cells of one row left to right. A null value leaves its cell blank. */
    final class Cells {
        private final Row row;
        private final boolean total;
        private int column;

        private Cells(Row row, boolean total) {
            this.row = row;
            this.total = total;
        }

        /** Always a string cell, whatever the text starts with. */
        Cells text(String value) {
            if (value == null) {
                return blank();
            }
            String fitted = fit(value);
            boolean wrap = longestLine(fitted) > MAX_WIDTH || fitted.indexOf('\n') >= 0;
            CellStyle style = total ? styles.totalText()
                    : looksLikeFormula(fitted) ? (wrap ? styles.quotedWrappedText() : styles.quotedText())
                    : wrap ? styles.wrappedText() : styles.text();
            Cell cell = next(style);
            cell.setCellValue(fitted);
            widen(column - 1, Math.min(MAX_WIDTH, longestLine(fitted)));
            if (wrap) {
                tallEnoughFor(fitted);
            }
            return this;
        }

        /** A short word centred in its column, e.g. "yes" or "no". */
        Cells flag(String value) {
            if (value == null) {
                return blank();
            }
            next(styles.flag()).setCellValue(fit(value));
            widen(column - 1, Math.min(MAX_WIDTH, value.length()));
            return this;
        }

        /**
         * Sets the row's height for wrapped text. Excel and LibreOffice do not fit row heights
         * to wrapped text when they open a file, so the lines would overlap the next row.
         */
        private void tallEnoughFor(String text) {
            int lines = 0;
            for (String line : text.split("\n", -1)) {
                lines += Math.max(1, (line.length() + CHARS_PER_WRAPPED_LINE - 1) / CHARS_PER_WRAPPED_LINE);
            }
            float height = lines * LINE_HEIGHT_POINTS;
            if (height > row.getHeightInPoints()) {
                row.setHeightInPoints(Math.min(height, MAX_ROW_HEIGHT_POINTS));
            }
        }

        Cells integer(Integer value) {
            return number(value, total ? styles.totalInteger() : styles.integer(), value == null ? 0 : shownLength(value));
        }

        /** A change, shown with its sign. */
        Cells signedInteger(Integer value) {
            return number(value, styles.signedInteger(), value == null ? 0 : shownLength(value) + 1);
        }

        /** A year, without a thousands separator. */
        Cells year(Integer value) {
            return number(value, styles.year(), 4);
        }

        /** A fraction shown as a percentage (0.123 as 12.3%). */
        Cells share(Double value) {
            return number(value, total ? styles.totalShare() : styles.share(), 6);
        }

        Cells signedShare(Double value) {
            return number(value, styles.signedShare(), 7);
        }

        /** A month as a real date (its first day), shown as "Mar 2025". */
        Cells month(YearMonth value) {
            if (value == null) {
                return blank();
            }
            Cell cell = next(styles.month());
            cell.setCellValue(value.atDay(1));
            numberColumns.set(column - 1);
            widen(column - 1, 8);
            return this;
        }

        Cells date(LocalDate value) {
            if (value == null) {
                return blank();
            }
            Cell cell = next(styles.date());
            cell.setCellValue(value);
            numberColumns.set(column - 1);
            widen(column - 1, 10);
            return this;
        }

        /**
         * The address as text, clickable only when it is an absolute http(s) address: a
         * {@code file:} or {@code javascript:} link from the data stays plain text.
         */
        Cells link(String url) {
            if (url == null || url.isBlank()) {
                return blank();
            }
            String address = url.strip();
            if (!isWebAddress(address)) {
                return text(url);
            }
            Cell cell = next(styles.link());
            cell.setCellValue(fit(address));
            Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
            link.setAddress(address);
            cell.setHyperlink(link);
            widen(column - 1, Math.min(MAX_WIDTH, address.length()));
            return this;
        }

        Cells blank() {
            if (total) {
                next(styles.totalText());
            } else {
                column++;
            }
            return this;
        }

        private Cells number(Number value, CellStyle style, int chars) {
            if (value == null) {
                return blank();
            }
            Cell cell = next(style);
            cell.setCellValue(value.doubleValue());
            numberColumns.set(column - 1);
            widen(column - 1, chars);
            return this;
        }

        private Cell next(CellStyle style) {
            Cell cell = row.createCell(column++);
            cell.setCellStyle(style);
            return cell;
        }
    }

    /** Characters of an integer shown as #,##0: its digits, a separator per three, a sign. */
    static int shownLength(long value) {
        int digits = Long.toString(Math.abs(value)).length();
        return digits + (digits - 1) / 3 + (value < 0 ? 1 : 0);
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (String line : text.split("\n", -1)) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }

    static boolean isWebAddress(String address) {
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme();
            return scheme != null && uri.getHost() != null
                    && (scheme.toLowerCase(Locale.ROOT).equals("https") || scheme.toLowerCase(Locale.ROOT).equals("http"));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
