package briefs.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.BundledData;
import briefs.derive.SetFigures;
import briefs.derive.CountryFigures;
import briefs.model.Country;
import briefs.render.BriefTemplates;
import briefs.render.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * French and Spanish briefs of the bundled data (July 2025), made as PDFs and read back: a
 * country with a plan, one with no personnel, one with one person (singular forms) and the
 * largest contributor, each in two pages, with numbers and dates as the language writes them
 * and no English word of the templates left outside the sources' own titles.
 */
class BriefLanguagesTest {
    private static final YearMonth MONTH = YearMonth.of(2025, 7);
    /** Made on 31 July 2025, so the date line reads "31 juillet 2025" / "31 de julio de 2025". */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-31T10:00:00Z"), ZoneOffset.UTC);
    private static final BriefTemplates TEMPLATES = new BriefTemplates(Path.of("templates"));
    private static final CountryBriefPdf BRIEFS = new CountryBriefPdf(TEMPLATES, new FlyingSaucerPdf(), CLOCK);

    /** A word a semicolon or colon follows without a space between. */
    private static final Pattern UNSPACED = Pattern.compile("[\\p{L}\\d)»]+[;:]");

    /**
     * Words of the English wording that French and Spanish never use. Words a language shares
     * with English ("personnel", "mission", "contingents", "national", "action", "sources",
     * "notes", "cause" in French; "individual" in Spanish; "Total", "Plan", "Page") are not listed.
     */
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|and|of|with|from|since|women|woman|men|"
            + "deployed|deployment|deployments|talking|points|key|figures|largest|share|targets?|operations?|month|months|"
            + "none|reported|ranked|change|uniformed|staff|officers|troops|formed|units|"
            + "military|fatalities|definitions|years|title|category|"
            + "lost|nationals|civilian|peace|security|rank|contributor|countries|country|brief|made|data|as of|"
            + "bar chart|line chart|in force|recorded|expired|level|above|below|short of|meets|falls|people|person|"
            + "one|two|three|four|five|first|second|third|is|are|was|has|have|had|its|their|who|died|serving)\\b",
            // Unicode word boundaries: "Yémen" holds no English "men".
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    @TempDir
    static Path out;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "fr, SEN, Le dernier plan d’action national du Sénégal",
        "fr, CIV, La Côte d’Ivoire est le ",
        "fr, FRA, La France est le ",
        "es, URY, El Uruguay es el 20.º país",
        "es, ARG, La Argentina es el ",
        "es, SEN, del Senegal han perdido la vida",
    })
    void aCountryWithAPlan(String code, String iso3, String says) throws IOException {
        String text = brief(code, iso3);
        assertTrue(text.contains(says), iso3 + " in " + code + " should say \"" + says + "\":\n" + text);
        Matcher share = Pattern.compile("\\d,\\d[\\u00a0\\u202f ]%").matcher(text);
        assertTrue(share.find(), iso3 + ": a share written 10,2 %");
        checked(code, iso3, text);
    }

    @ParameterizedTest
    @CsvSource({"fr", "es"})
    void everyKindOfCountry(String code) throws IOException {
        SetFigures contributors = BundledData.contributors();
        String none = first(contributors, f -> f.total() == 0 && f.country().unMember());
        String one = first(contributors, f -> f.total() == 1 && f.genderReported());
        String largest = first(contributors, f -> f.rank() != null && f.rank() == 1);
        String noneText = brief(code, none);
        assertTrue(noneText.contains(code.equals("fr") ? "ne comptait aucun personnel en tenue" : "no tenía personal uniformado"),
                none + ": " + noneText);
        if (code.equals("es")) {
            // Spanish counts nothing in the plural: "0 operaciones", as French keeps "0 opération".
            assertTrue(noneText.contains("operaciones con personal del país"), none + ": " + noneText);
        }
        checked(code, none, noneText);
        String oneText = brief(code, one);
        assertTrue(oneText.contains(code.equals("fr") ? "La seule personne déployée est un" : "Su única persona desplegada es un"),
                one + ": " + oneText);
        checked(code, one, oneText);
        String largestText = brief(code, largest);
        assertTrue(largestText.contains(code.equals("fr") ? "est le premier pays fournisseur" : "es el primer país"),
                largest + ": " + largestText);
        checked(code, largest, largestText);
    }

    private static String first(SetFigures contributors, java.util.function.Predicate<CountryFigures> which) {
        for (Country c : contributors.countries()) {
            CountryFigures f = contributors.figures(c.iso3(), MONTH);
            if (which.test(f)) {
                return c.iso3();
            }
        }
        throw new AssertionError("no such country in the bundled data");
    }

    /** Numbers, dates and page count as the language has them, and no English word. */
    private static void checked(String code, String iso3, String text) {
        String made = code.equals("fr") ? "31 juillet 2025" : "31 de julio de 2025";
        assertTrue(text.contains(made), iso3 + ": the day the brief is made, " + made);
        assertTrue(text.contains(code.equals("fr") ? "Page 1 sur 2" : "Página 1 de 2"), iso3 + ": page footer");
        assertTrue(!Pattern.compile("\\d\\.\\d%").matcher(text).find(), iso3 + ": an English share (10.2%) in " + code);
        if (code.equals("fr")) { // French puts a space before a semicolon and a colon, in lists and labels too
            assertEquals(null, unspacedPunctuation(withoutSources(code, text).replaceAll("https?://\\S+", "")),
                    iso3 + ": no space before a semicolon or colon in French");
        }
        // Sources keep their titles; who publishes them is said in the language.
        assertTrue(text.contains(code.equals("fr") ? "Département des opérations de paix de l’Organisation des Nations Unies"
                : "Departamento de Operaciones de Paz de las Naciones Unidas"), iso3 + ": the publisher in " + code);
        assertFalse(text.contains("as cited per plan") || text.contains("compiled from public pages"),
                iso3 + ": this data set's own words about its sources left in English");
        assertEquals(List.of(), englishWords(withoutSources(code, text)),
                iso3 + " in " + code + " has English words:\n" + withoutSources(code, text));
    }

    /** The words of {@link #ENGLISH} in a text, in order; none in a text wholly French or Spanish. */
    static List<String> englishWords(String text) {
        List<String> english = new ArrayList<>();
        Matcher m = ENGLISH.matcher(text);
        while (m.find()) {
            english.add(m.group());
        }
        return english;
    }

    /** The first word that a semicolon or colon follows without a space, as French never writes it; null when none. */
    static String unspacedPunctuation(String text) {
        Matcher tight = UNSPACED.matcher(text);
        return tight.find() ? tight.group() : null;
    }

    /**
     * The text without what keeps its original language: the sources' titles (and the publishers
     * that are names, such as the UN Peace and Security Data Hub), the plans' titles and the focus
     * areas (the plans' own headings).
     */
    private static String withoutSources(String code, String text) {
        boolean fr = code.equals("fr");
        String t = cut(text, fr ? "Sources." : "Fuentes.", fr ? "Définitions." : "Definiciones.");
        t = cut(t, fr ? "Plan Période Intitulé Source" : "Plan Años Título Fuente", fr ? "Décès" : "Víctimas mortales");
        return t;
    }

    private static String cut(String text, String from, String to) {
        int a = text.indexOf(from);
        int b = a < 0 ? -1 : text.indexOf(to, a + from.length());
        return a < 0 || b < 0 ? text : text.substring(0, a) + text.substring(b);
    }

    /**
     * Page 1 at its longest: in older months a large contributor's Spanish or French talking
     * points (three parity targets missed, no split by operation) pushed the sources footnote onto
     * a page of its own in the usual and the compact layouts; the tight one keeps two pages.
     */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({"es, SEN, 2019-01", "es, NPL, 2023-06", "fr, BGD, 2017-07"})
    void aLongFirstPageStillLeavesTwoPages(String code, String iso3, String month) throws IOException {
        Language lang = TEMPLATES.language(code);
        CountryFigures figures = BundledData.contributors().figures(iso3, YearMonth.parse(month));
        Path pdf = BRIEFS.write(figures, BundledData.contributors().dataSet(), out, lang);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(CountryBriefPdf.PAGES, doc.getNumberOfPages(), iso3 + " " + month + " in " + code + ": pages");
            List<PdfLines.Page> pages = PdfLines.of(doc);
            String first = String.join(" ", pages.get(0).lines().stream().map(PdfLines.Line::text).toList());
            assertTrue(first.contains(code.equals("es") ? "Fuentes." : "Sources."), "the sources end page 1: " + first);
        }
    }

    /** Sentences an official of the language would write, where the first wording was off. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', value = {
        // A place inside the brackets of a talking point has no brackets of its own.
        "fr | EGY | 2015-06 | Son principal déploiement est au sein de l’opération UNAMID (Darfour, Soudan), avec",
        "es | EGY | 2015-06 | Su mayor despliegue está en la operación UNAMID (Darfur, Sudán), con",
        // No women: said in words, not "dont 0 femme".
        "fr | EGY | 2015-06 | personnes (aucune femme).",
        "es | EGY | 2015-06 | efectivos (ninguna mujer).",
        // Two people: "toutes deux".
        "fr | CYP | 2025-07 | Ces deux personnes servent toutes deux au sein de l’opération UNIFIL (Liban).",
        // "De" elided before a month that starts with a vowel.
        "fr | NOR | 2023-08 | Données arrêtées à la fin d’août 2023",
        "fr | NOR | 2019-10 | à la fin d’octobre 2019",
        "fr | QAT | 2025-04 | n’avait aucun personnel déployé à la fin d’avril 2025",
        // After the colon, the categories of the dead in lower case, as their causes.
        "fr | SEN | 2025-07 | Par catégorie\u00a0: militaires 65\u202f; policiers 22\u202f; personnel civil international 7",
        "es | SEN | 2025-07 | Por categoría: militares 65; policía 22; personal civil de contratación internacional 7",
        // Focus areas all in the language, or all as the source writes them and said so: never half and half.
        "fr | KEN | 2025-07 | 1. Participation et promotion\u202f; 2. Prévention\u202f; 3. Protection\u202f; 4. Secours et relèvement.",
        "fr | FRA | 2025-07 | (2021–2025), dans les termes de la source (en anglais) 1. Prevention\u202f; 2. Protection (including the fight against impunity)",
        "es | FRA | 2025-07 | (2021–2025), en los términos de la fuente (en inglés) 1. Prevention; 2. Protection (including the fight against impunity)",
        // An operation's name repeats no acronym that is the one it follows (UNOWAS is UNOWAS in French too).
        "fr | SEN | 2025-07 | Bureau des Nations Unies pour l’Afrique de l’Ouest et le Sahel.",
        // A strategy is feminine: its article, adjective and participles agree with it.
        "fr | USA | 2025-07 | La dernière stratégie des États-Unis d’Amérique sur les femmes et la paix et la sécurité, adoptée en 2019",
        "fr | USA | 2025-07 | est celle en vigueur d’après les données",
        "fr | USA | 2025-07 | La stratégie adoptée en 2019, le document le plus récent, n’a pas de date de fin dans les sources.",
        // One plan only: no "the latest" beside it.
        "fr | URY | 2025-07 | Le plan d’action national adopté en 2022 n’a pas de date de fin dans les sources.",
        "es | URY | 2025-07 | El plan de acción nacional aprobado en 2022 no tiene año de finalización en las fuentes.",
        "es | USA | 2025-07 | La última estrategia de los Estados Unidos de América sobre las mujeres y la paz y la seguridad, aprobada en 2019",
        "es | USA | 2025-07 | es la vigente según los datos",
        "es | USA | 2025-07 | La estrategia aprobada en 2019, el documento más reciente, no tiene año de finalización en las fuentes.",
        // Formed police units are feminine in Spanish: "las unidades", in the bottom line and the talking points.
        "es | SEN | 2025-07 | los oficiales de Estado Mayor y observadores militares y las unidades de policía constituidas.",
        "es | SEN | 2025-07 | harían falta cinco mujeres más entre sus 25 efectivos) y las unidades de policía constituidas (18,7",
        // A country named with a plural article is plural: its verbs and, in French, its possessives.
        "fr | USA | 2025-07 | Les États-Unis d’Amérique sont le 79e pays fournisseur",
        "fr | USA | 2025-07 | de leur personnel (1 sur 22)",
        "fr | PHL | 2025-07 | Leur principal déploiement est au sein de l’opération UNMISS",
        "fr | PHL | 2025-07 | Les Philippines comptent moins de dix personnes dans chaque catégorie",
        "fr | BHS | 2025-07 | Les Bahamas ne comptaient aucun personnel en tenue",
        "fr | BHS | 2025-07 | Les Bahamas n’avaient aucun personnel déployé",
        "es | USA | 2025-07 | Los Estados Unidos de América son el 79",
        "es | BHS | 2025-07 | Las Bahamas no tenían personal uniformado",
        // All of a few personnel women: said so, not "of its four, four are women".
        "fr | ALB | 2025-07 | Les quatre membres de son personnel sont des femmes.",
        "es | ALB | 2025-07 | Sus cuatro efectivos son mujeres.",
        // Two targets met beside one missed: "les objectifs", "las metas".
        "fr | KEN | 2025-07 | Le pays atteint les objectifs de parité de 2028 pour les officiers d’état-major",
        "es | KEN | 2025-07 | El país cumple las metas de paridad de género de 2028 para los oficiales de Estado Mayor",
        // One woman needed: "haría falta", not "harían".
        "es | BOL | 2025-07 | haría falta una mujer más entre sus 21 efectivos",
        // The bottom line says a target is missed or met without repeating "por debajo de" or a verb without a subject.
        "es | NPL | 2025-07 | por debajo de la media de las Naciones Unidas, sin alcanzar las metas de 2028 para los contingentes",
        "es | ZAF | 2025-07 | por encima de la media de las Naciones Unidas, conforme a las metas de 2028 para los contingentes",
    })
    void says(String code, String iso3, String month, String says) throws IOException {
        String text = brief(code, iso3, YearMonth.parse(month));
        assertTrue(text.contains(says), iso3 + " " + month + " in " + code + " should say \"" + says + "\":\n" + text);
    }

    /** Sentences that have no place in a brief: a month's missing gender split for a country with nobody deployed (English: BriefSentencesTest). */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "fr | BHS | 2020-08 | ventile pas les effectifs par sexe",
        "es | BHS | 2020-08 | no desglosa el personal por sexo",
    })
    void neverSays(String code, String iso3, String month, String wrong) throws IOException {
        String text = brief(code, iso3, YearMonth.parse(month));
        assertFalse(text.contains(wrong), iso3 + " " + month + " in " + code + " says \"" + wrong + "\":\n" + text);
        // A country with people deployed that month still gets the sentence.
        assertTrue(brief(code, "USA", YearMonth.parse(month)).contains(wrong), "USA " + month + " in " + code);
    }

    /** The brief's text for {@link #MONTH}, its lines joined by spaces; checks it has two pages. */
    private static String brief(String code, String iso3) throws IOException {
        return brief(code, iso3, MONTH);
    }

    /** The brief's text for a month, its lines joined by spaces; checks it has two pages. */
    private static String brief(String code, String iso3, YearMonth month) throws IOException {
        Language lang = TEMPLATES.language(code);
        CountryFigures figures = BundledData.contributors().figures(iso3, month);
        Path pdf = BRIEFS.write(figures, BundledData.contributors().dataSet(), out, lang);
        assertTrue(pdf.getFileName().toString().endsWith("-" + code + ".pdf"), pdf.toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(CountryBriefPdf.PAGES, doc.getNumberOfPages(), iso3 + " in " + code + ": pages");
            StringBuilder all = new StringBuilder();
            for (PdfLines.Page page : PdfLines.of(doc)) {
                page.lines().forEach(l -> all.append(l.text()).append(' '));
            }
            return all.toString().replaceAll("\\s+", " ");
        }
    }
}
