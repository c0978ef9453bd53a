package briefs.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.CountryFigures;
import briefs.render.BriefFixtures;
import briefs.render.BriefTemplates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Renders the fixture countries with the bundled templates and reads the PDFs back with PDFBox. */
class CountryBriefPdfTest {
    static CountryBriefPdf briefs;
    @TempDir
    static Path out;

    @BeforeAll
    static void setUp() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        briefs = new CountryBriefPdf(new BriefTemplates(Path.of("templates")), new FlyingSaucerPdf(), clock);
    }

    static Stream<CountryFigures> countries() {
        return Stream.of(BriefFixtures.norway(), BriefFixtures.iceland(), BriefFixtures.coteDIvoire(),
                BriefFixtures.largeContributor());
    }

    @ParameterizedTest
    @MethodSource("countries")
    void writesTwoToFourPagesNamedForTheCountryAndMonth(CountryFigures figures) throws IOException {
        Path pdf = briefs.write(figures, BriefFixtures.sources(), BriefFixtures.parityTargets(), out);
        assertEquals(figures.country().iso3() + "-brief-" + figures.month() + ".pdf", pdf.getFileName().toString());
        String dump = System.getProperty("briefs.dump");
        if (dump != null) {
            Files.copy(pdf, Path.of(dump).resolve(pdf.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 2 && pages <= 4, "pages: " + pages);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Page 1 of " + pages), text);
            assertTrue(text.contains(figures.country().name()), "country name with its accents");
        }
    }
}
