package briefs.produce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import briefs.derive.SetFigures;
import briefs.derive.CountryFigures;
import briefs.model.Country;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards the English output against unseen change, above all by work on speed: every country's
 * brief and annex, made as {@code briefs all} makes them (the same outputs on two workers, a
 * fixed clock), read back as a reader gets them (the brief's text through PDFBox; every cell of
 * every sheet of the annex, and the titles and data ranges of its charts) and compared, part by
 * part, with the digests in {@code src/test/resources/briefs/output-digests.tsv}.
 *
 * <p>A change meant to alter the output (new wording, new data, a new sheet) records new digests:
 * <pre>mvn -B -ntp -q test -Dtest=OutputTextTest -Dbriefs.outputDigests=record</pre>
 * Either way the texts are left in {@code target/output-text/} (one file per part), so that a
 * difference can be read with {@code diff -r} against the folder made on the commit before.
 */
class OutputTextTest {
    private static final Path EXPECTED = Path.of("src/test/resources/briefs/output-digests.tsv");
    private static final Path TEXTS = buildDir().resolve("output-text");

    @TempDir
    Path out;

    @Test
    void everyBriefAndAnnexReadsAsRecorded() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        Session session = Session.open(new Folders(Path.of("data"), Path.of("templates"), out), clock);
        SetFigures contributors = session.contributors();
        YearMonth month = contributors.latestMonth();
        List<CountryFigures> every = new ArrayList<>();
        for (Country c : contributors.countries()) {
            every.add(contributors.figures(c.iso3(), month));
        }
        CountryOutputs outputs = session.outputs(CountryOutputs.Parts.BRIEF_AND_ANNEX);
        WorkerPool.Result result = new WorkerPool(outputs, contributors.dataSet(), out, 2).run(every, iso3 -> { });
        assertTrue(result.failed().isEmpty(), "failed: " + result.failed());

        Map<String, String> texts = new TreeMap<>();
        for (CountryOutputs.Written w : result.written()) {
            String iso3 = w.figures().country().iso3();
            texts.put(iso3 + "\tbrief", briefText(w.brief()));
            annexTexts(w.annex()).forEach((part, text) -> texts.put(iso3 + "\tannex:" + part, text));
        }
        Map<String, String> actual = new TreeMap<>();
        texts.forEach((part, text) -> actual.put(part, sha256(text)));
        keepTexts(texts);

        if ("record".equals(System.getProperty("briefs.outputDigests"))) {
            record(actual, month);
            return;
        }
        if (!Files.exists(EXPECTED)) {
            fail("no " + EXPECTED + ": record it with -Dbriefs.outputDigests=record");
        }
        Map<String, String> expected = read();
        List<String> changed = new ArrayList<>();
        expected.forEach((part, digest) -> {
            if (!digest.equals(actual.get(part))) {
                changed.add(part.replace('\t', ' ') + (actual.containsKey(part) ? " changed" : " missing"));
            }
        });
        actual.keySet().stream().filter(p -> !expected.containsKey(p)).forEach(p -> changed.add(p.replace('\t', ' ') + " new"));
        assertEquals(List.of(), changed, changed.size() + " parts differ from " + EXPECTED + "; their text is in "
                + TEXTS + " (diff it against the folder of the commit before; record new digests only when the "
                + "change is meant)");
    }

    /** The brief's text in reading order by position, so that drawing order alone changes nothing. */
    private static String briefText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return "pages: " + doc.getNumberOfPages() + "\n" + stripper.getText(doc);
        }
    }

    /** Per sheet: every cell (its reference, type and value) and every chart's title and series ranges. */
    private static Map<String, String> annexTexts(Path xlsx) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                StringBuilder text = new StringBuilder();
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell.getAddress()).append(' ').append(value(cell)).append('\n');
                    }
                }
                XSSFDrawing drawing = ((XSSFSheet) sheet).getDrawingPatriarch();
                if (drawing != null) {
                    for (XSSFChart chart : drawing.getCharts()) {
                        text.append(chartText(chart));
                    }
                }
                parts.put(sheet.getSheetName(), text.toString());
            }
        }
        return parts;
    }

    private static String value(Cell cell) {
        return switch (cell.getCellType()) {
            case NUMERIC -> "n " + cell.getNumericCellValue();
            case STRING -> "s " + cell.getStringCellValue();
            case BOOLEAN -> "b " + cell.getBooleanCellValue();
            case FORMULA -> "f " + cell.getCellFormula();
            case BLANK -> "blank";
            default -> cell.getCellType().toString();
        };
    }

    /**
     * The chart's words and data as its XML holds them, in document order: titles and labels
     * ({@code a:t}), cell ranges ({@code c:f}) and cached values ({@code c:v}). How the XML is
     * written (prefixes, order of attributes, styling) is left out.
     */
    private static String chartText(XSSFChart chart) {
        StringBuilder text = new StringBuilder("chart\n");
        try (XmlCursor cursor = chart.getCTChartSpace().newCursor()) {
            for (XmlCursor.TokenType token = cursor.toNextToken(); token != XmlCursor.TokenType.NONE
                    && token != XmlCursor.TokenType.ENDDOC; token = cursor.toNextToken()) {
                if (token == XmlCursor.TokenType.START) {
                    String name = cursor.getName().getLocalPart();
                    if (name.equals("t") || name.equals("f") || name.equals("v")) {
                        text.append("  ").append(name).append(' ').append(cursor.getTextValue()).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    private static void keepTexts(Map<String, String> texts) throws IOException {
        Files.createDirectories(TEXTS);
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String name = e.getKey().replace("\tannex:", "-annex-").replace('\t', '-').replaceAll("[^A-Za-z0-9._-]", "_");
            Files.writeString(TEXTS.resolve(name + ".txt"), e.getValue());
        }
    }

    private static void record(Map<String, String> digests, YearMonth month) throws IOException {
        StringBuilder file = new StringBuilder("# SHA-256 of the text of every English brief and annex part (data month ")
                .append(month).append("), checked by OutputTextTest; record again with\n")
                .append("# mvn -B -ntp -q test -Dtest=OutputTextTest -Dbriefs.outputDigests=record\n");
        digests.forEach((part, digest) -> file.append(part).append('\t').append(digest).append('\n'));
        Files.writeString(EXPECTED, file);
    }

    private static Map<String, String> read() throws IOException {
        Map<String, String> digests = new TreeMap<>();
        for (String line : Files.readAllLines(EXPECTED)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int last = line.lastIndexOf('\t');
                digests.put(line.substring(0, last), line.substring(last + 1));
            }
        }
        return digests;
    }

    /** The build folder ({@code target}, or the one given with -Dbuild.dir): where the test classes are. */
    private static Path buildDir() {
        try {
            return Path.of(OutputTextTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Path.of("target");
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
