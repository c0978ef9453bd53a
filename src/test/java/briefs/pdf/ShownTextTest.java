package briefs.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefs.render.Typeface;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.BaseFont;

/** What the brief's regular face draws for text of other scripts, and for what it cannot show. */
class ShownTextTest {
    private static ShownText shown;

    @BeforeAll
    static void face() throws Exception {
        BaseFont font = BaseFont.createFont(Typeface.REGULAR.resource(Typeface.Cover.WORLD), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                BaseFont.CACHED, Typeface.REGULAR.bytes(Typeface.Cover.WORLD), null);
        shown = new ShownText(font, Typeface.REGULAR.awtFont(Typeface.Cover.WORLD));
    }

    @Test
    void theShortcutForTextDrawnAsItIsGivesWhatAskingEachCharacterGives() {
        // Every character up to the end of the currency signs, the tables' ranges and around them,
        // alone and between letters, in the world cut and in the smaller ones (which lack many).
        for (ShownText face : new ShownText[] {shown, PageFaces.of(Typeface.Cover.LGC).shown().values().iterator().next(),
                PageFaces.of(Typeface.Cover.LATIN).shown().values().iterator().next()}) {
            for (char c = 0; c < 0x2200; c++) {
                for (String s : new String[] {String.valueOf(c), "a" + c + "b", c + " – d’" + c}) {
                    assertEquals(face.asked(s), face.of(s), () -> String.format("U+%04X", (int) s.charAt(0)));
                }
            }
        }
        // Bidirectional controls are not drawn as they are: right-to-left override reverses the run
        // (the override itself, which draws nothing, moves to its end).
        assertEquals("cba", shown.of("\u202Eabc").replace("\u202E", ""));
    }

    @Test
    void latinCjkAndThaiAreDrawnAsTheyAre() {
        assertEquals("Côte d’Ivoire", shown.of("Côte d’Ivoire"));
        assertEquals("Norway 挪威 ノルウェー 노르웨이", shown.of("Norway 挪威 ノルウェー 노르웨이"));
        assertEquals("ประเทศนอร์เวย์", shown.of("ประเทศนอร์เวย์"));
    }

    @Test
    void whatNoFaceHasBecomesTheReplacementMarkAndInvisibleJoinersGo() {
        assertEquals("Norway \uFFFD", shown.of("Norway 😀"));
        // A family emoji: three faces joined by zero-width joiners (the face has those: they
        // stay, drawing nothing), then a flag of two letters.
        assertEquals("\uFFFD\u200D\uFFFD\u200D\uFFFD \uFFFD\uFFFD", shown.of("👩\u200D👩\u200D👧 🇳🇴"));
        // A variation selector the face lacks draws nothing, so it is left out rather than marked.
        assertEquals("Tea \uFFFD", shown.of("Tea 🍵\uFE0F"));
    }

    @Test
    void hebrewStandsInReadingOrderWithinLeftToRightText() {
        // "Norway" in Hebrew, then a Latin word: the Hebrew is drawn last letter first.
        assertEquals("Name: היגוורונ (NOR)", shown.of("Name: נורווגיה (NOR)"));
        // All right to left: bet is read first, so it stands rightmost; the brackets are mirrored.
        assertEquals("(א) ב", shown.of("ב (א)"));
    }

    @Test
    void arabicIsJoinedAndInReadingOrder() {
        // سلام: seen, lam, alef, meem. On the page from the left: meem (alone, as alef does not
        // join to its left: drawn as the letter itself), lam-alef (the final ligature), seen (initial).
        assertEquals("\u0645\uFEFC\uFEB3", shown.of("سلام"));
        assertEquals("Peace: \u0645\uFEFC\uFEB3.", shown.of("Peace: سلام."));
    }
}
