package briefs.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.SetFigures;
import briefs.derive.CountryFigures;
import briefs.load.DataDirectory;
import briefs.render.BriefTemplates;
import briefs.render.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * French and Spanish annexes of the bundled data, reopened with POI: sheet names, headers and
 * notes in the language, the same figures as the English annex, the language in the file name.
 */
class PoiAnnexLanguagesTest {
    private static final BriefTemplates TEMPLATES = new BriefTemplates(Path.of("templates"));
    private static SetFigures contributors;
    private static YearMonth month;

    @TempDir
    static Path out;

    @BeforeAll
    static void load() {
        contributors = SetFigures.of(DataDirectory.load(Path.of("data")));
        month = YearMonth.of(2025, 7);
    }

    @ParameterizedTest
    @CsvSource({
        "fr, SEN, Synthèse, Personnel en tenue déployé, Sénégal, Contingents militaires",
        "fr, CIV, Synthèse, Personnel en tenue déployé, Côte d’Ivoire, Contingents militaires",
        "es, URY, Resumen, Personal uniformado desplegado, Uruguay, Contingentes militares",
        "es, AFG, Resumen, Personal uniformado desplegado, Afganistán, Contingentes militares",
    })
    void inTheLanguage(String code, String iso3, String summary, String totalLabel, String name, String troops)
            throws IOException {
        Language lang = TEMPLATES.language(code);
        CountryFigures f = contributors.figures(iso3, month);
        Path file = out.resolve(PoiAnnex.fileName(f, lang));
        assertEquals(iso3 + "-annex-" + month + "-" + code + ".xlsx", file.getFileName().toString());
        new PoiAnnex().stage(f, contributors.dataSet(), file, lang).commitOrDiscard();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet first = wb.getSheetAt(0);
            assertEquals(summary, first.getSheetName());
            assertEquals(name, first.getRow(2).getCell(1).getStringCellValue());
            assertEquals(f.total(), valueOf(first, totalLabel));
            List<String> texts = texts(wb);
            assertTrue(texts.contains(troops), iso3 + ": personnel types named in " + code);
            for (String english : List.of("Summary", "Uniformed personnel deployed", "Women’s share", "Personnel type",
                    "Troops", "Staff Officers", "Data month", "Nationals lost", "Definition", "not reported")) {
                assertFalse(texts.contains(english), iso3 + " in " + code + " has \"" + english + "\"");
            }
            // The data set's notes on its sources and months are read in the language too (Notes sheet).
            for (String english : dataSetNotes()) {
                assertTrue(texts.stream().noneMatch(t -> t.contains(english)), iso3 + " in " + code + " has \"" + english + "\"");
            }
            assertTrue(texts.stream().anyMatch(t -> t.startsWith(lang.source("personnel", "publisher", "?") + ". ")),
                    iso3 + " in " + code + ": the publisher of the personnel figures in the language");
            String title = wb.getProperties().getCoreProperties().getTitle();
            assertTrue(title.startsWith(name), title);
            // Months are dates whose names Excel writes in the workbook's language, whatever the viewer's.
            String monthFormat = code.equals("fr") ? "[$-40C]mmm yyyy" : "[$-C0A]mmm yyyy";
            int months = 0;
            for (Sheet sheet : wb) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        if (cell.getCellStyle().getDataFormatString().contains("mmm")) {
                            assertEquals(monthFormat, cell.getCellStyle().getDataFormatString(), sheet.getSheetName());
                            months++;
                        }
                    }
                }
            }
            assertTrue(months > 0, iso3 + ": no month cells");
        }
        int charts = chartTitlesIn(file, code);
        assertTrue(charts > 0 || f.total() == 0, file + " has no chart");
    }

    /** "À la fin d’août 2023", never "de août": French elides "de" before a month that starts with a vowel. */
    @ParameterizedTest
    @CsvSource({"NOR, 2023-08", "ISL, 2023-08", "NOR, 2019-10", "QAT, 2025-04"})
    void frenchElidesBeforeAMonth(String iso3, String when) throws IOException {
        Language lang = TEMPLATES.language("fr");
        CountryFigures f = contributors.figures(iso3, YearMonth.parse(when));
        Path file = out.resolve("elision-" + iso3 + "-" + when + ".xlsx");
        new PoiAnnex().stage(f, contributors.dataSet(), file, lang).commitOrDiscard();
        java.util.regex.Pattern wrong = java.util.regex.Pattern.compile("\\bde (avril|août|octobre)");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> texts = texts(wb);
            texts.add(wb.getProperties().getCoreProperties().getTitle());
            for (String t : texts) {
                assertFalse(wrong.matcher(t).find(), iso3 + " " + when + ": \"" + t + "\"");
            }
        }
    }

    /** A country named in the plural ("les Bahamas", "las Bahamas") takes plural verbs in the annex's sentences too. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr | Les Bahamas n’avaient aucun personnel en tenue dans le maintien de la paix",
        "fr | Les Bahamas n’ont eu aucun personnel en tenue",
        "es | Las Bahamas no tenían personal uniformado en ninguna operación",
        "es | Las Bahamas no tuvieron personal uniformado",
    })
    void aCountryNamedInThePluralTakesPluralVerbs(String code, String says) throws IOException {
        Language lang = TEMPLATES.language(code);
        CountryFigures f = contributors.figures("BHS", YearMonth.of(2025, 7));
        Path file = out.resolve("plural-BHS-" + code + ".xlsx");
        new PoiAnnex().stage(f, contributors.dataSet(), file, lang).commitOrDiscard();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> texts = texts(wb);
            assertTrue(texts.stream().anyMatch(t -> t.startsWith(says)), "BHS in " + code + " should say \"" + says + "\": " + texts);
        }
    }

    /**
     * The index of a set in French and Spanish (all --lang fr, es): its sheets, headers, regions,
     * regional groups, plan states and notes in the language, the same figures, the language's
     * files listed, its chart's title marked in the language; July 2025 and August 2020 (no split).
     */
    @ParameterizedTest
    @CsvSource({
        "fr, 2025-07, Pays, Sénégal, Afrique, Groupe des États d’Afrique, oui",
        "es, 2025-07, Países, Senegal, África, Grupo de los Estados de África, sí",
        "fr, 2020-08, Pays, Sénégal, Afrique, Groupe des États d’Afrique, ",
        "es, 2020-08, Países, Senegal, África, Grupo de los Estados de África, ",
    })
    void theIndexOfASetInTheLanguage(String code, String when, String sheetName, String senegal, String africa,
                                     String africanGroup, String yes) throws IOException {
        Language lang = TEMPLATES.language(code);
        YearMonth m = YearMonth.parse(when);
        List<IndexWorkbook.Entry> entries = briefs.derive.BundledData.members(m).stream().map(f -> new IndexWorkbook.Entry(f,
                briefs.pdf.CountryBriefPdf.fileName(f, lang), PoiAnnex.fileName(f, lang))).toList();
        IndexWorkbook index = new IndexWorkbook(lang);
        Path file = index.write(entries, briefs.derive.SetOverview.of(entries.stream().map(IndexWorkbook.Entry::figures).toList()),
                contributors.dataSet(), out);
        assertEquals("index-" + when + "-" + code + ".xlsx", file.getFileName().toString());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet countries = wb.getSheetAt(0);
            assertEquals(sheetName, countries.getSheetName());
            Row sen = null;
            for (Row r : countries) {
                Cell first = r.getCell(0);
                if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals("SEN")) {
                    sen = r;
                }
            }
            assertTrue(sen != null, "Senegal's row");
            assertEquals(senegal, sen.getCell(1).getStringCellValue());
            assertEquals(africa, sen.getCell(2).getStringCellValue());
            assertEquals(africanGroup, sen.getCell(3).getStringCellValue());
            assertEquals(contributors.figures("SEN", m).total(), (int) sen.getCell(4).getNumericCellValue());
            List<String> texts = texts(wb);
            assertTrue(texts.contains("SEN-brief-" + when + "-" + code + ".pdf"), "the brief in " + code + " listed");
            assertEquals(yes != null, texts.contains(yes == null ? "?" : yes), "target met said in " + code);
            for (String english : List.of("Countries", "Top contributors", "Parity targets", "Women's share", "Notes",
                    "Country", "Region", "Regional group", "Women", "Rank", "Operations", "Brief", "Annex", "Africa",
                    "African Group", "Europe", "Western European and Others Group", "In force", "Expired",
                    "None recorded", "yes", "no", "Category", "Meet the target", "Miss the target", "No gender split",
                    "Data month", "Target met", "Rank", "Topic", "Detail", "Link")) {
                // The same word in French ("Notes", "Europe") or Spanish ("no").
                if (!(code.equals("fr") && (english.equals("Notes") || english.equals("Europe")))
                        && !(code.equals("es") && english.equals("no"))) {
                    assertFalse(texts.contains(english), "index in " + code + " has \"" + english + "\"");
                }
            }
            for (String t : texts) {
                assertFalse(t.contains("as of") || t.contains("data as") || t.contains("largest contributors")
                        || t.contains(" countries") || t.contains("the set"), "index in " + code + ": \"" + t + "\"");
            }
            String title = wb.getProperties().getCoreProperties().getTitle();
            assertTrue(title.startsWith(code.equals("fr") ? "Maintien de la paix" : "Mantenimiento de la paz"), title);
        }
        assertEquals(m.equals(YearMonth.of(2025, 7)) ? 1 : 0, chartTitlesIn(file, code), "the largest contributors' chart");
    }

    /** A chart's title is marked as being in the workbook's language, for spelling and screen readers. */
    private static int chartTitlesIn(Path file, String code) throws IOException {
        int charts = 0;
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
            for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().startsWith("xl/charts/chart")) {
                    String xml = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    assertTrue(xml.contains("<a:rPr lang=\"" + code + "\"/>"), e.getName() + " title not in " + code);
                    assertFalse(xml.contains("lang=\"en"), e.getName() + " has a part marked English");
                    charts++;
                }
            }
        }
        return charts;
    }

    /** Every note the data set writes about a source or a month, and the one publisher that is a phrase, in English. */
    private static List<String> dataSetNotes() {
        List<String> notes = new ArrayList<>();
        for (briefs.model.Source s : contributors.dataSet().sources()) {
            if (s.note() != null && !s.note().isBlank()) {
                notes.add(s.note());
            }
        }
        contributors.dataSet().missingMonths().forEach(m -> notes.add(m.note()));
        contributors.dataSet().monthsWithoutGender().forEach(m -> notes.add(m.note()));
        contributors.dataSet().parityTargets().forEach(t -> notes.add(t.source()));
        notes.add("as cited per plan");
        notes.add("compiled from public pages");
        assertTrue(notes.size() >= 10, "the data set's notes: " + notes);
        return notes;
    }

    private static List<String> texts(XSSFWorkbook wb) {
        List<String> all = new ArrayList<>();
        for (Sheet s : wb) {
            all.add(s.getSheetName());
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING) {
                        all.add(c.getStringCellValue());
                    }
                }
            }
        }
        return all;
    }

    private static int valueOf(Sheet sheet, String label) {
        for (Row r : sheet) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                return (int) r.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("no row " + label);
    }
}
