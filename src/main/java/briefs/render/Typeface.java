package briefs.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one type family of a brief, shipped in {@code src/main/resources/fonts} (Noto Sans, SIL Open
 * Font License, see {@code fonts/OFL.txt}). Pages and charts use the same files so chart labels
 * match the text around them and every country name renders ("Côte d’Ivoire", "Türkiye").
 *
 * <p>Each face comes in three {@link Cover}s cut from the same outlines: the Latin of Western and
 * Central Europe, which every brief from the UN's data needs; Noto Sans alone (Latin, Greek,
 * Cyrillic); and the same with Arabic, Hebrew, Thai and common CJK merged in, for text in other
 * scripts. The glyphs two cuts hold are the same, with the same advance widths, so a page lays out
 * the same in any of them; a smaller one has fewer glyphs to load and to subset into each PDF.
 */
public enum Typeface {
    REGULAR("Regular", Font.PLAIN),
    BOLD("Bold", Font.BOLD),
    ITALIC("Italic", Font.ITALIC),
    BOLD_ITALIC("BoldItalic", Font.BOLD | Font.ITALIC);

    /** The family name templates write in CSS ({@code font-family: "Noto Sans"}). */
    public static final String FAMILY = "Noto Sans";

    /** Which scripts a cut of the faces holds, from the smallest cut to the largest. */
    public enum Cover {
        /**
         * Latin-1, Latin Extended-A and the Romanian letters, the general punctuation and the few
         * symbols of a brief: 450 glyphs ({@code tools/fonts/make-fonts.py} lists them).
         */
        LATIN("NotoSansBriefsLatin-"),
        /** Noto Sans: Latin, Greek and Cyrillic, with the punctuation and symbols of a brief. */
        LGC("NotoSansBriefsLGC-"),
        /** Noto Sans with Noto Sans Arabic, Hebrew, Thai and a Noto Sans CJK SC subset merged in. */
        WORLD("NotoSansBriefs-");

        private final String prefix;

        Cover(String prefix) {
            this.prefix = prefix;
        }
    }

    private final String style;
    private final int awtStyle;

    Typeface(String style, int awtStyle) {
        this.style = style;
        this.awtStyle = awtStyle;
    }

    /** The classpath resource name of one cut, e.g. {@code fonts/NotoSansBriefsLGC-Regular.ttf}. */
    public String resource(Cover cover) {
        return "fonts/" + cover.prefix + style + ".ttf";
    }

    /** A cut's bytes, read once per process, on first use. */
    public byte[] bytes(Cover cover) {
        return loaded(cover).bytes[ordinal()];
    }

    /**
     * The face as a 1-point AWT font (derive sizes from it), created once per process: the Latin
     * cut, which charts measure their text with (wording, figures and the UN's names). A character
     * beyond it is drawn in the page's cut and measured as this cut's missing glyph, as wide as a
     * letter.
     */
    public Font awtFont() {
        return awtFont(Cover.LATIN);
    }

    /** A cut of the face as a 1-point AWT font, created once per process, on first use. */
    public Font awtFont(Cover cover) {
        return loaded(cover).awt[ordinal()];
    }

    /** The face matching an AWT style ({@link Font#BOLD}, {@link Font#ITALIC} or both). */
    public static Typeface forAwtStyle(int style) {
        for (Typeface t : values()) {
            if (t.awtStyle == style) {
                return t;
            }
        }
        return REGULAR;
    }

    private static Loaded loaded(Cover cover) {
        return switch (cover) {
            case LATIN -> LatinCut.LOADED;
            case LGC -> LgcCut.LOADED;
            case WORLD -> WorldCut.LOADED;
        };
    }

    /** Holder idiom: each cut is parsed on first use, then shared by every brief and thread. */
    private static final class LatinCut {
        static final Loaded LOADED = new Loaded(Cover.LATIN);
    }

    /** Parsed only when a text needs Greek, Cyrillic or a rarer Latin letter (0.3 MB a face). */
    private static final class LgcCut {
        static final Loaded LOADED = new Loaded(Cover.LGC);
    }

    /** Parsed only when a text needs a script beyond Latin, Greek and Cyrillic (2.3 MB a face). */
    private static final class WorldCut {
        static final Loaded LOADED = new Loaded(Cover.WORLD);
    }

    private static final class Loaded {
        final byte[][] bytes = new byte[values().length][];
        final Font[] awt = new Font[values().length];

        Loaded(Cover cover) {
            for (Typeface t : values()) {
                String resource = t.resource(cover);
                try (InputStream in = Typeface.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("font resource missing from the build: " + resource);
                    }
                    bytes[t.ordinal()] = in.readAllBytes();
                    awt[t.ordinal()] = Font.createFont(Font.TRUETYPE_FONT,
                            new java.io.ByteArrayInputStream(bytes[t.ordinal()])).deriveFont(1f);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read font " + resource, e);
                } catch (FontFormatException e) {
                    throw new IllegalStateException("not a TrueType font: " + resource, e);
                }
            }
        }
    }
}
