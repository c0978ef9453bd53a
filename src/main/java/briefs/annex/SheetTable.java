package briefs.annex;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet laid out as a title, optional sentences and at most one table: a styled header row
 * that is frozen and carries the autofilter, data rows, and rows after the data (totals) that
 * sorting must not move. Column widths come from the length of what was written, since
 * {@code autoSizeColumn} is slow and needs the fonts installed.
 *
 * <p>Every piece of text goes through {@link SheetRow#text}, which writes a string cell: nothing here
 * creates a formula, so text from the data ({@code =HYPERLINK(...)}, {@code +1}, {@code @x}) can
 * never run in a recipient's spreadsheet.
 *
 * <p>Rows are written top to bottom into the sheet's {@link SheetContent}; {@link #finish} then
 * restyles the headers of number columns, which are known only once the data is in.
 */
final class SheetTable {
    /** Excel's limit for one cell; longer text would make POI throw. */
    static final int MAX_TEXT = 32_767;
    /** Widest column, in characters; longer text wraps. */
    static final int MAX_WIDTH = 60;
    private static final int MIN_WIDTH = 6;
    /** Margins and the text styles' one-step indent. */
    private static final int PADDING = 3;
    /** Room for the autofilter's drop-down button beside a header. */
    private static final int FILTER_BUTTON = 3;

    /** C0 controls except tab, line feed and carriage return, and the two non-characters. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private final SheetContent sheet;
    private final List<Integer> widths = new ArrayList<>();
    private final BitSet numberColumns = new BitSet();
    private int nextRow;
    private int headerRow = -1;
    private int columns;
    private int lastDataRow = -1;

    SheetTable(SheetContent sheet) {
        this.sheet = sheet;
    }

    /** Marks a column as holding numbers (or dates): its header sits right, above them. */
    void numberColumn(int column) {
        numberColumns.set(column);
    }

    SheetContent sheet() {
        return sheet;
    }

    /** A heading above the table; it may run over empty cells to its right, so it sets no width. */
    void title(String text) {
        line(text, CellStyle.TITLE);
    }

    /** A sentence, e.g. saying why a table is absent; sets no width either. */
    void sentence(String text) {
        line(text, CellStyle.SENTENCE);
    }

    private void line(String text, CellStyle style) {
        nextRow++;
        sheet.addRow().cells.add(new SheetContent.Cell(0, style, SheetContent.Kind.TEXT, fit(text), 0));
    }

    void header(List<String> names) {
        if (headerRow >= 0) {
            throw new IllegalStateException("sheet " + sheet.name() + " already has a header row");
        }
        headerRow = nextRow;
        columns = names.size();
        nextRow++;
        SheetContent.Row row = sheet.addRow();
        for (int c = 0; c < names.size(); c++) {
            row.cells.add(new SheetContent.Cell(c, CellStyle.HEADER, SheetContent.Kind.TEXT, fit(names.get(c)), 0));
            widen(c, names.get(c).length() + FILTER_BUTTON);
        }
    }

    /** A data row: inside the autofilter range, so sorting moves it. */
    SheetRow row() {
        if (headerRow < 0) {
            throw new IllegalStateException("sheet " + sheet.name() + ": header() must come before row()");
        }
        lastDataRow = nextRow;
        return new SheetRow(this, nextRow++, sheet.addRow(), false);
    }

    /** A total row right after the data, outside the autofilter range so sorting leaves it last. */
    SheetRow totalRow() {
        return new SheetRow(this, nextRow++, sheet.addRow(), true);
    }

    /** True once the table has at least one data row. */
    boolean hasData() {
        return lastDataRow > headerRow && headerRow >= 0;
    }

    /** The data cells of one column, for a chart's series or categories. */
    CellRangeAddress dataColumn(int column) {
        if (!hasData()) {
            throw new IllegalStateException("sheet " + sheet.name() + " has no data rows");
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
     * header on printed pages, and sets the column widths. Every sheet prints landscape, fitted
     * to the page's width ({@link SheetXml}).
     */
    void finish() {
        if (headerRow >= 0) {
            numberColumns.stream().filter(c -> c < columns)
                    .forEach(c -> sheet.restyle(headerRow, c, CellStyle.NUMBER_HEADER));
            int last = Math.max(lastDataRow, headerRow);
            sheet.table(headerRow + 1, new CellRangeAddress(headerRow, last, 0, columns - 1), headerRow);
        }
        for (int c = 0; c < widths.size(); c++) {
            int chars = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths.get(c)));
            sheet.width(c, chars + PADDING);
        }
    }

    void widen(int column, int chars) {
        while (widths.size() <= column) {
            widths.add(0);
        }
        if (chars > widths.get(column)) {
            widths.set(column, chars);
        }
    }

    /**
     * Text as a cell can hold it: control characters that XML 1.0 forbids are dropped, and
     * overlong text is cut to what Excel can open.
     */
    static String fit(String text) {
        String clean = hasControl(text) ? CONTROL.matcher(text).replaceAll("") : text;
        if (clean.length() <= MAX_TEXT) {
            return clean;
        }
        // Never between the two halves of a character outside the BMP (an emoji, say): XML cannot hold half.
        int cut = Character.isHighSurrogate(clean.charAt(MAX_TEXT - 2)) ? MAX_TEXT - 2 : MAX_TEXT - 1;
        return clean.substring(0, cut) + "…";
    }

    /** A scan for what {@link #CONTROL} matches, far cheaper than the match on the text of every cell. */
    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= '\uFFFE') {
                return true;
            }
        }
        return false;
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

    /** Characters of an integer shown as #,##0: its digits, a separator per three, a sign. */
    static int shownLength(long value) {
        int digits = Long.toString(Math.abs(value)).length();
        return digits + (digits - 1) / 3 + (value < 0 ? 1 : 0);
    }

    static int longestLine(String text) {
        int longest = 0;
        for (String line : text.split("\n", -1)) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }

    /**
     * A web address as a reader writes it: its host in its own letters ("https://lamañana.uy/?p=1"
     * where the address holds "xn--lamaana-7za.uy"), the rest as it is. The link keeps the address.
     */
    static String shownAddress(String address) {
        String host;
        try {
            host = new URI(address).getHost();
        } catch (URISyntaxException e) {
            return address;
        }
        if (host == null) {
            return address;
        }
        String own = IDN.toUnicode(host, IDN.ALLOW_UNASSIGNED);
        int at = address.indexOf(host);
        return own.equals(host) || at < 0 ? address : address.substring(0, at) + own + address.substring(at + host.length());
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
