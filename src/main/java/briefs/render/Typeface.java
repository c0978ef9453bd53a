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
 */
public enum Typeface {
    REGULAR("NotoSansBriefs-Regular.ttf", Font.PLAIN),
    BOLD("NotoSansBriefs-Bold.ttf", Font.BOLD),
    ITALIC("NotoSansBriefs-Italic.ttf", Font.ITALIC),
    BOLD_ITALIC("NotoSansBriefs-BoldItalic.ttf", Font.BOLD | Font.ITALIC);

    /** The family name templates write in CSS ({@code font-family: "Noto Sans"}). */
    public static final String FAMILY = "Noto Sans";

    private final String file;
    private final int awtStyle;

    Typeface(String file, int awtStyle) {
        this.file = file;
        this.awtStyle = awtStyle;
    }

    /** The classpath resource name, e.g. {@code fonts/NotoSansBriefs-Regular.ttf}. */
    public String resource() {
        return "fonts/" + file;
    }

    /** The file's bytes, read once per process. */
    public byte[] bytes() {
        return Loaded.BYTES[ordinal()];
    }

    /** The face as a 1-point AWT font (derive sizes from it), created once per process. */
    public Font awtFont() {
        return Loaded.AWT[ordinal()];
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

    /** Holder idiom: fonts are parsed on first use and then shared by every brief and thread. */
    private static final class Loaded {
        static final byte[][] BYTES = new byte[values().length][];
        static final Font[] AWT = new Font[values().length];

        static {
            for (Typeface t : values()) {
                try (InputStream in = Typeface.class.getClassLoader().getResourceAsStream(t.resource())) {
                    if (in == null) {
                        throw new IllegalStateException("font resource missing from the build: " + t.resource());
                    }
                    BYTES[t.ordinal()] = in.readAllBytes();
                    AWT[t.ordinal()] = Font.createFont(Font.TRUETYPE_FONT,
                            new java.io.ByteArrayInputStream(BYTES[t.ordinal()])).deriveFont(1f);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read font " + t.resource(), e);
                } catch (FontFormatException e) {
                    throw new IllegalStateException("not a TrueType font: " + t.resource(), e);
                }
            }
        }
    }
}
