package briefs.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.model.Fatalities;
import briefs.model.Source;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which deaths a brief counts (up to its month), and how it breaks them down. */
class FatalityCountsTest {
    private static final List<Source> SOURCES = List.of(
            new Source("personnel", "Personnel", "UN", "https://example.org/p", "2025-07-31", null),
            new Source("fatalities", "Fatalities", "UN", "https://example.org/f", "2025-05-14", null));

    private static Fatalities death(int year, int month, String category, boolean uniformed, String incident,
                                    String operation, int total) {
        return new Fatalities(year, month, operation, category, uniformed, incident, total, 0, 0, total);
    }

    private static final List<Fatalities> DEATHS = List.of(
            death(1995, 3, "Military", true, "Malicious Act", "UNPROFOR", 2),
            death(2003, 11, "Local", false, "Illness", "UNMIL", 1),
            death(2009, 12, "Police", true, "Accident", "UNMIL", 3),
            death(2010, 1, "International Civilian", false, "Accident", "MINUSTAH", 1),
            death(2025, 4, "Military Observer", true, "Illness", "UNMISS", 1),
            death(2025, 5, "Other", false, "Illness", "UNMISS", 1));

    @Test
    void deathsCountUpToTheEndOfTheBriefsMonth() {
        FatalityFigures april = FatalityCounts.of(DEATHS, YearMonth.of(2025, 4), SOURCES);
        assertEquals(8, april.total(), "May's death comes after an April brief");
        FatalityFigures may = FatalityCounts.of(DEATHS, YearMonth.of(2025, 5), SOURCES);
        assertEquals(9, may.total(), "a death in the brief's own month counts");
        assertEquals(2, FatalityCounts.of(DEATHS, YearMonth.of(1995, 3), SOURCES).total());
        assertEquals(0, FatalityCounts.of(DEATHS, YearMonth.of(1995, 2), SOURCES).total());
        assertEquals(6, FatalityCounts.of(DEATHS, YearMonth.of(2009, 12), SOURCES).total());
    }

    @Test
    void uniformedAndCivilianAddUpToTheTotal() {
        FatalityFigures f = FatalityCounts.of(DEATHS, YearMonth.of(2025, 7), SOURCES);
        assertEquals(9, f.total());
        assertEquals(6, f.uniformed());
        assertEquals(3, f.civilian());
        assertEquals(1995, f.firstYear());
        assertEquals(2025, f.lastYear());
        assertEquals(1995, f.uniformedFirstYear());
        FatalityFigures civilianFirst = FatalityCounts.of(DEATHS.subList(1, 4), YearMonth.of(2025, 7), SOURCES);
        assertEquals(2003, civilianFirst.firstYear());
        assertEquals(2009, civilianFirst.uniformedFirstYear());
        assertEquals(2010, civilianFirst.lastYear());
    }

    @Test
    void noDeathsHaveNoYears() {
        FatalityFigures none = FatalityCounts.of(List.of(), YearMonth.of(2025, 7), SOURCES);
        assertEquals(0, none.total());
        assertNull(none.firstYear());
        assertNull(none.lastYear());
        assertNull(none.uniformedFirstYear());
        assertEquals(List.of(), none.byCategory());
    }

    @Test
    void breakdownsAreLargestFirstAndDecadesInOrder() {
        FatalityFigures f = FatalityCounts.of(DEATHS, YearMonth.of(2025, 7), SOURCES);
        assertEquals(List.of(new FatalityFigures.Count("Police", 3), new FatalityFigures.Count("Military", 2),
                new FatalityFigures.Count("International civilian staff", 1), new FatalityFigures.Count("Local civilian staff", 1),
                new FatalityFigures.Count("Military observers", 1), new FatalityFigures.Count("Other personnel", 1)),
                f.byCategory());
        assertEquals(List.of(new FatalityFigures.Count("Accident", 4), new FatalityFigures.Count("Illness", 3),
                new FatalityFigures.Count("Malicious Act", 2)), f.byIncident());
        assertEquals(List.of(new FatalityFigures.Count("UNMIL", 4), new FatalityFigures.Count("UNMISS", 2),
                new FatalityFigures.Count("UNPROFOR", 2), new FatalityFigures.Count("MINUSTAH", 1)), f.byOperation());
        assertEquals(List.of(new FatalityFigures.Count("1990s", 2), new FatalityFigures.Count("2000s", 4),
                new FatalityFigures.Count("2010s", 1), new FatalityFigures.Count("2020s", 2)), f.byDecade());
    }

    @Test
    void anEarlierBriefCountsToItsMonthAndALaterOneToTheDatasLastUpdate() {
        FatalityFigures earlier = FatalityCounts.of(DEATHS, YearMonth.of(2024, 12), SOURCES);
        assertEquals("2025-05-14", earlier.dataAsOf());
        assertEquals(YearMonth.of(2024, 12), earlier.countedTo());
        assertTrue(earlier.countedToBriefMonth());
        FatalityFigures later = FatalityCounts.of(DEATHS, YearMonth.of(2025, 7), SOURCES);
        assertEquals(YearMonth.of(2025, 5), later.countedTo());
        assertFalse(later.countedToBriefMonth());
        FatalityFigures same = FatalityCounts.of(DEATHS, YearMonth.of(2025, 5), SOURCES);
        assertEquals(YearMonth.of(2025, 5), same.countedTo());
        assertFalse(same.countedToBriefMonth());
        FatalityFigures undated = FatalityCounts.of(DEATHS, YearMonth.of(2025, 7), SOURCES.subList(0, 1));
        assertNull(undated.dataAsOf());
        assertEquals(YearMonth.of(2025, 7), undated.countedTo(), "without an update date, to the brief's month");
    }

    @Test
    void categoriesAreNamedAsAReaderSaysThem() {
        assertEquals("Local civilian staff", FatalityCounts.categoryLabel("Local"));
        assertEquals("International civilian staff", FatalityCounts.categoryLabel("International Civilian"));
        assertEquals("Military observers", FatalityCounts.categoryLabel("Military Observer"));
        assertEquals("Other personnel", FatalityCounts.categoryLabel("Other"));
        assertEquals("Police", FatalityCounts.categoryLabel("Police"));
    }
}
