package briefs.annex;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cell styles of a generated workbook, each a cell format of its styles part
 * ({@code xl/styles.xml}), which is the same text for every workbook of a language and made once. A cell names
 * its style by the format's index ({@link #index()}), the constant's position plus one: format 0
 * is the workbook's default.
 *
 * <p>{@code FLAG} is a short word such as "yes" or "no", centred under its header;
 * {@code QUOTED_TEXT} is text that starts with a character a spreadsheet could read as the start
 * of a formula: the quote prefix keeps it text even when a user edits the cell and presses Enter.
 */
enum CellStyle {
    TITLE("<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"),
    SENTENCE("<xf numFmtId=\"0\" fontId=\"5\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"),
    /** White bold text on dark blue, left, wrapped; a white rule keeps a right-aligned header off its neighbour. */
    HEADER(header("left", 1)),
    /** Headers of number columns sit right, above the numbers' last digits. */
    NUMBER_HEADER(header("right", 0)),
    /** Indented by one so that text never touches a right-aligned number in the column before. */
    TEXT(text("left", 1, false, false)),
    QUOTED_TEXT(text("left", 1, false, true)),
    WRAPPED_TEXT(text("left", 1, true, false)),
    QUOTED_WRAPPED_TEXT(text("left", 1, true, true)),
    FLAG(text("center", 0, false, false)),
    LINK("<xf numFmtId=\"0\" fontId=\"4\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">"
            + "<alignment horizontal=\"left\" vertical=\"top\" indent=\"1\"/></xf>"),
    /** Bold under a thin rule: the label of a totals row. */
    TOTAL_TEXT(total(0, "left", 1)),
    INTEGER(number(3)),
    SIGNED_INTEGER(number(164)),
    /** A year, without a thousands separator. */
    YEAR(number(1)),
    SHARE(number(165)),
    SIGNED_SHARE(number(166)),
    MONTH(number(167)),
    DATE(number(168)),
    TOTAL_INTEGER(total(3, "right", 0)),
    TOTAL_SHARE(total(165, "right", 0));

    static final String INTEGER_FORMAT = "#,##0";
    static final String SIGNED_INTEGER_FORMAT = "+#,##0;-#,##0;0";
    static final String SHARE_FORMAT = "0.0%";
    static final String SIGNED_SHARE_FORMAT = "+0.0%;-0.0%;0.0%";
    static final String MONTH_FORMAT = "mmm yyyy";
    static final String DATE_FORMAT = "yyyy-mm-dd";

    private static final String HEADER_FILL = "FF1F3A5F";
    private static final String HEADER_TEXT = "FFFFFFFF";
    private static final String LINK_TEXT = "FF0563C1";
    private static final String SENTENCE_TEXT = "FF404040";
    /** Calibri of the default size in the sans-serif family and the theme's minor font, like the default font. */
    private static final String CALIBRI = "<name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/>";

    /** The styles part for each month format asked for: one per language in practice. */
    private static final Map<String, String> PARTS = new ConcurrentHashMap<>();

    private final String format;

    CellStyle(String format) {
        this.format = format;
    }

    /** The index of the cell format, as a cell's {@code s} attribute gives it. */
    int index() {
        return ordinal() + 1;
    }

    /**
     * The styles part: number formats, fonts, fills, borders and the cell formats in this enum's
     * order, with {@code monthFormat} for months: {@link #MONTH_FORMAT}, or the same with
     * a locale ({@code [$-40C]mmm yyyy}) so that a French workbook names its months in French in
     * any viewer's Excel.
     */
    static String stylesPart(String monthFormat) {
        return PARTS.computeIfAbsent(monthFormat, CellStyle::part);
    }

    private static String part(String monthFormat) {
        StringBuilder s = new StringBuilder(4096).append(WorkbookPackage.XML_DECLARATION)
                .append("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        s.append("<numFmts count=\"5\">");
        numFmt(s, 164, SIGNED_INTEGER_FORMAT);
        numFmt(s, 165, SHARE_FORMAT);
        numFmt(s, 166, SIGNED_SHARE_FORMAT);
        numFmt(s, 167, monthFormat);
        numFmt(s, 168, DATE_FORMAT);
        s.append("</numFmts><fonts count=\"6\">")
                .append("<font><sz val=\"11\"/><color indexed=\"8\"/>").append(CALIBRI).append("</font>")
                .append("<font><b/><sz val=\"11\"/>").append(CALIBRI).append("</font>")
                .append("<font><b/><sz val=\"13\"/>").append(CALIBRI).append("</font>")
                .append("<font><b/><sz val=\"11\"/><color rgb=\"").append(HEADER_TEXT).append("\"/>").append(CALIBRI).append("</font>")
                .append("<font><u/><sz val=\"11\"/><color rgb=\"").append(LINK_TEXT).append("\"/>").append(CALIBRI).append("</font>")
                .append("<font><i/><sz val=\"11\"/><color rgb=\"").append(SENTENCE_TEXT).append("\"/>").append(CALIBRI).append("</font>")
                .append("</fonts><fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>")
                .append("<fill><patternFill patternType=\"gray125\"/></fill>")
                .append("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"").append(HEADER_FILL)
                .append("\"/></patternFill></fill></fills>")
                .append("<borders count=\"3\"><border><left/><right/><top/><bottom/><diagonal/></border>")
                .append("<border><left/><right style=\"thin\"><color rgb=\"").append(HEADER_TEXT)
                .append("\"/></right><top/><bottom/><diagonal/></border>")
                .append("<border><left/><right/><top style=\"thin\"/><bottom/><diagonal/></border></borders>")
                .append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
                .append("<cellXfs count=\"").append(values().length + 1)
                .append("\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>");
        for (CellStyle style : values()) {
            s.append(style.format);
        }
        // No named cell styles: with a "Normal" style LibreOffice would take its font for every
        // cell and draw the text in a fallback for Calibri instead of its own sans-serif.
        return s.append("</cellXfs></styleSheet>").toString();
    }

    private static void numFmt(StringBuilder s, int id, String code) {
        s.append("<numFmt numFmtId=\"").append(id).append('"');
        XmlText.attribute(s, "formatCode", code).append("/>");
    }

    private static String header(String horizontal, int indent) {
        return "<xf numFmtId=\"0\" fontId=\"3\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\""
                + " applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"" + horizontal
                + "\" vertical=\"center\" wrapText=\"1\"" + indent(indent) + "/></xf>";
    }

    private static String text(String horizontal, int indent, boolean wrap, boolean quoted) {
        return "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\""
                + (quoted ? " quotePrefix=\"1\"" : "") + "><alignment horizontal=\"" + horizontal + "\" vertical=\"top\""
                + (wrap ? " wrapText=\"1\"" : "") + indent(indent) + "/></xf>";
    }

    private static String number(int format) {
        return "<xf numFmtId=\"" + format + "\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\""
                + " applyAlignment=\"1\"><alignment horizontal=\"right\" vertical=\"top\"/></xf>";
    }

    private static String total(int format, String horizontal, int indent) {
        return "<xf numFmtId=\"" + format + "\" fontId=\"1\" fillId=\"0\" borderId=\"2\" xfId=\"0\" applyFont=\"1\""
                + " applyBorder=\"1\" applyAlignment=\"1\"" + (format == 0 ? "" : " applyNumberFormat=\"1\"")
                + "><alignment horizontal=\"" + horizontal + "\"" + indent(indent) + "/></xf>";
    }

    private static String indent(int indent) {
        return indent == 0 ? "" : " indent=\"" + indent + "\"";
    }
}
