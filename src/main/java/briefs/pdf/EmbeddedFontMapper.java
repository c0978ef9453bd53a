package briefs.pdf;

import briefs.render.Typeface;
import java.awt.Font;
import java.util.Map;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;

/**
 * Maps the AWT fonts a chart draws with to the page's embedded TrueType faces. OpenPDF's default
 * mapper would use Helvetica, which is neither embedded nor able to write "Türkiye" in every
 * viewer. Charts only use {@link Typeface} fonts, so the AWT style picks the face.
 */
final class EmbeddedFontMapper implements FontMapper {
    private final Map<Typeface, BaseFont> faces;
    private final Typeface.Cover cover;

    EmbeddedFontMapper(Map<Typeface, BaseFont> faces, Typeface.Cover cover) {
        this.faces = Map.copyOf(faces);
        this.cover = cover;
    }

    @Override
    public BaseFont awtToPdf(Font font) {
        return faces.get(Typeface.forAwtStyle(font.getStyle()));
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        for (Map.Entry<Typeface, BaseFont> e : faces.entrySet()) {
            if (e.getValue() == font) {
                return e.getKey().awtFont(cover).deriveFont((float) size);
            }
        }
        return Typeface.REGULAR.awtFont(cover).deriveFont((float) size);
    }
}
