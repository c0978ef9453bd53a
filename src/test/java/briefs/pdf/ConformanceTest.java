package briefs.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.BundledData;
import briefs.derive.SetFigures;
import briefs.derive.SetOverview;
import briefs.derive.CountryFigures;
import briefs.render.BriefTemplates;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The briefs and the overview are accessible (PDF/UA-1) and archival (PDF/A-2a), as veraPDF
 * judges them: any failed rule fails the test, and every failed rule is printed.
 */
class ConformanceTest {
    static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    static FlyingSaucerPdf pdf;
    static BriefTemplates templates;
    @TempDir
    static Path out;

    @BeforeAll
    static void setUp() {
        pdf = new FlyingSaucerPdf();
        templates = templates();
    }

    static BriefTemplates templates() {
        return new BriefTemplates(Path.of("templates"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NOR", "CIV", "ISL", "NPL"})
    void briefConforms(String iso3) throws IOException {
        SetFigures data = BundledData.contributors();
        CountryFigures f = data.figures(iso3, data.latestMonth());
        Path brief = new CountryBriefPdf(templates, pdf, CLOCK).write(f, data.dataSet(), out);
        assertConforms(brief);
    }

    @Test
    void overviewConforms() throws IOException {
        SetFigures data = BundledData.contributors();
        YearMonth month = data.latestMonth();
        List<CountryFigures> members = BundledData.members(month);
        Path overview = new OverviewPdf(templates, pdf, CLOCK).write(SetOverview.of(members), List.of(),
                data.dataSet(), out);
        assertConforms(overview);
    }

    static void assertConforms(Path file) throws IOException {
        List<String> failed = new ArrayList<>();
        for (PDFAFlavour flavour : FLAVOURS) {
            failed.addAll(Conformance.failures(file, flavour));
        }
        failed.forEach(System.out::println);
        assertTrue(failed.isEmpty(), file.getFileName() + " fails " + failed.size() + " rules:\n"
                + String.join("\n", failed));
    }
}
