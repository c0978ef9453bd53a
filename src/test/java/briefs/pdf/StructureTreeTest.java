package briefs.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.BundledData;
import briefs.derive.SetFigures;
import briefs.derive.CountryFigures;
import briefs.render.BriefChartText;
import briefs.render.BriefCharts;
import briefs.render.BriefFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The structure tree of a brief, read back with PDFBox as a screen reader walks it: headings
 * in the template's order, charts as Figures whose alternative text is the sentence made from
 * the country's figures, and the text of the brief in reading order without page furniture.
 */
class StructureTreeTest {
    @TempDir
    static Path out;
    static CountryFigures nor;
    static Path brief;

    @BeforeAll
    static void write() throws IOException {
        SetFigures data = BundledData.contributors();
        nor = data.figures("NOR", data.latestMonth());
        brief = new CountryBriefPdf(ConformanceTest.templates(), new FlyingSaucerPdf(), ConformanceTest.CLOCK)
                .write(nor, data.dataSet(), out);
    }

    @Test
    void headingsComeInTheTemplatesOrder() throws IOException {
        List<String> headings = nodes().stream().filter(n -> n.type().matches("H[1-6]"))
                .map(n -> n.type() + " " + n.text().strip()).toList();
        assertEquals(List.of("H1 Norway", "H2 Key figures", "H2 Talking points",
                "H3 Personnel by type, men and women", "H3 Women's share against the parity targets"),
                headings.subList(0, 5), String.join("\n", headings));
        assertEquals(List.of("H2 Key figures", "H2 Talking points", "H2 Deployments", "H2 Women, Peace and Security",
                "H2 Fatalities"), headings.stream().filter(h -> h.startsWith("H2")).toList(), "the sections, in order");
    }

    @Test
    void everyChartIsAFigureDescribedByItsData() throws IOException {
        List<String> alts = nodes().stream().filter(n -> n.type().equals("Figure")).map(StructureText.Node::alt)
                .toList();
        var charts = new BriefCharts(new BriefFormat()).of(nor).keySet();
        List<String> expected = new ArrayList<>(new BriefChartText(new BriefFormat()).of(nor, charts).values());
        assertEquals(expected, alts);
        assertTrue(alts.getFirst().startsWith("Bar chart of personnel by type, men and women: "), alts.getFirst());
        // The chart's own labels (legend, values "15 (2 women)") are inside the Figure, which a
        // reader replaces by its /Alt: no other element holds them.
        String text = nodes().stream().filter(n -> !n.type().equals("Figure")).map(StructureText.Node::text)
                .collect(Collectors.joining(" "));
        assertFalse(text.matches("(?s).*\\d+ \\(\\d+ wom[ae]n\\).*"), "chart labels are not read twice");
        String figures = nodes().stream().filter(n -> n.type().equals("Figure")).map(StructureText.Node::text)
                .collect(Collectors.joining(" "));
        assertTrue(figures.matches("(?s).*\\d+ \\(\\d+ wom[ae]n\\).*"), "the labels are the Figure's: " + figures);
    }

    @Test
    void textInStructureOrderReadsLikeTheBrief() throws IOException {
        String text = nodes().stream().filter(n -> !n.type().equals("Figure")).map(StructureText.Node::text)
                .filter(t -> !t.isBlank()).collect(Collectors.joining("\n"));
        assertTrue(text.startsWith("Norway\nCountry brief: UN peacekeeping and Women, Peace and Security"), text);
        assertFalse(text.contains("Page 1 of"), "page numbers are artifacts");
        assertFalse(text.contains("made 30 November") || text.contains("· Country brief"),
                "running header and footer are artifacts");
        List<Integer> at = List.of("Key figures", "Talking points", "Deployments", "Fatalities").stream()
                .map(h -> text.indexOf("\n" + h + "\n")).toList();
        assertTrue(at.get(0) > 0 && at.equals(at.stream().sorted().toList()), "headings on their own lines, in order: "
                + at);
        try (PDDocument doc = Loader.loadPDF(brief.toFile())) {
            assertEquals("en-GB", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked());
        }
    }

    private static List<StructureText.Node> nodes() throws IOException {
        try (PDDocument doc = Loader.loadPDF(brief.toFile())) {
            return StructureText.read(doc);
        }
    }
}
