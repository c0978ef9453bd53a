package briefs.pdf;

import java.util.Map;
import org.openpdf.text.pdf.BaseFont;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextFontContext;
import org.xhtmlrenderer.pdf.ITextTextRenderer;

/**
 * Measures each run of text as {@link ShownText} makes it, so that lines are laid out as wide
 * as what {@link TaggedOutputDevice} then draws (a replacement mark has a width; a character the
 * face lacks had none).
 */
final class ShownTextRenderer extends ITextTextRenderer {
    /** What Flying Saucer's renderer rounds a width down within, to the point (its own constant). */
    private static final float MEASURING_DELTA = 0.01f;

    private final Map<BaseFont, ShownText> faces;

    ShownTextRenderer(Map<BaseFont, ShownText> faces) {
        this.faces = faces;
    }

    /**
     * As Flying Saucer's renderer measures {@code string} (OpenPDF's width in points at the font's
     * size, rounded up to the point unless within a hundredth above one), the face's widths read
     * from {@link ShownText}'s table when the run is drawn as it is, as most runs are: a line is
     * measured again for every place it may break.
     */
    @Override
    public int getWidth(ITextFontContext context, ITextFSFont font, String string) {
        ShownText shown = face(faces, font);
        int units = shown == null ? -1 : shown.widthIfPlain(string);
        if (units < 0) {
            return super.getWidth(context, font, shown == null ? string : shown.of(string));
        }
        float result = units * 0.001f * font.getSize2D();
        return result - Math.floor(result) < MEASURING_DELTA ? (int) result : (int) Math.ceil(result);
    }

    static String shown(Map<BaseFont, ShownText> faces, ITextFSFont font, String s) {
        ShownText shown = face(faces, font);
        return shown == null ? s : shown.of(s);
    }

    /** How {@code font}'s face shows text; null for a font that is not one of the brief's faces. */
    private static ShownText face(Map<BaseFont, ShownText> faces, ITextFSFont font) {
        return font == null ? null : faces.get(font.getFontDescription().getFont());
    }
}
