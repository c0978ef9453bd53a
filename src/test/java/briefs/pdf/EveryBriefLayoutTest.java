package briefs.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.BundledData;
import briefs.derive.SetFigures;
import briefs.derive.CountryFigures;
import briefs.derive.OperationFigures;
import briefs.model.Country;
import briefs.render.BriefTemplates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every brief of the bundled data, rendered and read back as a reader's viewer does (PDFBox's
 * text layer with positions): two pages for at least nine in ten, none over three, no page empty
 * or less than a fifth filled, no line painted under the footer (hidden there, and printed again
 * on the next page), no line twice across a page break, and no table continuing on a page without
 * its header row.
 */
class EveryBriefLayoutTest {
    /** A4 and the brief's margins (templates/brief.css), in points from the top. */
    private static final float PAGE_HEIGHT = 841.89f;
    private static final float CONTENT_TOP = 17 / 25.4f * 72;
    private static final float CONTENT_BOTTOM = PAGE_HEIGHT - 15 / 25.4f * 72;

    private static final Map<String, List<PdfLines.Page>> PAGES = new ConcurrentHashMap<>();
    private static final Map<String, CountryFigures> FIGURES = new ConcurrentHashMap<>();

    @TempDir
    static Path out;

    @BeforeAll
    static void renderEveryBrief() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        CountryBriefPdf briefs = new CountryBriefPdf(new BriefTemplates(Path.of("templates")), new FlyingSaucerPdf(), clock);
        SetFigures contributors = BundledData.contributors();
        YearMonth month = contributors.latestMonth();
        List<Country> countries = contributors.countries();
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            pool.submit(() -> countries.parallelStream().forEach(c -> {
                CountryFigures f = contributors.figures(c.iso3(), month);
                try {
                    Path pdf = briefs.write(f, contributors.dataSet(), out);
                    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                        PAGES.put(c.iso3(), PdfLines.of(doc));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(c.iso3(), e);
                }
                FIGURES.put(c.iso3(), f);
            })).get();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void nineInTenBriefsAreTwoPagesAndNoneIsOverThree() {
        Map<Integer, Integer> distribution = new TreeMap<>();
        PAGES.values().forEach(p -> distribution.merge(p.size(), 1, Integer::sum));
        System.out.println("Pages per brief over " + PAGES.size() + " briefs: " + distribution);
        int two = distribution.getOrDefault(2, 0);
        assertTrue(two >= 0.9 * PAGES.size(), "two-page briefs: " + distribution);
        assertTrue(distribution.keySet().stream().allMatch(n -> n >= 2 && n <= 3), "pages: " + distribution);
        for (String largest : List.of("NPL", "IND", "BGD")) {
            assertEquals(2, PAGES.get(largest).size(), largest + " has " + PAGES.get(largest).size() + " pages");
        }
    }

    @Test
    void noPageIsEmptyOrLessThanAFifthFilled() {
        List<String> bad = new ArrayList<>();
        PAGES.forEach((iso3, pages) -> {
            for (PdfLines.Page page : pages) {
                List<PdfLines.Line> body = body(page);
                float lowest = body.stream().map(PdfLines.Line::y).max(Float::compare).orElse(CONTENT_TOP);
                float filled = (lowest - CONTENT_TOP) / (CONTENT_BOTTOM - CONTENT_TOP);
                if (filled < 0.2f) {
                    bad.add(iso3 + " page " + page.number() + ": " + Math.round(filled * 100) + "% filled");
                }
            }
        });
        assertTrue(bad.isEmpty(), bad.toString());
    }

    @Test
    void noLineIsHiddenUnderTheFooterOrPrintedTwiceAcrossAPageBreak() {
        List<String> bad = new ArrayList<>();
        PAGES.forEach((iso3, pages) -> bad.addAll(linesTwice(iso3, pages)));
        assertTrue(bad.isEmpty(), bad.size() + " problems: " + bad);
    }

    /**
     * The check above finds what it looks for: a text flowing over a page break, with the brief's
     * font and margins, has its first line of page 2 painted under page 1's footer when the line
     * height is below Noto Sans' glyph box (1.46 em), and not at the brief's 1.5.
     */
    @Test
    void aTightLineHeightPutsTheLineAfterAPageBreakAlsoUnderTheFooter(@TempDir Path dir) throws IOException {
        assertTrue(linesTwice("1.38", flowingText(dir, "1.38")).size() > 0, "the check finds the fault");
        assertEquals(List.of(), linesTwice("1.5", flowingText(dir, "1.5")));
    }

    private static List<PdfLines.Page> flowingText(Path dir, String lineHeight) throws IOException {
        StringBuilder xhtml = new StringBuilder("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>"
                + "@page { size: A4; margin: 17mm 16mm 15mm 16mm; @bottom-left { content: \"Page \" counter(page) \" of \" counter(pages); } }"
                + " * { font-family: \"Noto Sans\"; } body { font-size: 9pt; line-height: " + lineHeight + "; }"
                + "</style></head><body>");
        for (int i = 1; i <= 150; i++) {
            xhtml.append("<p style=\"margin: 0\">Line ").append(i).append(" of a text that runs over a page break</p>");
        }
        Path pdf = dir.resolve("flow-" + lineHeight + ".pdf");
        new FlyingSaucerPdf().write(pdf, xhtml.append("</body></html>").toString(), dir, "flow", Map.of());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return PdfLines.of(doc);
        }
    }

    /** Lines painted below the content area (under the footer), and lines repeated across a page break. */
    private static List<String> linesTwice(String name, List<PdfLines.Page> pages) {
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            for (PdfLines.Line line : body(pages.get(i))) {
                if (line.y() > CONTENT_BOTTOM + 1) {
                    bad.add(name + " page " + (i + 1) + ": \"" + line.text() + "\" under the footer");
                }
            }
            if (i + 1 < pages.size()) {
                List<PdfLines.Line> before = body(pages.get(i));
                List<PdfLines.Line> after = body(pages.get(i + 1));
                String last = before.getLast().text();
                if (after.stream().limit(3).anyMatch(l -> l.text().equals(last))) {
                    bad.add(name + " pages " + (i + 1) + "-" + (i + 2) + ": \"" + last + "\" twice");
                }
            }
        }
        return bad;
    }

    @Test
    void aTableContinuedOnAPageRepeatsItsHeaderRow() {
        Pattern planRow = Pattern.compile("^(\\d+(st|nd|rd|th)|–|Strategy) (\\d{4}|not in)");
        List<String> bad = new ArrayList<>();
        PAGES.forEach((iso3, pages) -> {
            List<String> acronyms = FIGURES.get(iso3).byOperation().stream().map(OperationFigures::acronym).toList();
            for (PdfLines.Page page : pages) {
                List<String> lines = body(page).stream().map(PdfLines.Line::text).toList();
                boolean deploymentRow = lines.stream().anyMatch(l -> acronyms.stream()
                        .anyMatch(a -> l.matches(Pattern.quote(a) + " .*\\d+ \\d+$")));
                if (deploymentRow && lines.stream().noneMatch(l -> l.startsWith("Operation Troops"))) {
                    bad.add(iso3 + " page " + page.number() + ": deployments without their header");
                }
                boolean plan = lines.stream().anyMatch(l -> planRow.matcher(l).find());
                if (plan && lines.stream().noneMatch(l -> l.startsWith("Plan Years Title Source"))) {
                    bad.add(iso3 + " page " + page.number() + ": plans without their header");
                }
            }
        });
        assertTrue(bad.isEmpty(), bad.toString());
    }

    /** A page's lines less the running header (the first line) and the footer ("Page X of Y"). */
    private static List<PdfLines.Line> body(PdfLines.Page page) {
        return page.lines().stream()
                .filter(l -> !l.text().contains(" · Country brief: UN peacekeeping"))
                .filter(l -> !l.text().contains("Page " + page.number() + " of "))
                .filter(l -> !l.text().startsWith("Data as of ") || l.y() < CONTENT_BOTTOM)
                .toList();
    }
}
