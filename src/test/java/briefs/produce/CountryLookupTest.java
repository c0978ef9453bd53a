package briefs.produce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.BundledData;
import briefs.model.BadInputException;
import briefs.model.Country;
import briefs.model.CountryNames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a user types finds its country by the same rule the import matches printed names with. */
class CountryLookupTest {
    private final List<Country> countries = BundledData.data().countries();
    private final CountryLookup lookup = new CountryLookup(countries);

    @Test
    void aCodeOrANameInAnySpellingFindsTheCountry() {
        assertEquals("NOR", lookup.find("nor").iso3());
        assertEquals("NOR", lookup.find("  Norway ").iso3());
        assertEquals("CIV", lookup.find("cote d'ivoire").iso3());
        assertEquals("CIV", lookup.find("Côte d’Ivoire").iso3());
        assertEquals("CIV", lookup.find("Cote d Ivoire").iso3(), "a spelling the reports printed");
        assertEquals("TUR", lookup.find("TURKIYE").iso3());
        assertEquals("NLD", lookup.find("Kingdom of the Netherlands").iso3(), "the official name");
    }

    @Test
    void anUnknownNameIsBadInputListingTheClosestNames() {
        BadInputException e = assertThrows(BadInputException.class, () -> lookup.find("Norwey"));
        String message = e.problems().get(0).message();
        assertTrue(message.startsWith("no country \"Norwey\" in the data (give an ISO3 code or a name); closest: Norway (NOR)"),
                message);
        assertEquals(5, message.substring(message.indexOf("closest: ")).split(", ").length, message);
        assertTrue(lookup.lacks("Atlantis"));
        assertTrue(!lookup.lacks("nor"));
    }

    /** Two countries whose names reduce to the same key would make a typed name ambiguous. */
    @Test
    void noTwoCountriesShareANameKey() {
        Map<String, String> owner = new HashMap<>();
        for (Country c : countries) {
            for (String name : c.sourceNames()) {
                String was = owner.putIfAbsent(CountryNames.key(name), c.iso3());
                assertTrue(was == null || was.equals(c.iso3()), name + " of " + c.iso3() + " is also a name of " + was);
            }
            String was = owner.putIfAbsent(CountryNames.key(c.name()), c.iso3());
            assertTrue(was == null || was.equals(c.iso3()), c.name() + " is also a name of " + was);
        }
    }
}
