package briefs.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.BundledData;
import briefs.model.ActionPlan;
import briefs.model.Country;
import briefs.model.FocusArea;
import briefs.render.Typeface;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openpdf.text.pdf.BaseFont;

class PageFacesTest {
    private static final PageFaces LATIN = PageFaces.of(Typeface.Cover.LATIN);
    private static final PageFaces LGC = PageFaces.of(Typeface.Cover.LGC);

    @Test
    void textOfTheUnsDataInEnglishFrenchOrSpanishTakesTheLatinCut() {
        assertSame(LATIN, PageFaces.forText("Côte d’Ivoire: 1\u202F293 personnes, 15,8\u00A0% — Türkiye, «\u00A0São Tomé\u00A0»"));
        assertSame(LATIN, PageFaces.forText("1.º puesto, ¿Qué?, ¡año!", "Łódź, Ștefan, Ţară, Ğ, İ, Ő"));
        assertSame(LATIN, PageFaces.forText(""));
    }

    @Test
    void greekCyrillicAndRarerLatinTakeTheLgcCut() {
        assertSame(LGC, PageFaces.forText("Türkiye, Ελλάδα"));
        assertSame(LGC, PageFaces.forText("Côte d’Ivoire", "Україна"));
        assertSame(LGC, PageFaces.forText("Việt Nam"));                                     // Vietnamese
        assertFalse(LATIN.holds("Ελλάδα"));
        assertTrue(LGC.holds("Ελλάδα"));
    }

    @Test
    void otherScriptsTakeTheWorldCut() {
        PageFaces world = PageFaces.of(Typeface.Cover.WORLD);
        assertSame(world, PageFaces.forText("Ministry \u0648\u0632\u0627\u0631\u0629"));   // Arabic
        assertSame(world, PageFaces.forText("\u05e9\u05dc\u05d5\u05dd"));                   // Hebrew
        assertSame(world, PageFaces.forText("\u5916\u4ea4\u90e8"));                         // Chinese
        assertSame(world, PageFaces.forText("a \uD83D\uDE00 b"));                           // beyond U+FFFF
        assertSame(world, PageFaces.forText("Ελλάδα", "\u0e44\u0e17\u0e22"));              // Thai
        assertFalse(LGC.holds("\u0e44\u0e17\u0e22"));
        assertTrue(world.holds("\u0e44\u0e17\u0e22"));
    }

    /**
     * What the templates of the PDFs write and the texts of the bundled data a brief prints, in every language,
     * are all in the Latin cut: a character beyond it would make every brief take a larger cut,
     * slower to write and heavier to send, without a word of warning.
     */
    @Test
    void theTemplatesAndTheBundledDataNeedNothingBeyondTheLatinCut() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            // The web page and the e-mail are set in the reader's fonts, not in these.
            for (Path file : files.filter(f -> Files.isRegularFile(f) && !f.startsWith(Path.of("templates", "web"))
                    && !f.startsWith(Path.of("templates", "mail"))).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".properties")) {
                    Properties words = new Properties();
                    try (var in = Files.newBufferedReader(file)) {
                        words.load(in);   // \\u escapes read as the characters they stand for
                    }
                    words.forEach((key, value) -> texts.add(file + ": " + value));
                } else if (name.endsWith(".ftlx") || name.endsWith(".ftl") || name.endsWith(".css")) {
                    texts.add(file + ": " + Files.readString(file));
                }
            }
        }
        for (Country c : BundledData.data().countries()) {
            texts.add(c.iso3() + ": " + c.name() + " " + c.nameInText() + " " + c.officialName());
            for (String note : c.notes() == null ? List.<String>of() : c.notes()) {
                texts.add(c.iso3() + ": " + note);
            }
            for (ActionPlan plan : c.actionPlans() == null ? List.<ActionPlan>of() : c.actionPlans()) {
                texts.add(c.iso3() + ": " + plan.title() + " " + plan.kind());
                for (FocusArea area : plan.focusAreas() == null ? List.<FocusArea>of() : plan.focusAreas()) {
                    texts.add(c.iso3() + ": " + area.title());
                }
            }
        }
        TreeSet<String> beyond = new TreeSet<>();
        for (String text : texts) {
            text.codePoints().filter(cp -> cp >= 0x80 && !LATIN.holds(Character.toString(cp)))
                    .forEach(cp -> beyond.add(String.format("U+%04X in %s", cp, text.substring(0, text.indexOf(':')))));
        }
        assertEquals(new TreeSet<String>(), beyond);
        assertTrue(texts.size() > 500, "texts read: " + texts.size());
    }

    /** Two cuts lay a page out alike only if every glyph the smaller holds is as wide in the larger. */
    @ParameterizedTest
    @EnumSource(value = Typeface.Cover.class, names = {"LATIN", "LGC"})
    void aCutHasTheWidthsOfTheNextLargerForEveryCharacterItHolds(Typeface.Cover smaller) throws Exception {
        Typeface.Cover larger = Typeface.Cover.values()[smaller.ordinal() + 1];
        List<String> differ = new ArrayList<>();
        int held = 0;
        for (Typeface face : Typeface.values()) {
            BaseFont small = font(face, smaller);
            BaseFont large = font(face, larger);
            for (int c = 0x20; c < 0x10000; c++) {
                if (small.charExists(c)) {
                    held++;
                    if (!large.charExists(c) || small.getWidth(c) != large.getWidth(c)) {
                        differ.add(face + " U+" + Integer.toHexString(c));
                    }
                }
            }
            assertEquals(small.getFontDescriptor(BaseFont.ASCENT, 1000), large.getFontDescriptor(BaseFont.ASCENT, 1000));
            assertEquals(small.getFontDescriptor(BaseFont.DESCENT, 1000), large.getFontDescriptor(BaseFont.DESCENT, 1000));
            assertEquals(small.getFontDescriptor(BaseFont.BBOXURX, 1000), large.getFontDescriptor(BaseFont.BBOXURX, 1000));
        }
        assertEquals(List.of(), differ);
        int least = smaller == Typeface.Cover.LATIN ? 400 : 2500;
        assertTrue(held > 4 * least, smaller + " holds " + held / 4 + " characters a face");
    }

    private static BaseFont font(Typeface face, Typeface.Cover cover) throws Exception {
        return BaseFont.createFont(face.resource(cover), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.CACHED,
                face.bytes(cover), null);
    }
}
