package briefs.annex;

import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;

/**
 * The cells of one row of a {@link SheetTable}, written left to right; a null value leaves its
 * cell blank. Text is always a string cell, whatever it starts with, and a row of totals takes
 * the totals' styles.
 */
final class SheetRow {
    /**
     * Characters of running text on one line of a column SheetTable.MAX_WIDTH wide: widths count the digit
     * "0", and text averages narrower.
     */
    private static final int CHARS_PER_WRAPPED_LINE = SheetTable.MAX_WIDTH * 11 / 10;
    /** One line of the default 11-point font. */
    private static final float LINE_HEIGHT_POINTS = 15f;
    /** Excel's row height limit. */
    private static final float MAX_ROW_HEIGHT_POINTS = 409f;

    private final SheetTable table;
    private final WorkbookStyles styles;
    private final Row row;
    private final boolean total;
    private int column;

    SheetRow(SheetTable table, Row row, boolean total) {
        this.table = table;
        this.styles = table.styles();
        this.row = row;
        this.total = total;
    }

    /** Always a string cell, whatever the text starts with. */
    SheetRow text(String value) {
        if (value == null) {
            return blank();
        }
        String fitted = SheetTable.fit(value);
        boolean wrap = SheetTable.longestLine(fitted) > SheetTable.MAX_WIDTH || fitted.indexOf('\n') >= 0;
        CellStyle style = total ? styles.totalText()
                : SheetTable.looksLikeFormula(fitted) ? (wrap ? styles.quotedWrappedText() : styles.quotedText())
                : wrap ? styles.wrappedText() : styles.text();
        Cell cell = next(style);
        cell.setCellValue(fitted);
        table.widen(column - 1, Math.min(SheetTable.MAX_WIDTH, SheetTable.longestLine(fitted)));
        if (wrap) {
            tallEnoughFor(fitted);
        }
        return this;
    }

    /** A short word centred in its column, e.g. "yes" or "no". */
    SheetRow flag(String value) {
        if (value == null) {
            return blank();
        }
        next(styles.flag()).setCellValue(SheetTable.fit(value));
        table.widen(column - 1, Math.min(SheetTable.MAX_WIDTH, value.length()));
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

    SheetRow integer(Integer value) {
        return number(value, total ? styles.totalInteger() : styles.integer(), value == null ? 0 : SheetTable.shownLength(value));
    }

    /** A change, shown with its sign. */
    SheetRow signedInteger(Integer value) {
        return number(value, styles.signedInteger(), value == null ? 0 : SheetTable.shownLength(value) + 1);
    }

    /** A year, without a thousands separator. */
    SheetRow year(Integer value) {
        return number(value, styles.year(), 4);
    }

    /** A fraction shown as a percentage (0.123 as 12.3%). */
    SheetRow share(Double value) {
        return number(value, total ? styles.totalShare() : styles.share(), 6);
    }

    SheetRow signedShare(Double value) {
        return number(value, styles.signedShare(), 7);
    }

    /** A month as a real date (its first day), shown as "Mar 2025". */
    SheetRow month(YearMonth value) {
        if (value == null) {
            return blank();
        }
        Cell cell = next(styles.month());
        cell.setCellValue(value.atDay(1));
        table.numberColumn(column - 1);
        table.widen(column - 1, 8);
        return this;
    }

    SheetRow date(LocalDate value) {
        if (value == null) {
            return blank();
        }
        Cell cell = next(styles.date());
        cell.setCellValue(value);
        table.numberColumn(column - 1);
        table.widen(column - 1, 10);
        return this;
    }

    /**
     * The address as text, clickable only when it is an absolute http(s) address: a
     * {@code file:} or {@code javascript:} link from the data stays plain text.
     */
    SheetRow link(String url) {
        if (url == null || url.isBlank()) {
            return blank();
        }
        String address = url.strip();
        if (!SheetTable.isWebAddress(address)) {
            return text(url);
        }
        Cell cell = next(styles.link());
        cell.setCellValue(SheetTable.fit(address));
        Hyperlink link = table.sheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
        link.setAddress(address);
        cell.setHyperlink(link);
        table.widen(column - 1, Math.min(SheetTable.MAX_WIDTH, address.length()));
        return this;
    }

    SheetRow blank() {
        if (total) {
            next(styles.totalText());
        } else {
            column++;
        }
        return this;
    }

    private SheetRow number(Number value, CellStyle style, int chars) {
        if (value == null) {
            return blank();
        }
        Cell cell = next(style);
        cell.setCellValue(value.doubleValue());
        table.numberColumn(column - 1);
        table.widen(column - 1, chars);
        return this;
    }

    private Cell next(CellStyle style) {
        Cell cell = row.createCell(column++);
        cell.setCellStyle(style);
        return cell;
    }
}
