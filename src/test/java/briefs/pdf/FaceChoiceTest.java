package briefs.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import briefs.render.Typeface;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.css.value.FontSpecification;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.render.FSFont;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;

/**
 * Where briefs answers in place of Flying Saucer to save time, it answers as Flying Saucer does:
 * the face a style's font resolves to ({@link OwnFacesOnly}) and an element's language
 * ({@link XhtmlLinks}).
 */
class FaceChoiceTest {
    private static final IdentValue[] WEIGHTS = {IdentValue.NORMAL, IdentValue.BOLD, IdentValue.BOLDER,
            IdentValue.LIGHTER, IdentValue.FONT_WEIGHT_100, IdentValue.FONT_WEIGHT_300, IdentValue.FONT_WEIGHT_500,
            IdentValue.FONT_WEIGHT_600, IdentValue.FONT_WEIGHT_800, IdentValue.FONT_WEIGHT_900};
    private static final IdentValue[] STYLES = {IdentValue.NORMAL, IdentValue.ITALIC, IdentValue.OBLIQUE,
            IdentValue.INHERIT};
    private static final String[][] FAMILIES = {{"Noto Sans"}, {"\"Noto Sans\""}, {"Helvetica", "Noto Sans"},
            {"serif"}, {"Serif"}, {"sans-serif"}, {"monospace"}, {"Unknown"}, {}, null};

    /** Flying Saucer's resolver without its standard fonts, as {@link OwnFacesOnly} is, but its own choice. */
    private static final class FlyingSaucers extends ITextFontResolver {
        @Override
        protected Map<String, FontFamily> loadFonts() {
            return new HashMap<>();
        }
    }

    @Test
    void everyStyleOfFontResolvesToTheFaceFlyingSaucerChooses() {
        Map<String, FontFamily> families = PageFaces.of(Typeface.Cover.LATIN).families();
        ITextFontResolver theirs = new FlyingSaucers();
        ITextFontResolver ours = new OwnFacesOnly();
        theirs.getFonts().putAll(families);
        ours.getFonts().putAll(families);
        int resolved = 0;
        for (int round = 0; round < 2; round++) { // the second round from what each remembered
            for (String[] names : FAMILIES) {
                for (IdentValue weight : WEIGHTS) {
                    for (IdentValue style : STYLES) {
                        FontSpecification spec = new FontSpecification(9.5f, weight, names, style, IdentValue.NORMAL);
                        FSFont expected = theirs.resolveFont(null, spec);
                        FSFont actual = ours.resolveFont(null, spec);
                        String what = List.of(names == null ? new String[] {"(none)"} : names) + " " + weight + " " + style;
                        if (expected == null) {
                            assertEquals(null, actual, what);
                            continue;
                        }
                        assertNotNull(actual, what);
                        assertSame(((ITextFSFont) expected).getFontDescription(),
                                ((ITextFSFont) actual).getFontDescription(), what);
                        assertEquals(expected.getSize2D(), actual.getSize2D(), what);
                        resolved++;
                    }
                }
            }
        }
        assertEquals(2 * FAMILIES.length * WEIGHTS.length * STYLES.length, resolved,
                "the brief's family stands in for every family, as Serif");
    }

    @Test
    void anElementsLanguageIsItsOwnElseTheDocumentsAsFlyingSaucerSaysIt() {
        String withMeta = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\"><head>"
                + "<meta http-equiv=\"Content-Language\" content=\"es\"/></head>"
                + "<body><p>a <b lang=\"en-GB\">b</b> <i>c</i></p><p lang=\"\">d</p></body></html>";
        String without = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\"><head><title>t</title></head>"
                + "<body><p>a <b lang=\"en-GB\">b</b> <i>c</i></p></body></html>";
        XhtmlLinks ours = new XhtmlLinks(); // one for both documents: each is read for itself
        XhtmlNamespaceHandler theirs = new XhtmlNamespaceHandler();
        List<String> seen = new ArrayList<>();
        for (String xhtml : new String[] {withMeta, without, withMeta}) {
            Document doc = new FlyingSaucerPdf().parse(xhtml, "test");
            var all = doc.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                assertEquals(theirs.getLang(e), ours.getLang(e), e.getLocalName());
                seen.add(ours.getLang(e));
            }
        }
        assertEquals(List.of("fr", "es", "es", "es", "es", "en-GB", "es", "es"), seen.subList(0, 8));
        assertEquals("", ours.getLang(null));
    }
}
