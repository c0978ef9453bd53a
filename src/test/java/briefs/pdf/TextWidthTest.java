package briefs.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefs.render.Typeface;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.BaseFont;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.css.value.FontSpecification;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextTextRenderer;

/**
 * A run of text is as wide to briefs' renderer, which reads the faces' widths from a table, as to
 * Flying Saucer's measuring what {@link ShownText} makes of it: in every face of every cut, at the
 * brief's sizes and odd ones, for plain text, text a face lacks characters of, and other scripts.
 */
class TextWidthTest {
    private static final float[] SIZES = {6.5f, 7f, 7.5f, 8.5f, 9f, 9.5f, 11f, 13.3f, 22f, 0.5f, 100f};
    private static final IdentValue[][] FACES = {{IdentValue.NORMAL, IdentValue.NORMAL},
        {IdentValue.BOLD, IdentValue.NORMAL}, {IdentValue.NORMAL, IdentValue.ITALIC}, {IdentValue.BOLD, IdentValue.ITALIC}};

    @Test
    void everyRunIsAsWideAsFlyingSaucerMeasuresWhatIsShown() {
        List<String> texts = texts();
        int compared = 0;
        for (Typeface.Cover cover : Typeface.Cover.values()) {
            PageFaces faces = PageFaces.of(cover);
            Map<BaseFont, ShownText> shown = faces.shown();
            OwnFacesOnly resolver = new OwnFacesOnly();
            resolver.getFonts().putAll(faces.families());
            ShownTextRenderer ours = new ShownTextRenderer(shown);
            ITextTextRenderer theirs = new ITextTextRenderer();
            for (IdentValue[] face : FACES) {
                for (float size : SIZES) {
                    ITextFSFont font = (ITextFSFont) resolver.resolveFont(null,
                            new FontSpecification(size, face[0], new String[] {"Noto Sans"}, face[1], IdentValue.NORMAL));
                    for (String text : texts) {
                        String drawn = ShownTextRenderer.shown(shown, font, text);
                        assertEquals(theirs.getWidth(null, font, drawn), ours.getWidth(null, font, text),
                                () -> cover + " " + face[0] + " " + face[1] + " " + size + "pt: \"" + text + "\"");
                        compared++;
                    }
                }
            }
        }
        assertEquals(Typeface.Cover.values().length * FACES.length * SIZES.length * texts.size(), compared);
    }

    /** The brief's kinds of text, and random runs of the characters the table holds and beyond it. */
    private static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of("", " ", "Nepal", "Côte d’Ivoire", "Bangladesh, 5,936 uniformed personnel",
                "Women, Peace and Security", "La dernière stratégie des États-Unis d’Amérique", "Türkiye", "Ελλάδα",
                "Россия", "lamañana.uy", "18.4% – 2028", "Norway 挪威", "Name: נורווגיה", "Peace: سلام.", "Tea 🍵",
                "\u0000\u0001\t", "\u058F\u0590\u0591"));
        Random random = new Random(1325);
        for (int i = 0; i < 3000; i++) {
            int length = 1 + random.nextInt(40);
            StringBuilder s = new StringBuilder(length);
            int limit = i % 10 == 0 ? 0x700 : i % 3 == 0 ? 0x590 : 0x180;
            for (int k = 0; k < length; k++) {
                // One in eight from General Punctuation, the currency signs and just beyond them.
                s.append(random.nextInt(8) == 0 ? (char) (0x1FF0 + random.nextInt(0x100)) : (char) random.nextInt(limit));
            }
            texts.add(s.toString());
        }
        return texts;
    }
}
