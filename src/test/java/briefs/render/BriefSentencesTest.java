package briefs.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.BundledData;
import briefs.derive.SetFigures;
import briefs.derive.CountryFigures;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentences of the bundled brief template for real countries of the bundled data (July 2025)
 * whose figures or names once came out wrong: an unclosed bracket, "1 personnel", "1 national
 * ... their lives", and names that need "the" or have a bracketed part.
 */
class BriefSentencesTest {
    private static final BriefTemplates TEMPLATES = new BriefTemplates(Path.of("templates"));
    private static final YearMonth MONTH = YearMonth.of(2025, 7);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // Ties for the largest deployment, each with its place in brackets.
        "EST | Its largest deployments, one person each, are to UNIFIL (Lebanon) and UNTSO (Middle East).",
        // One operation only: its place in brackets where its name does not say it already.
        "AGO | All three serve with UNMISS, the United Nations Mission in the Republic of South Sudan.",
        "BTN | Its largest deployment is to MINUSCA in the Central African Republic, with 187 personnel (19 women).",
        "CYP | Both serve with UNIFIL, the United Nations Interim Force in Lebanon.",
        "AZE | staff officers and military observers, 2 people, no women.",
        "BEL | Its one person deployed serves with UNTSO, the United Nations Truce Supervision Organization (Middle East).",
        "BTN | records 1 civilian staff member from Bhutan who died serving in UN peace operations in 2016.",
        "BTN | In 2016, 1 civilian staff member from Bhutan died serving in UN peace operations.",
        "BTN | 0 + 1 civilian staff uniformed nationals lost in UN peace operations",
        // All of a few personnel women: said so, not "Of its four personnel, four are women".
        "ALB | All four of its personnel are women.",
        // A UN office among the operations with the most losses, by its name, not the data's code.
        "USA | UNMIL 4; UN Secretariat 4 (24 operations in all).",
        // Names in running text, as UN documents write them.
        "NLD | The Kingdom of the Netherlands is the ",
        "NLD | from the Kingdom of the Netherlands have died serving in UN peace operations",
        "GBR | The United Kingdom of Great Britain and Northern Ireland's fifth National Action Plan",
        "IRN | The Islamic Republic of Iran had no uniformed personnel",
        "PHL | The Philippines' National Action Plan",
        "NER | from the Niger have died serving in UN peace operations",
        "NOR | Norway is the ",
        // A plan with no end year: "the latest" only beside other plans.
        "URY | The National Action Plan adopted in 2022 has no end year in the sources.",
        "USA | The Strategy adopted in 2019, the latest, has no end year in the sources.",
    })
    void says(String iso3, String sentence) {
        String text = text(iso3);
        assertTrue(text.contains(sentence.strip()), iso3 + " should say \"" + sentence.strip() + "\":\n" + text);
    }

    @ParameterizedTest
    @CsvSource({"EST", "AGO", "BEL", "BTN", "NLD", "GBR", "IRN", "PHL", "NER", "NOR", "IND", "CIV", "CYP"})
    void neverSays(String iso3) {
        String text = text(iso3);
        for (String wrong : new String[] {" 1 personnel", " 1 nationals", "(Lebanon and", "Netherlands (Kingdom of the) is",
                "of Netherlands (Kingdom", "Iran (Islamic Republic of) had", "Netherlands's",
                "All two", "(0 women)", "Lebanon (Lebanon)", "South Sudan (South Sudan)"}) {
            assertFalse(text.contains(wrong), iso3 + " says \"" + wrong + "\"");
        }
        assertFalse(text.matches("(?s).*\\b1 national of [A-Za-z ]+ who lost their lives.*"), iso3 + ": one national, their lives");
    }

    /** A month without a gender split (August 2020) says so only of a country with people deployed. */
    @Test
    void aMissingGenderSplitIsNotToldOfACountryWithNobodyDeployed() {
        YearMonth noSplit = YearMonth.of(2020, 8);
        assertTrue(text("USA", noSplit).contains("gives no split by gender"), "USA had 33 deployed");
        assertFalse(text("BHS", noSplit).contains("split by gender"), "the Bahamas had nobody deployed");
    }

    /** The brief's XHTML with tags removed and white space collapsed. */
    private static String text(String iso3) {
        return text(iso3, MONTH);
    }

    private static String text(String iso3, YearMonth month) {
        SetFigures contributors = BundledData.contributors();
        CountryFigures figures = contributors.figures(iso3, month);
        BriefFormat fmt = new BriefFormat();
        BriefView view = new BriefView(figures, LocalDate.of(2026, 11, 23), contributors.dataSet().sources(),
                contributors.dataSet().parityTargets(), new BriefCharts(fmt).of(figures).keySet(), fmt);
        return TEMPLATES.render(BriefTemplates.BRIEF, view).replaceAll("<[^>]+>", " ").replace("&#39;", "'")
                .replace("&apos;", "'").replaceAll("\\s+", " ").replace(" .", ".").replace(" ,", ",");
    }
}
