package briefs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountryNamesTest {
    @Test
    void caseAccentsSpacesPunctuationAndDigitsDoNotCount() {
        assertEquals("cotedivoire", CountryNames.key("Côte d’Ivoire"));
        assertEquals("cotedivoire", CountryNames.key("Cote dIvoire"));
        assertEquals("cotedivoire", CountryNames.key(" cote d'ivoire "));
        assertEquals("cotedivoire", CountryNames.key("Cote d Ivoire"));
        assertEquals("turkiye", CountryNames.key("Türkiye"));
        assertEquals("norway", CountryNames.key("Norway1"), "a footnote mark printed after a name");
        assertEquals("bosniaandherzegovina", CountryNames.key("Bosnia-and-Herzegovina"));
        assertEquals("", CountryNames.key("?"));
    }

    @Test
    void compatibilityFormsCountAsTheirLetters() {
        assertEquals("fiji", CountryNames.key("\uFB01ji"), "the fi ligature");
        assertEquals("chad", CountryNames.key("\uFF23had"), "a full-width C");
    }

    @Test
    void distanceCountsSingleEdits() {
        assertEquals(0, CountryNames.distance("norway", "norway"));
        assertEquals(1, CountryNames.distance("norwey", "norway"), "one substitution");
        assertEquals(1, CountryNames.distance("turkiye", "turkye"), "one deletion");
        assertEquals(1, CountryNames.distance("chad", "chads"), "one insertion");
        assertEquals(3, CountryNames.distance("", "nor"));
        assertEquals(3, CountryNames.distance("nor", ""));
        assertEquals(3, CountryNames.distance("kitten", "sitting"));
        assertEquals(CountryNames.distance("mali", "malawi"), CountryNames.distance("malawi", "mali"));
    }
}
