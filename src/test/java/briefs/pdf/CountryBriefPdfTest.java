package briefs.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.BundledData;
import briefs.derive.SetFigures;
import briefs.derive.CountryFigures;
import briefs.render.BriefFixtures;
import briefs.render.BriefTemplates;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders briefs with the bundled templates, reads the PDFs back with PDFBox and checks what a
 * reader sees against the figures they were made from. One suite over very different countries:
 * hand-made fixtures, and the bundled data's largest contributor, a country with no personnel,
 * a name with accents, a month without gender split and one without operation breakdown.
 */
class CountryBriefPdfTest {
    static CountryBriefPdf briefs;
    @TempDir
    static Path out;

    @BeforeAll
    static void setUp() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        briefs = new CountryBriefPdf(new BriefTemplates(Path.of("templates")), new FlyingSaucerPdf(), clock);
    }

    static Stream<Arguments> countries() {
        SetFigures data = BundledData.contributors();
        YearMonth latest = data.latestMonth();
        return Stream.of(
                Arguments.of("fixture Norway", BriefFixtures.norway()),
                Arguments.of("fixture Iceland, nobody deployed", BriefFixtures.iceland()),
                Arguments.of("fixture Côte d’Ivoire, no gender or operations", BriefFixtures.coteDIvoire()),
                Arguments.of("fixture large contributor", BriefFixtures.largeContributor()),
                Arguments.of("NOR latest", data.figures("NOR", latest)),
                Arguments.of("NOR 2022-12", data.figures("NOR", YearMonth.of(2022, 12))),
                Arguments.of("CIV latest", data.figures("CIV", latest)),
                Arguments.of("ISL latest", data.figures("ISL", latest)),
                Arguments.of("NPL latest", data.figures("NPL", latest)),
                // Fifteen operations: the compact layout ran onto a third page, the tight one fits.
                Arguments.of("NPL 2023-08, the tight layout", data.figures("NPL", YearMonth.of(2023, 8))),
                Arguments.of("NPL 2024-01, the tight layout", data.figures("NPL", YearMonth.of(2024, 1))),
                Arguments.of("GBR latest, long name", data.figures("GBR", latest)),
                Arguments.of("IND 2020-08, no gender split", data.figures("IND", YearMonth.of(2020, 8))),
                Arguments.of("BGD 2018-05, no operation breakdown", data.figures("BGD", YearMonth.of(2018, 5))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("countries")
    void briefShowsTheFiguresItWasMadeFrom(String label, CountryFigures f) throws IOException {
        Path pdf = briefs.write(f, BundledData.contributors().dataSet().sources(),
                BundledData.contributors().dataSet().parityTargets(), out);
        assertEquals(f.country().iso3() + "-brief-" + f.month() + ".pdf", pdf.getFileName().toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertEquals(CountryBriefPdf.PAGES, pages, "two pages");
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Page 1 of " + pages), "footer 'Page 1 of N'");
            assertTrue(text.contains(f.country().name()), "country name exactly, accents included: " + f.country().name());

            assertFigure(text, count(f.total()) + "\\s+uniformed personnel deployed");
            if (f.total() >= 10 && f.women() != null) {
                assertFigure(text, count(f.women()) + " \\(" + pct(f.womenShare()) + "\\)\\s+women among them");
            } else if (f.total() > 0 && f.women() != null) {
                assertFigure(text, f.women() + " of " + f.total() + "\\s+women among them");
            }
            if (f.rank() != null) {
                assertFigure(text, f.rank() + "(st|nd|rd|th)\\s+largest contributor, of " + f.contributors() + " countries");
            }
            if (f.operationCount() != null) {
                assertFigure(text, count(f.operationCount()) + "\\s+operations? with its personnel");
            }
            assertFigure(text, count(f.fatalities().uniformed()) + "( \\+ " + count(f.fatalities().civilian())
                    + " civilian staff)?\\s+uniformed nationals? lost");

            String info = doc.getDocumentInformation().getTitle();
            assertTrue(info.contains(f.country().name()), "document title: " + info);
            assertFalse(doc.getDocumentInformation().getSubject().isBlank());
            assertFalse(doc.getDocumentInformation().getKeywords().isBlank());
            assertFalse(doc.getDocumentInformation().getAuthor().isBlank());
            List<String> bookmarks = bookmarks(doc);
            assertTrue(bookmarks.containsAll(List.of("Key figures", "Talking points", "Charts", "Deployments",
                    "Women, Peace and Security", "Fatalities", "Sources and notes")), "bookmarks: " + bookmarks);

            if (f.total() > 0) {
                PDFTextStripper byPosition = new PDFTextStripper();
                byPosition.setSortByPosition(true);
                Matcher total = Pattern.compile("(?m)^Total, end of \\S+ \\d{4}((?: [\\d,–]+)+)$").matcher(byPosition.getText(doc));
                assertTrue(total.find(), "deployments table has a total row");
                String[] cells = total.group(1).strip().split(" ");
                assertEquals(count(f.total()), cells[cells.length - 1], "total row equals the key figure");
            } else {
                assertTrue(text.contains("no uniformed personnel"), "a sentence instead of an empty table");
            }
        }
    }

    @Test
    void noPersonnelBriefSaysSoInsteadOfDrawingEmptyCharts() throws IOException {
        Path pdf = briefs.write(BriefFixtures.iceland(), BriefFixtures.sources(), BriefFixtures.parityTargets(), out);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Iceland had no uniformed personnel in UN peace operations at the end of March 2025"));
            assertTrue(text.contains("No National Action Plan on Women, Peace and Security is recorded in the data for Iceland"));
            assertTrue(text.contains("records no nationals of Iceland"));
            assertFalse(text.contains("no plan."), "never 'no plan', only 'no plan recorded'");
        }
    }

    private static void assertFigure(String text, String regex) {
        assertTrue(Pattern.compile(regex).matcher(text).find(), "key figure /" + regex + "/ in:\n" + text);
    }

    private static String count(int n) {
        return String.format(Locale.UK, "%,d", n);
    }

    private static String pct(double share) {
        return Pattern.quote(String.format(Locale.UK, "%.1f%%", share * 100));
    }

    private static List<String> bookmarks(PDDocument doc) {
        List<String> titles = new java.util.ArrayList<>();
        for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
            titles.add(item.getTitle());
            item.children().forEach(child -> titles.add(child.getTitle()));
        }
        return titles;
    }
}
