package briefs.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.BundledData;
import briefs.model.Country;
import briefs.render.BriefFixtures;
import briefs.render.BriefTemplates;
import briefs.render.Typeface;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.BaseFont;

class FlyingSaucerPdfTest {
    @TempDir
    Path out;

    @Test
    void chartsAreVectorFormsAndEveryFontIsEmbedded() throws IOException {
        CountryBriefPdf briefs = new CountryBriefPdf(new BriefTemplates(Path.of("templates")), new FlyingSaucerPdf(),
                Clock.systemUTC());
        Path pdf = briefs.write(BriefFixtures.norway(), BriefFixtures.sources(), BriefFixtures.parityTargets(), out);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PDXObject> images = new ArrayList<>();
            List<PDFont> fonts = new ArrayList<>();
            int forms = 0;
            for (PDPage page : doc.getPages()) {
                forms += collect(page.getResources(), images, fonts);
            }
            assertTrue(images.isEmpty(), "no raster images: " + images);
            assertTrue(forms >= 4, "the four charts are form XObjects, found " + forms);
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), "embedded: " + font.getName());
                assertTrue(font.getName().startsWith(font.getName().substring(0, 6) + "+NotoSans"),
                        "subset of the bundled family: " + font.getName());
            }
        }
    }

    /**
     * Stylesheets are parsed once per thread and kept (WorkerStylesheets), yet a stylesheet edited
     * between two documents, as a designer does while {@code briefs serve} runs, is read again.
     */
    @Test
    void aStylesheetEditedBetweenTwoDocumentsOnOneThreadIsReadAgain(@TempDir Path templates) throws Exception {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title>"
                + "<link rel=\"stylesheet\" type=\"text/css\" href=\"page.css\"/></head><body><p>x</p></body></html>";
        assertEquals(List.of(100L, 200L), widthsAroundAnEdit(xhtml, templates.resolve("page.css"),
                "@page { size: 100mm 100mm; }", "@page { size: 200mm 100mm; }"));
    }

    /**
     * The templates folder's defaults.css stands in for Flying Saucer's own element defaults: a
     * page size set there applies; without the file Flying Saucer's own apply (A4); an
     * edit to it is read again, as any stylesheet of the folder.
     */
    @Test
    void theTemplatesOwnDefaultsReplaceFlyingSaucersAndAreReadAgainWhenEdited(@TempDir Path templates) throws Exception {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body><p>x</p></body></html>";
        Path none = out.resolve("none.pdf");
        new FlyingSaucerPdf().write(none, xhtml, templates, "page.ftlx", java.util.Map.of());
        assertEquals(210, widthInMm(none), "Flying Saucer's defaults: A4");
        assertEquals(List.of(100L, 150L), widthsAroundAnEdit(xhtml, templates.resolve(FlyingSaucerPdf.DEFAULTS),
                "html, body, p { display: block } @page { size: 100mm 100mm; }",
                "html, body, p { display: block } @page { size: 150mm 100mm; }"));
    }

    /**
     * The page widths, in mm, of {@code xhtml} made with {@code stylesheet} holding {@code css}, then
     * again, on the same thread, after it is edited to {@code edited} (its time of change moved on, as
     * a designer's save moves it).
     */
    private List<Long> widthsAroundAnEdit(String xhtml, Path stylesheet, String css, String edited) throws IOException {
        FlyingSaucerPdf pdf = new FlyingSaucerPdf();
        Path templates = stylesheet.getParent();
        java.nio.file.Files.writeString(stylesheet, css);
        Path first = out.resolve("first.pdf");
        pdf.write(first, xhtml, templates, "page.ftlx", java.util.Map.of());
        java.nio.file.Files.writeString(stylesheet, edited);
        java.nio.file.Files.setLastModifiedTime(stylesheet, java.nio.file.attribute.FileTime.fromMillis(
                java.nio.file.Files.getLastModifiedTime(stylesheet).toMillis() + 2_000));
        Path second = out.resolve("second.pdf");
        pdf.write(second, xhtml, templates, "page.ftlx", java.util.Map.of());
        return List.of(widthInMm(first), widthInMm(second));
    }

    /**
     * A template that names a family the brief does not have (a standard PDF font, a generic one)
     * still gets the brief's embedded faces: a font the file does not hold would break PDF/A and
     * look different on every reader's machine.
     */
    @Test
    void aFamilyTheBriefLacksIsDrawnInTheBriefsEmbeddedFaces(@TempDir Path templates) throws Exception {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body>"
                + "<p style=\"font-family: Courier\">Courier</p><p style=\"font-family: monospace\">mono</p>"
                + "<p style=\"font-family: Helvetica; font-weight: bold\">Helvetica</p>"
                + "<p style=\"font-family: serif; font-style: italic\">serif</p><p>default</p></body></html>";
        Path file = out.resolve("families.pdf");
        new FlyingSaucerPdf().write(file, xhtml, templates, "families.ftlx", java.util.Map.of());
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            List<PDFont> fonts = new ArrayList<>();
            collect(doc.getPage(0).getResources(), new ArrayList<>(), fonts);
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded() && font.getName().contains("+NotoSans"), "an embedded brief face: " + font.getName());
            }
            assertEquals("Courier\nmono\nHelvetica\nserif\ndefault", new org.apache.pdfbox.text.PDFTextStripper().getText(doc).strip());
        }
    }

    private static long widthInMm(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return Math.round(doc.getPage(0).getMediaBox().getWidth() / 72 * 25.4);
        }
    }

    /** The bulk command shares one renderer between threads: what each thread writes is whole and right. */
    @Test
    void threadsSharingOneWriterEachGetTheirOwnCompleteBrief() throws Exception {
        CountryBriefPdf briefs = new CountryBriefPdf(new BriefTemplates(Path.of("templates")), new FlyingSaucerPdf(),
                Clock.fixed(java.time.Instant.parse("2026-11-23T10:00:00Z"), java.time.ZoneOffset.UTC));
        List<briefs.derive.CountryFigures> countries = List.of(BriefFixtures.norway(), BriefFixtures.largeContributor(),
                BriefFixtures.coteDIvoire(), BriefFixtures.iceland());
        java.util.Map<String, String> serial = new java.util.HashMap<>();
        for (var f : countries) {
            serial.put(f.country().iso3(), text(briefs.write(f, BriefFixtures.sources(), BriefFixtures.parityTargets(),
                    out.resolve("serial"))));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> jobs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                var f = countries.get(i % countries.size());
                Path dir = out.resolve("parallel-" + i);
                jobs.add(pool.submit(() -> text(briefs.write(f, BriefFixtures.sources(), BriefFixtures.parityTargets(), dir))));
            }
            for (int i = 0; i < jobs.size(); i++) {
                assertEquals(serial.get(countries.get(i % countries.size()).country().iso3()), jobs.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    @Test
    void aDocumentThatFailsHalfWayLeavesTheThreadsParserReadyForTheNext() {
        FlyingSaucerPdf pdf = new FlyingSaucerPdf();
        String good = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>One</p></body></html>";
        briefs.model.BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(briefs.model.BadInputException.class,
                () -> pdf.parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>One</body></html>", "broken.ftlx"));
        assertEquals("output line 1, column 58", e.problems().getFirst().location()); // where </body> should have been </p>
        for (int i = 0; i < 2; i++) {
            org.w3c.dom.Document doc = pdf.parse(good, "good.ftlx");
            assertEquals("One", doc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "p").item(0).getTextContent());
        }
    }

    /**
     * A glyph missing from the font is silently dropped from the page, so check the names up front,
     * in the Latin cut every brief of the UN's data is made with.
     */
    @Test
    void theFontHasEveryCharacterOfEveryCountryName() throws Exception {
        List<BaseFont> faces = new ArrayList<>();
        for (Typeface face : List.of(Typeface.REGULAR, Typeface.BOLD)) {
            faces.add(BaseFont.createFont(face.resource(Typeface.Cover.LATIN), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    BaseFont.CACHED, face.bytes(Typeface.Cover.LATIN), null));
        }
        List<String> missing = new ArrayList<>();
        for (Country c : BundledData.data().countries()) {
            for (String name : List.of(c.name(), c.officialName() == null ? "" : c.officialName())) {
                name.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(cp -> {
                    for (BaseFont f : faces) {
                        if (!f.charExists(cp)) {
                            missing.add(c.iso3() + " U+" + Integer.toHexString(cp));
                        }
                    }
                });
            }
        }
        assertEquals(List.of(), missing);
    }

    private static int collect(PDResources resources, List<PDXObject> images, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return 0;
        }
        int forms = 0;
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                images.add(x);
            } else if (x instanceof PDFormXObject form) {
                forms++;
                forms += collect(form.getResources(), images, fonts);
            }
        }
        return forms;
    }
}
