package briefs.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.BundledData;
import briefs.derive.SetFigures;
import briefs.derive.SetOverview;
import briefs.derive.CountryFigures;
import briefs.render.BriefTemplates;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
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

    /** The output intent holds the JDK's sRGB profile, deflated once for the process, whole and with its colour space. */
    @Test
    void outputIntentIsTheJdksSrgbProfile() throws IOException {
        SetFigures data = BundledData.contributors();
        CountryFigures f = data.figures("NOR", data.latestMonth());
        Path brief = new CountryBriefPdf(templates, pdf, CLOCK).write(f, data.dataSet(), out);
        try (PDDocument doc = Loader.loadPDF(brief.toFile())) {
            List<PDOutputIntent> intents = doc.getDocumentCatalog().getOutputIntents();
            assertEquals(1, intents.size());
            PDOutputIntent intent = intents.get(0);
            assertEquals("GTS_PDFA1", intent.getCOSObject().getNameAsString(COSName.S));
            assertEquals("sRGB IEC61966-2.1", intent.getOutputConditionIdentifier());
            COSStream profile = intent.getDestOutputIntent();
            assertEquals(3, profile.getInt(COSName.N));
            assertEquals(COSName.DEVICERGB, profile.getCOSName(COSName.ALTERNATE));
            try (InputStream in = profile.createInputStream()) {
                assertArrayEquals(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData(), in.readAllBytes());
            }
        }
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
