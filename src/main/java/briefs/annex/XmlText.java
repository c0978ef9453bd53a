package briefs.annex;

/**
 * Text written into a workbook part's XML: the five markup characters escaped, tab, line feed and
 * carriage return written as character references (a parser would turn a raw carriage return
 * into a line feed, and any raw one in an attribute into a space), and the characters XML 1.0
 * cannot hold at all (other C0 controls, U+FFFE, U+FFFF, unpaired surrogates) left out.
 */
final class XmlText {
    private XmlText() {
    }

    /** Appends {@code text} escaped for element content or a double-quoted attribute. */
    static StringBuilder append(StringBuilder out, String text) {
        if (asItIs(text)) {
            return out.append(text); // most cells and labels: written whole, not character by character
        }
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (c < 0x20 || c == '\uFFFE' || c == '\uFFFF') {
                        continue;
                    }
                    if (Character.isSurrogate(c)) {
                        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                            out.append(c).append(text.charAt(++i));
                        }
                        continue;
                    }
                    out.append(c);
                }
            }
        }
        return out;
    }

    /** True when no character of {@code text} is escaped or left out by {@link #append}. */
    private static boolean asItIs(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '"' || c == '\''
                    || (c >= '\uD800' && (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'))) {
                return false;
            }
        }
        return true;
    }

    /** {@code name="value"} with a space before it. */
    static StringBuilder attribute(StringBuilder out, String name, String value) {
        out.append(' ').append(name).append("=\"");
        return append(out, value).append('"');
    }

    /** True when a reader would drop the text's edge spaces unless told to keep them (xml:space). */
    static boolean needsSpacePreserved(String text) {
        return !text.isEmpty() && (isSpace(text.charAt(0)) || isSpace(text.charAt(text.length() - 1)));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** A number as the XML of a cell or chart holds it: integral values without ".0". */
    static StringBuilder number(StringBuilder out, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return out.append((long) v);
        }
        return out.append(v);
    }
}
