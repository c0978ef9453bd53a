package briefs.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import briefs.derive.CountryFigures;
import briefs.derive.SetFigures;
import briefs.derive.SetOverview;
import briefs.load.DataDirectory;
import briefs.render.BriefTemplates;
import briefs.render.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every workbook part as POI's XSSF reader gets it back ({@link WorkbookReading}: sheets, cells,
 * styles, widths, panes, filters, names, properties, chart series, ranges and caches), compared
 * line by line with what the XSSF/SXSSF writer made before the annex was written as OOXML parts
 * ({@code src/test/resources/briefs/annex/read-back/}): the fixtures, annexes of the bundled data
 * in English, French and Spanish (largest contributor, nobody deployed, one person), and an index.
 *
 * <p>What a run reads back is left in {@code target/read-back/}, to diff with the recorded files.
 * A change meant to alter the workbooks records the files again:
 * <pre>mvn -B -ntp -q test -Dtest=WorkbookReadBackTest -Dbriefs.readBack=record</pre>
 */
class WorkbookReadBackTest {
    private static final Path RECORDED = Path.of("src/test/resources/briefs/annex/read-back");
    /** What this run read back, to diff against the recorded files. */
    private static final Path READ = Path.of("target/read-back");
    private static final YearMonth MONTH = YearMonth.of(2025, 7);
    private static final BriefTemplates TEMPLATES = new BriefTemplates(Path.of("templates"));
    private static SetFigures data;

    @TempDir
    static Path out;

    @BeforeAll
    static void load() {
        data = SetFigures.of(DataDirectory.load(Path.of("data")));
    }

    /** Label, then how to write the workbook. */
    static Stream<Arguments> workbooks() {
        List<Arguments> all = new ArrayList<>();
        for (PoiAnnexFixtures.Case c : PoiAnnexFixtures.all()) {
            all.add(Arguments.of("fixture-" + c.label().replace(' ', '-'),
                    (Writing) o -> new PoiAnnex().writeTo(c.figures(), PoiAnnexFixtures.dataSet(), o)));
        }
        for (String[] country : new String[][]{{"NOR", "en"}, {"NPL", "en"}, {"AND", "en"}, {"BEL", "en"},
                {"FRA", "fr"}, {"BEL", "fr"}, {"URY", "es"}, {"CIV", "fr"}}) {
            all.add(Arguments.of(country[0] + "-" + country[1], (Writing) o -> {
                CountryFigures f = data.figures(country[0], MONTH);
                Language lang = TEMPLATES.language(country[1]);
                new PoiAnnex().writeTo(f, data.dataSet(), o, lang);
            }));
        }
        all.add(Arguments.of("index", (Writing) o -> {
            List<IndexWorkbook.Entry> entries = Stream.of("NPL", "NOR", "AND", "BEL", "FRA", "URY", "IND", "BGD")
                    .map(iso3 -> new IndexWorkbook.Entry(data.figures(iso3, MONTH), iso3 + "-brief.pdf", iso3 + "-annex.xlsx"))
                    .toList();
            new IndexWorkbook().writeTo(entries, SetOverview.of(entries.stream().map(IndexWorkbook.Entry::figures).toList()),
                    data.dataSet(), o);
        }));
        return all.stream();
    }

    interface Writing {
        void to(OutputStream out) throws IOException;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void readsBackAsTheXssfWriterMadeIt(String label, Writing writing) throws IOException {
        Path file = out.resolve(label + ".xlsx");
        try (OutputStream o = Files.newOutputStream(file)) {
            writing.to(o);
        }
        String actual = WorkbookReading.of(file);
        Files.createDirectories(READ);
        Files.writeString(READ.resolve(label + ".txt"), actual, StandardCharsets.UTF_8);
        Path recorded = RECORDED.resolve(label + ".txt");
        if ("record".equals(System.getProperty("briefs.readBack"))) {
            Files.createDirectories(RECORDED);
            Files.writeString(recorded, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(recorded)) {
            fail("no " + recorded + ": record it with -Dbriefs.readBack=record");
        }
        assertEquals(Files.readString(recorded, StandardCharsets.UTF_8), actual, label + " reads back otherwise");
    }
}
