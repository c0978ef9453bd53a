package briefs.pdf;

import briefs.render.UnshownText;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.text.Bidi;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.openpdf.text.pdf.BaseFont;

/**
 * What a run of text is drawn as, in one face of the brief. Flying Saucer hands OpenPDF the
 * characters in the order they are stored and OpenPDF draws each character's glyph from left to
 * right; a character the face has no glyph for is dropped without a trace. So here, before a
 * run is measured and before it is drawn (the same string both times, so the line stays as wide
 * as it was laid out):
 * <ul>
 * <li>a visible character the face cannot show becomes U+FFFD, the replacement character (an
 * invisible one, a variation selector or a joiner of an emoji sequence, is left out);</li>
 * <li>right-to-left text (Hebrew, Arabic) is put in the order it is read on the page by the
 * Unicode bidirectional algorithm ({@link Bidi}), with mirrored brackets;</li>
 * <li>Arabic is shaped by the JDK's text layout (letters joined, lam-alef ligatures), and each
 * glyph drawn through the character that names it in the face: Arabic Presentation Forms.</li>
 * </ul>
 * This works one line at a time, as the bidirectional algorithm does.
 */
final class ShownText {
    static final char MARK = '\uFFFD';
    private static final FontRenderContext PLAIN = new FontRenderContext(null, false, true);
    /**
     * The characters that may name an Arabic glyph. A later range wins: a glyph that both a
     * letter and its isolated presentation form name is drawn through the letter, which copies
     * out of the PDF as it was written.
     */
    private static final int[][] ARABIC_NAMES = {{0xFB50, 0xFDFF}, {0xFE70, 0xFEFF}, {0x0600, 0x06FF},
        {0x0750, 0x077F}, {0x0020, 0x007E}, {0x00A0, 0x00A0}};

    /** Below this, no character is written right to left. */
    private static final char FIRST_RIGHT_TO_LEFT = '\u0590';
    /** General Punctuation, super- and subscripts and currency signs: the quotes, dashes and spaces of the words. */
    private static final char PUNCTUATION = '\u2000';
    private static final char PUNCTUATION_END = '\u20D0';
    private static final int TABLE = FIRST_RIGHT_TO_LEFT + (PUNCTUATION_END - PUNCTUATION);

    private final BaseFont font;
    private final Font awt;
    /**
     * Which characters of the two ranges above are drawn as they are (the face has them, or they
     * are spaces, and they are not written right to left or a bidirectional control), asked once:
     * a line is measured again for every place it may break, and asking the face (a map of boxed
     * code points) for each character of each try was a percent of a bulk run.
     */
    private final boolean[] asIs = new boolean[TABLE];
    /**
     * The advance of each of those characters in the face, in thousandths of the font size, asked
     * once for the same reason: OpenPDF looks each character of each try up in a map of boxed code
     * points (2% of a warm bulk run).
     */
    private final int[] widths = new int[TABLE];
    private Map<Integer, Character> charOfGlyph;

    ShownText(BaseFont font, Font awt) {
        this.font = font;
        this.awt = awt;
        for (char c = 0; c < FIRST_RIGHT_TO_LEFT; c++) {
            learn(c);
        }
        for (char c = PUNCTUATION; c < PUNCTUATION_END; c++) {
            learn(c);
        }
    }

    private void learn(char c) {
        int i = index(c);
        // Exactly the characters that marked() keeps as they are and that visual() leaves in place.
        asIs[i] = (Character.isWhitespace(c) || Character.isSpaceChar(c) || font.charExists(c))
                && !Bidi.requiresBidi(new char[] {c}, 0, 1);
        widths[i] = font.getWidth(c);
    }

    /** Where {@code c} is in the tables, or -1. */
    private static int index(char c) {
        if (c < FIRST_RIGHT_TO_LEFT) {
            return c;
        }
        return c >= PUNCTUATION && c < PUNCTUATION_END ? FIRST_RIGHT_TO_LEFT + (c - PUNCTUATION) : -1;
    }

    /** One per face of the brief; a font not among them is drawn as it is. */
    static Map<BaseFont, ShownText> of(Map<BaseFont, Font> faces) {
        Map<BaseFont, ShownText> shown = new IdentityHashMap<>();
        faces.forEach((pdf, awtFont) -> shown.put(pdf, new ShownText(pdf, awtFont)));
        return shown;
    }

    /** The characters to measure and draw for {@code s}. */
    String of(String s) {
        return plain(s) ? s : asked(s);
    }

    /** What {@link #of} gives, each character asked of the face: the way for text not drawn as it is. */
    String asked(String s) {
        String marked = marked(s);
        char[] chars = marked.toCharArray();
        return Bidi.requiresBidi(chars, 0, chars.length) ? visual(marked) : marked;
    }

    /**
     * The width of {@code s} in thousandths of the font size, as OpenPDF's {@link BaseFont#getWidth(String)}
     * gives it (the sum of the characters' advances, no kerning), when {@code s} is drawn as it is
     * (see {@link #of}); -1 when it is not, and must be measured as {@link #of} makes it.
     */
    int widthIfPlain(String s) {
        int total = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            int k = index(s.charAt(i));
            if (k < 0 || !asIs[k]) {
                return -1;
            }
            total += widths[k];
        }
        return total;
    }

    /** Most text: left to right, and every character in the face. */
    private boolean plain(String s) {
        return widthIfPlain(s) >= 0;
    }

    private String marked(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || font.charExists(cp)) {
                out.appendCodePoint(cp);
            } else if (!UnshownText.invisible(cp)) {
                out.append(MARK);
            }
        }
        return out.toString();
    }

    /** The runs of the line in the order they stand on the page, each right-to-left one reversed. */
    private String visual(String s) {
        Bidi bidi = new Bidi(s, Bidi.DIRECTION_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        Object[] runs = new Object[count];
        for (int r = 0; r < count; r++) {
            levels[r] = (byte) bidi.getRunLevel(r);
            runs[r] = new int[] {r};
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        StringBuilder out = new StringBuilder(s.length());
        for (Object o : runs) {
            int r = ((int[]) o)[0];
            String run = s.substring(bidi.getRunStart(r), bidi.getRunLimit(r));
            out.append((bidi.getRunLevel(r) & 1) == 0 ? run : rightToLeft(run));
        }
        return out.toString();
    }

    private String rightToLeft(String run) {
        String shaped = hasArabic(run) ? shaped(run) : null;
        return shaped != null ? shaped : mirrored(run);
    }

    /** Reversed, with each bracket mirrored: "(" in right-to-left text is drawn ")". */
    private static String mirrored(String run) {
        StringBuilder out = new StringBuilder(run.length());
        for (int i = run.length(); i > 0; ) {
            int cp = run.codePointBefore(i);
            i -= Character.charCount(cp);
            out.appendCodePoint(Character.isMirrored(cp) ? mirror(cp) : cp);
        }
        return out.toString();
    }

    private static int mirror(int cp) {
        return switch (cp) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '«' -> '»';
            case '»' -> '«';
            default -> cp;
        };
    }

    private static boolean hasArabic(String run) {
        return run.chars().anyMatch(c -> (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F));
    }

    /**
     * The glyphs the JDK's layout chooses for a right-to-left Arabic run, left to right, each as
     * the character the face maps to it; null when one has no such character (then the run is
     * drawn unjoined, still in reading order).
     */
    private String shaped(String run) {
        char[] chars = run.toCharArray();
        GlyphVector glyphs = awt.deriveFont(10f).layoutGlyphVector(PLAIN, chars, 0, chars.length, Font.LAYOUT_RIGHT_TO_LEFT);
        int n = glyphs.getNumGlyphs();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // Left to right on the page, whatever order the layout keeps them in.
        java.util.Arrays.sort(order, (a, b) -> Double.compare(glyphs.getGlyphPosition(a).getX(),
                glyphs.getGlyphPosition(b).getX()));
        Map<Integer, Character> names = charOfGlyph();
        StringBuilder out = new StringBuilder(n);
        for (int i : order) {
            Character c = names.get(glyphs.getGlyphCode(i));
            if (c == null) {
                return null;
            }
            out.append(c.charValue());
        }
        return out.toString();
    }

    private synchronized Map<Integer, Character> charOfGlyph() {
        if (charOfGlyph == null) {
            Map<Integer, Character> names = new HashMap<>();
            // The AWT face is read from the same file: its glyph codes are the file's glyph ids.
            for (int[] range : ARABIC_NAMES) {
                for (int c = range[0]; c <= range[1]; c++) {
                    if (font.charExists(c)) {
                        names.put(awt.createGlyphVector(PLAIN, new char[] {(char) c}).getGlyphCode(0), (char) c);
                    }
                }
            }
            charOfGlyph = names;
        }
        return charOfGlyph;
    }
}
