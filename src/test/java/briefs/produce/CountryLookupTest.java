package briefs.produce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.BundledData;
import briefs.model.BadInputException;
import briefs.model.Country;
import briefs.model.CountryNames;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a user types finds its country by the same rule the import matches printed names with. */
class CountryLookupTest {
    private final List<Country> countries = BundledData.data().countries();
    private final CountryLookup lookup = new CountryLookup(countries, true);

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
    void theNameInCommonUseFindsTheCountry() {
        assertEquals("CIV", lookup.find("Ivory Coast").iso3());
        assertEquals("RUS", lookup.find("russia").iso3());
        assertEquals("USA", lookup.find("United States").iso3());
        assertEquals("KOR", lookup.find("South Korea").iso3());
        assertEquals("PRK", lookup.find("North Korea").iso3());
        assertEquals("LAO", lookup.find("Laos").iso3());
        assertEquals("GBR", lookup.find("United Kingdom").iso3());
        assertEquals("COD", lookup.find("DR Congo").iso3());
    }

    @Test
    void aPartOfANameIsNoName() {
        // Words of a name find nothing by themselves: were Guinea's own file set aside, "Guinea"
        // must not give Guinea-Bissau's brief, nor "Niger" Nigeria's.
        List<Country> withoutGuineaAndNiger = countries.stream()
                .filter(c -> !c.iso3().equals("GIN") && !c.iso3().equals("NER")).toList();
        CountryLookup without = new CountryLookup(withoutGuineaAndNiger, false);
        assertTrue(without.lacks("Guinea"));
        assertTrue(without.lacks("Niger"));
        assertTrue(lookup.lacks("Korea"), "neither of the two Koreas");
    }

    @Test
    void aTwoLetterCodeOrTheInitialsOfANameFindTheCountryTheyCanOnlyMean() {
        assertEquals("GBR", lookup.find("UK").iso3());
        assertEquals("GBR", lookup.find("u.k.").iso3());
        assertEquals("GBR", lookup.find("GB").iso3(), "the ISO code, not Guinea-Bissau, one word");
        assertEquals("USA", lookup.find("US").iso3());
        assertEquals("USA", lookup.find("U.S.A.").iso3());
        assertEquals("ARE", lookup.find("UAE").iso3());
        assertEquals("PRK", lookup.find("DPRK").iso3());
        assertEquals("CAF", lookup.find("CAR").iso3());
        assertEquals("FRA", lookup.find("fr").iso3());
        assertEquals("NZL", lookup.find("NZ").iso3());
        assertEquals("ir", CountryNames.initials("Iran (Islamic Republic of)"));
        assertEquals(null, CountryNames.initials("Guinea-Bissau"));
    }

    @Test
    void aShortFormOfMoreThanOneCountryIsBadInputNamingEach() {
        String sa = assertThrows(BadInputException.class, () -> lookup.find("SA")).problems().get(0).message();
        assertEquals("\"SA\" is short for more than one country: Saudi Arabia (SAU), South Africa (ZAF); "
                + "give the ISO3 code or the name", sa);
        String es = assertThrows(BadInputException.class, () -> lookup.find("ES")).problems().get(0).message();
        assertTrue(es.contains("El Salvador (SLV)") && es.contains("Spain (ESP)"), "Spain's code, El Salvador's initials: " + es);
        String sl = assertThrows(BadInputException.class, () -> lookup.find("SL")).problems().get(0).message();
        assertTrue(sl.contains("Sierra Leone (SLE)") && sl.contains("Sri Lanka (LKA)") && sl.contains("Saint Lucia (LCA)"), sl);
    }

    @Test
    void noShortFormIsTakenWhileACountrysFileIsSetAside() {
        // With Spain's file set aside, "ES" would otherwise find only El Salvador.
        List<Country> withoutSpain = countries.stream().filter(c -> !c.iso3().equals("ESP")).toList();
        CountryLookup without = new CountryLookup(withoutSpain, false);
        String es = assertThrows(BadInputException.class, () -> without.find("ES")).problems().get(0).message();
        assertEquals("\"ES\" may be short for El Salvador (SLV), but with country files set aside it could be theirs "
                + "too; give the ISO3 code or the name", es);
        assertTrue(without.lacks("UK"));
        assertEquals("GBR", without.find("United Kingdom").iso3(), "names are still taken");
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
            for (String name : java.util.Arrays.asList(c.name(), c.officialName(), c.commonName())) {
                if (name != null) {
                    String was = owner.putIfAbsent(CountryNames.key(name), c.iso3());
                    assertTrue(was == null || was.equals(c.iso3()), name + " of " + c.iso3() + " is also a name of " + was);
                }
            }
        }
    }

    private final CountryLookup inEveryLanguage = new CountryLookup(countries, true, Path.of("templates"));

    @Test
    void aNameInFrenchOrSpanishFindsTheCountry() {
        assertEquals("DEU", inEveryLanguage.find("Allemagne").iso3());
        assertEquals("DEU", inEveryLanguage.find("alemania").iso3());
        assertEquals("GBR", inEveryLanguage.find("Royaume-Uni").iso3(), "its name in a sentence, without the article");
        assertEquals("GBR", inEveryLanguage.find("Reino Unido").iso3());
        assertEquals("USA", inEveryLanguage.find("États-Unis").iso3(), "the name in common use in French");
        assertEquals("USA", inEveryLanguage.find("Estados Unidos").iso3());
        assertEquals("USA", inEveryLanguage.find("EE. UU.").iso3(), "a short form the Spanish words file gives");
        assertEquals("NLD", inEveryLanguage.find("Pays-Bas").iso3());
        assertEquals("NLD", inEveryLanguage.find("Países Bajos").iso3());
        assertEquals("COD", inEveryLanguage.find("RDC").iso3());
        assertEquals("CAF", inEveryLanguage.find("RCA").iso3());
        assertEquals("ARE", inEveryLanguage.find("EAU").iso3());
        assertEquals("CIV", inEveryLanguage.find("Costa de Marfil").iso3());
        assertEquals("GBR", inEveryLanguage.find("UK").iso3(), "English short forms still");
        BadInputException e = assertThrows(BadInputException.class, () -> lookup.find("Allemagne"),
                "without a templates folder, English names only");
        assertTrue(e.getMessage().contains("no country \"Allemagne\""), e.getMessage());
        BadInputException typo = assertThrows(BadInputException.class, () -> inEveryLanguage.find("Allemange"));
        assertTrue(typo.getMessage().contains("Germany (DEU)"), "the closest names count the other languages': "
                + typo.getMessage());
    }

    @Test
    void otherEnglishNamesAndTheWaysTheUnDoesNotWriteFindTheCountry() {
        assertEquals("GBR", inEveryLanguage.find("Britain").iso3(), "a name the words file lists");
        assertEquals("GBR", inEveryLanguage.find("great britain").iso3());
        assertEquals("NLD", inEveryLanguage.find("Holland").iso3());
        assertEquals("MMR", inEveryLanguage.find("Burma").iso3());
        assertEquals("MKD", inEveryLanguage.find("Macedonia").iso3());
        assertEquals("TLS", inEveryLanguage.find("East Timor").iso3());
        assertEquals("GMB", lookup.find("The Gambia").iso3(), "the UN writes Gambia");
        assertEquals("BHS", lookup.find("the Bahamas").iso3());
        assertEquals("LCA", lookup.find("St Lucia").iso3(), "Saint, as the UN writes it");
        assertEquals("KNA", lookup.find("St. Kitts and Nevis").iso3());
        assertEquals("VCT", lookup.find("st vincent and the grenadines").iso3());
        assertEquals("STP", lookup.find("ST").iso3(), "São Tomé and Príncipe's code is no Saint");
        assertThrows(BadInputException.class, () -> lookup.find("Holland"), "without a templates folder: the data's names");
    }

    @Test
    void everyNameOfEveryLanguageFindsItsOwnCountryAndNoOther() {
        List<String> wrong = new java.util.ArrayList<>();
        for (String code : briefs.render.Language.available(Path.of("templates"))) {
            briefs.render.Language lang = briefs.render.Language.read(Path.of("templates"), code);
            for (Country c : countries) {
                for (String name : lang.typedNames(c.iso3(), c.iso2())) {
                    try {
                        String found = inEveryLanguage.find(name).iso3();
                        if (!found.equals(c.iso3())) {
                            wrong.add(code + " " + name + ": " + found + " for " + c.iso3());
                        }
                    } catch (BadInputException e) {
                        wrong.add(code + " " + name + ": " + e.getMessage());
                    }
                }
            }
        }
        // Nor does any of them take an English short form from the country it finds without them.
        for (Country c : countries) {
            for (String form : CountryNames.shortForms(c.iso2(), c.name(), c.commonName())) {
                try {
                    String english = lookup.find(form).iso3();
                    String found = inEveryLanguage.find(form).iso3();
                    if (!found.equals(english)) {
                        wrong.add(form + ": " + found + " for " + english);
                    }
                } catch (BadInputException ambiguous) {
                    // SA, ES, SL: short for more than one country in English already
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
