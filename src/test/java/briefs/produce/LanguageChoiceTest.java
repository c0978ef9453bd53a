package briefs.produce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.BundledData;
import briefs.render.BriefTemplates;
import briefs.render.Language;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --lang}: codes checked against the templates, and {@code preferred} from the country files. */
class LanguageChoiceTest {
    private static final BriefTemplates TEMPLATES = new BriefTemplates(Path.of("templates"));
    private static final YearMonth MONTH = YearMonth.of(2025, 7);

    private static List<String> codes(LanguageChoice choice, String iso3) {
        return choice.of(BundledData.contributors().figures(iso3, MONTH)).stream().map(Language::code).toList();
    }

    @Test
    void preferredLanguagesComeFromTheCountryFiles() {
        LanguageChoice preferred = LanguageChoice.of(TEMPLATES, List.of("preferred"));
        assertEquals(List.of("fr"), codes(preferred, "SEN"));
        assertEquals(List.of("fr"), codes(preferred, "CIV"));
        assertEquals(List.of("es"), codes(preferred, "URY"));
        assertEquals(List.of("en", "fr"), codes(preferred, "CAN"));
        assertEquals(List.of("en"), codes(preferred, "NOR"), "no preferred language: English");
    }

    @Test
    void englishAndEachCountrysOwn() {
        LanguageChoice both = LanguageChoice.of(TEMPLATES, List.of("en", "preferred"));
        assertEquals(List.of("en", "fr"), codes(both, "SEN"));
        assertEquals(List.of("en"), codes(both, "NOR"));
        assertEquals(List.of("en", "fr", "es"), codes(LanguageChoice.of(TEMPLATES, List.of("EN", "fr", "es", "fr")), "NOR"));
        assertEquals(List.of("en"), codes(LanguageChoice.of(TEMPLATES, List.of()), "SEN"));
    }

    @Test
    void anUnknownLanguageNamesThoseThereAre() {
        BadChoice e = assertThrows(BadChoice.class, () -> LanguageChoice.of(TEMPLATES, List.of("en", "de")));
        assertTrue(e.getMessage().contains("'de'") && e.getMessage().contains("en, es, fr"), e.getMessage());
    }
}
