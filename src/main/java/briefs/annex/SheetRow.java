package briefs.annex;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

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

    /** Day 0 of Excel's 1900 date system as it counts days after February 1900. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final SheetTable table;
    private final int index;
    private final SheetContent.Row row;
    private final boolean total;
    private int column;

    SheetRow(SheetTable table, int index, SheetContent.Row row, boolean total) {
        this.table = table;
        this.index = index;
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
        CellStyle style = total ? CellStyle.TOTAL_TEXT
                : SheetTable.looksLikeFormula(fitted) ? (wrap ? CellStyle.QUOTED_WRAPPED_TEXT : CellStyle.QUOTED_TEXT)
                : wrap ? CellStyle.WRAPPED_TEXT : CellStyle.TEXT;
        text(style, fitted);
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
        text(CellStyle.FLAG, SheetTable.fit(value));
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
        if (height > Math.max(row.height, LINE_HEIGHT_POINTS)) {
            row.height = Math.min(height, MAX_ROW_HEIGHT_POINTS);
        }
    }

    SheetRow integer(Integer value) {
        return number(value, total ? CellStyle.TOTAL_INTEGER : CellStyle.INTEGER, value == null ? 0 : SheetTable.shownLength(value));
    }

    /** A change, shown with its sign. */
    SheetRow signedInteger(Integer value) {
        return number(value, CellStyle.SIGNED_INTEGER, value == null ? 0 : SheetTable.shownLength(value) + 1);
    }

    /** A year, without a thousands separator. */
    SheetRow year(Integer value) {
        return number(value, CellStyle.YEAR, 4);
    }

    /** A fraction shown as a percentage (0.123 as 12.3%). */
    SheetRow share(Double value) {
        return number(value, total ? CellStyle.TOTAL_SHARE : CellStyle.SHARE, 6);
    }

    SheetRow signedShare(Double value) {
        return number(value, CellStyle.SIGNED_SHARE, 7);
    }

    /** A month as a real date (its first day), shown as "Mar 2025". */
    SheetRow month(YearMonth value) {
        if (value == null) {
            return blank();
        }
        put(CellStyle.MONTH, SheetContent.Kind.NUMBER, null, excelDate(value.atDay(1)));
        table.numberColumn(column - 1);
        table.widen(column - 1, 8);
        return this;
    }

    SheetRow date(LocalDate value) {
        if (value == null) {
            return blank();
        }
        put(CellStyle.DATE, SheetContent.Kind.NUMBER, null, excelDate(value));
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
        table.sheet().link(index, column, address);
        String shown = SheetTable.shownAddress(address);
        text(CellStyle.LINK, SheetTable.fit(shown));
        table.widen(column - 1, Math.min(SheetTable.MAX_WIDTH, shown.length()));
        return this;
    }

    SheetRow blank() {
        if (total) {
            put(CellStyle.TOTAL_TEXT, SheetContent.Kind.BLANK, null, 0);
        } else {
            column++;
        }
        return this;
    }

    private SheetRow number(Number value, CellStyle style, int chars) {
        if (value == null) {
            return blank();
        }
        put(style, SheetContent.Kind.NUMBER, null, value.doubleValue());
        table.numberColumn(column - 1);
        table.widen(column - 1, chars);
        return this;
    }

    private void text(CellStyle style, String text) {
        put(style, SheetContent.Kind.TEXT, text, 0);
    }

    private void put(CellStyle style, SheetContent.Kind kind, String text, double number) {
        row.cells.add(new SheetContent.Cell(column++, style, kind, text, number));
    }

    /** A day as Excel's serial number in the 1900 date system (days since 1899-12-30, for days after February 1900). */
    static double excelDate(LocalDate day) {
        return ChronoUnit.DAYS.between(EXCEL_EPOCH, day);
    }
}
