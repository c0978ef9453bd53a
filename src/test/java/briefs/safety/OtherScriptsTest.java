package briefs.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.cli.ExitCodes;
import briefs.pdf.Conformance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Text in scripts Noto Sans alone lacks, in a name and in notes, goes through the real pipeline:
 * Chinese, Japanese, Korean and Thai are drawn (the brief's faces carry them), Hebrew stands
 * right to left, an emoji (no face has it) is drawn as U+FFFD and named in a warning with the
 * country, the file and the JSON path, and an address of 150 characters wraps inside the page.
 * Every font of the PDF is embedded, and it is still valid PDF/UA-1 and PDF/A-2a (veraPDF).
 */
class OtherScriptsTest {
    static final String NAME = "Norway 挪威 😀";
    static final String HEBREW = "נורווגיה";
    static final String URL = "https://example.org/download?id=" + "Ab3xYz90Qw".repeat(12);
    static final List<String> NOTES = List.of("Japanese: ノルウェー王国. Korean: 노르웨이 왕국. Thai: ประเทศนอร์เวย์.",
            "Hebrew: " + HEBREW + " היא מדינה. Arabic: النرويج مملكة.", "See " + URL + " for the table.");

    @TempDir
    static Path root;
    static Workspace ws;
    static Cli run;
    static final List<TextPosition> glyphs = new ArrayList<>();
    static String text;
    static float pageWidth;
    static final List<String> fonts = new ArrayList<>();

    @BeforeAll
    static void briefOfNorwayInOtherScripts() throws IOException {
        ws = new Workspace(root);
        ObjectNode norway = (ObjectNode) briefs.load.Json.mapper().readTree(Workspace.bundledCountry("NOR"));
        norway.put("name", NAME);
        ArrayNode notes = norway.putArray("notes");
        NOTES.forEach(notes::add);
        Files.write(ws.countryFile("NOR"), briefs.load.Json.bytes(norway));
        run = Cli.run("brief", "NOR", "--data", ws.data.toString(), "--out", ws.out.toString());
        try (PDDocument doc = Loader.loadPDF(ws.out.resolve("NOR-brief-2025-07.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String s, List<TextPosition> positions) throws IOException {
                    glyphs.addAll(positions);
                    super.writeString(s, positions);
                }
            };
            text = stripper.getText(doc);
            pageWidth = doc.getPage(0).getMediaBox().getWidth();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? "" : " NOT EMBEDDED"));
                }
            }
        }
    }

    @Test
    void theBriefIsWrittenAndWhatItCannotShowIsNamed() {
        assertEquals(ExitCodes.DONE, run.exitCode(), run.shown());
        String file = ws.countryFile("NOR").toString();
        assertTrue(run.err().contains("warning: NOR: " + file + ": $.name: the brief's fonts cannot show U+1F600 (grinning face);"
                + " the brief prints \uFFFD in its place"), run.shown());
        assertEquals(1, run.err().lines().filter(l -> l.startsWith("warning:")).count(), "only the emoji: " + run.shown());
    }

    @Test
    void otherScriptsAreDrawnAndTheEmojiIsMarked() {
        String flat = text.replaceAll("\\s+", " ");
        assertTrue(flat.contains("Norway 挪威 \uFFFD"), flat);
        for (String shown : List.of("ノルウェー王国", "노르웨이 왕국", "ประเทศนอร์เวย์")) {
            assertTrue(flat.contains(shown), shown + " in:\n" + flat);
        }
    }

    @Test
    void hebrewIsDrawnRightToLeft() {
        // The first letter read (nun) stands to the right of the last (he), on the same line.
        TextPosition nun = glyph("נ");
        TextPosition he = glyphAfter("ה", nun);
        assertEquals(nun.getYDirAdj(), he.getYDirAdj(), 0.5f);
        assertTrue(nun.getXDirAdj() > he.getXDirAdj(), "nun at " + nun.getXDirAdj() + ", he at " + he.getXDirAdj());
    }

    @Test
    void everyGlyphStandsInsideThePageAndEveryFontIsEmbedded() {
        float right = pageWidth - 16 / 25.4f * 72 + 1;
        for (TextPosition g : glyphs) {
            assertTrue(g.getXDirAdj() + g.getWidthDirAdj() <= right,
                    "\"" + g.getUnicode() + "\" ends at " + (g.getXDirAdj() + g.getWidthDirAdj()) + " pt, past the margin at " + right);
        }
        assertTrue(text.replaceAll("\\s+", "").contains(URL.replace("https://", "")), "the address, whole, wrapped:\n" + text);
        assertTrue(fonts.stream().noneMatch(f -> f.endsWith("NOT EMBEDDED")), fonts.toString());
    }

    @Test
    void theBriefStaysTaggedPdfUaAndPdfA() throws IOException {
        Path pdf = ws.out.resolve("NOR-brief-2025-07.pdf");
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A)) {
            assertEquals(List.of(), Conformance.failures(pdf, flavour), flavour.toString());
        }
    }

    private static TextPosition glyph(String unicode) {
        return glyphs.stream().filter(g -> unicode.equals(g.getUnicode())).findFirst().orElseThrow(
                () -> new AssertionError(unicode + " not drawn:\n" + text));
    }

    private static TextPosition glyphAfter(String unicode, TextPosition near) {
        return glyphs.stream().filter(g -> unicode.equals(g.getUnicode()))
                .filter(g -> Math.abs(g.getYDirAdj() - near.getYDirAdj()) < 0.5f)
                .min((a, b) -> Float.compare(Math.abs(a.getXDirAdj() - near.getXDirAdj()), Math.abs(b.getXDirAdj() - near.getXDirAdj())))
                .orElseThrow(() -> new AssertionError(unicode + " not on the line of " + near.getUnicode()));
    }
}
