package briefs.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.BundledData;
import briefs.derive.SetOverview;
import briefs.render.BriefTemplates;
import briefs.render.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The overview of a set in French and Spanish, as {@code all --lang fr} or {@code es} writes it:
 * July 2025's UN member states (a split by gender) and August 2020's (none), read back. Its name
 * carries the language, its pages the language's words, names, numbers and dates, and no English
 * word outside the sources' own titles.
 */
class OverviewLanguagesTest {
    /** Made on 1 April 2026: French writes the first of a month "1er avril". */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T10:00:00Z"), ZoneOffset.UTC);
    private static final BriefTemplates TEMPLATES = new BriefTemplates(Path.of("templates"));
    private static final OverviewPdf OVERVIEWS = new OverviewPdf(TEMPLATES, new FlyingSaucerPdf(), CLOCK);

    @TempDir
    static Path out;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "fr | 2025-07 | overview-2025-07-fr.pdf | Vue d’ensemble des notes de pays | 1er avril 2026 | Page 1 sur 2 | Népal | Objectif atteint",
        "fr | 2020-08 | overview-2020-08-fr.pdf | ne ventile pas les effectifs par sexe | 1er avril 2026 | Page 1 sur | Pakistan | Sans ventilation par sexe",
        "es | 2025-07 | overview-2025-07-es.pdf | Panorama general de las notas de país | 1 de abril de 2026 | Página 1 de 2 | Nepal | Alcanzan la meta",
        "es | 2020-08 | overview-2020-08-es.pdf | no desglosa por sexo | 1 de abril de 2026 | Página 1 de | Etiopía | Sin desglose por sexo",
    })
    void isInTheLanguageThroughout(String code, String month, String file, String says, String made, String page,
                                   String largest, String chartWord) throws IOException {
        Language lang = TEMPLATES.language(code);
        Path pdf = OVERVIEWS.write(SetOverview.of(BundledData.members(YearMonth.parse(month))), List.of("XYZ"),
                BundledData.contributors().dataSet(), out, lang);
        assertEquals(file, pdf.getFileName().toString());
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() <= 2, file + ": " + doc.getNumberOfPages() + " pages");
            text = new PDFTextStripper().getText(doc).replace('\n', ' ').replace('\r', ' ');
            assertEquals(code.equals("fr") ? "fr-FR" : "es-ES", doc.getDocumentCatalog().getLanguage(), file);
            text += " " + alternativeTexts(doc);
        }
        for (String expected : List.of(says, made, page, largest, chartWord,
                code.equals("fr") ? "Absents de cet ensemble" : "No figuran en este conjunto")) {
            assertTrue(text.contains(expected), file + " should say \"" + expected + "\":\n" + text);
        }
        assertTrue(!Pattern.compile("\\d\\.\\d%").matcher(text).find(), file + ": an English share (10.2%)");
        String own = withoutSources(code, text);
        if (code.equals("fr")) { // a space before a semicolon and a colon, in lists and labels too
            assertEquals(null, BriefLanguagesTest.unspacedPunctuation(own), file + ": no space before a semicolon or colon");
        }
        assertEquals(List.of(), BriefLanguagesTest.englishWords(own), file + " has English words:\n" + own);
    }

    /** A set of two countries: the charts' descriptions count them in figures, never in English words. */
    @ParameterizedTest
    @CsvSource({"fr, Graphique en barres des 2 principaux pays fournisseurs", "es, Gráfico de barras de los 2 principales países"})
    void aSmallSetsChartsAreDescribedInTheLanguage(String code, String says) throws IOException {
        Language lang = TEMPLATES.language(code);
        YearMonth july = YearMonth.of(2025, 7);
        Path pdf = OVERVIEWS.write(SetOverview.of(List.of(BundledData.contributors().figures("SEN", july),
                BundledData.contributors().figures("URY", july))), List.of(), BundledData.contributors().dataSet(),
                out.resolve(code), lang);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String alt = alternativeTexts(doc);
            assertTrue(alt.contains(says), alt);
            assertEquals(List.of(), BriefLanguagesTest.englishWords(alt), "English in the charts' descriptions:\n" + alt);
        }
    }

    /** Every alternative text of the tagged PDF (the charts' descriptions), one after the other. */
    private static String alternativeTexts(PDDocument doc) throws IOException {
        StringBuilder alt = new StringBuilder();
        for (StructureText.Node n : StructureText.read(doc)) {
            if (n.alt() != null) {
                alt.append(n.alt()).append(' ');
            }
        }
        return alt.toString();
    }

    /** The text without the list of sources, whose titles keep their original language. */
    private static String withoutSources(String code, String text) {
        String from = code.equals("fr") ? "Sources et notes" : "Fuentes y notas";
        String to = code.equals("fr") ? "Les rangs sont établis" : "Las posiciones se calculan";
        int a = text.lastIndexOf(from);
        int b = a < 0 ? -1 : text.indexOf(to, a);
        return a < 0 || b < 0 ? text : text.substring(0, a) + text.substring(b);
    }
}
