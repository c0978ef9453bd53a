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
    private final Map<BaseFont, ShownText> faces;

    ShownTextRenderer(Map<BaseFont, ShownText> faces) {
        this.faces = faces;
    }

    @Override
    public int getWidth(ITextFontContext context, ITextFSFont font, String string) {
        return super.getWidth(context, font, shown(faces, font, string));
    }

    static String shown(Map<BaseFont, ShownText> faces, ITextFSFont font, String s) {
        ShownText shown = font == null ? null : faces.get(font.getFontDescription().getFont());
        return shown == null ? s : shown.of(s);
    }
}
