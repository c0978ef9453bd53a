package briefs.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.render.Typeface;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.BaseFont;

class PageFacesTest {
    private static final PageFaces SMALL = PageFaces.of(Typeface.Cover.LGC);

    @Test
    void textOfTheUnsDataTakesTheSmallCut() {
        assertSame(SMALL, PageFaces.forText("Côte d’Ivoire: 1\u202F293 personnes, 15,8\u00A0% — Türkiye, Ελλάδα, Україна"));
        assertSame(SMALL, PageFaces.forText(""));
    }

    @Test
    void otherScriptsTakeTheWorldCut() {
        PageFaces world = PageFaces.of(Typeface.Cover.WORLD);
        assertSame(world, PageFaces.forText("Ministry \u0648\u0632\u0627\u0631\u0629"));   // Arabic
        assertSame(world, PageFaces.forText("\u05e9\u05dc\u05d5\u05dd"));                   // Hebrew
        assertSame(world, PageFaces.forText("\u5916\u4ea4\u90e8"));                         // Chinese
        assertSame(world, PageFaces.forText("a \uD83D\uDE00 b"));                           // beyond U+FFFF
        assertFalse(SMALL.holds("\u0e44\u0e17\u0e22"));                                     // Thai
        assertTrue(world.holds("\u0e44\u0e17\u0e22"));
    }

    /** Both cuts lay a page out alike only if every glyph the small one holds is as wide in the other. */
    @Test
    void theCutsHaveTheSameWidthsForEveryCharacterTheSmallOneHolds() throws Exception {
        List<String> differ = new ArrayList<>();
        int held = 0;
        for (Typeface face : Typeface.values()) {
            BaseFont small = font(face, Typeface.Cover.LGC);
            BaseFont world = font(face, Typeface.Cover.WORLD);
            for (int c = 0x20; c < 0x10000; c++) {
                if (small.charExists(c)) {
                    held++;
                    if (!world.charExists(c) || small.getWidth(c) != world.getWidth(c)) {
                        differ.add(face + " U+" + Integer.toHexString(c));
                    }
                }
            }
            assertEquals(small.getFontDescriptor(BaseFont.ASCENT, 1000), world.getFontDescriptor(BaseFont.ASCENT, 1000));
            assertEquals(small.getFontDescriptor(BaseFont.DESCENT, 1000), world.getFontDescriptor(BaseFont.DESCENT, 1000));
        }
        assertEquals(List.of(), differ);
        assertTrue(held > 4 * 2500, "the small cut holds Noto Sans's 2,800 characters: " + held / 4);
    }

    private static BaseFont font(Typeface face, Typeface.Cover cover) throws Exception {
        return BaseFont.createFont(face.resource(cover), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.CACHED,
                face.bytes(cover), null);
    }
}
