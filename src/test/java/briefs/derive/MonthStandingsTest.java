package briefs.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import briefs.derive.MonthStandings.Reported;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ranks as the UN ranks them, and UN-wide totals, from what each country reported in a month. */
class MonthStandingsTest {
    private static final YearMonth MONTH = YearMonth.of(2025, 7);

    @Test
    void tiesShareARankAndTheNextRankSkips() {
        SetFigures.Standing s = MonthStandings.of(MONTH, List.of(
                new Reported("CCC", 50, 5), new Reported("AAA", 75, 10), new Reported("BBB", 75, 0),
                new Reported("DDD", 100, 20), new Reported("EEE", 1, 1)));
        assertEquals(Map.of("DDD", 1, "AAA", 2, "BBB", 2, "CCC", 4, "EEE", 5), s.ranks());
        assertEquals(5, s.contributors());
        assertEquals(301, s.unTotal());
        assertEquals(36, s.unWomen());
        assertEquals(MONTH, s.month());
    }

    @Test
    void aCountryListedWithNobodyNeitherContributesNorRanks() {
        SetFigures.Standing s = MonthStandings.of(MONTH, List.of(
                new Reported("AAA", 10, 2), new Reported("PNG", 0, 0), new Reported("BBB", 5, 1)));
        assertEquals(Map.of("AAA", 1, "BBB", 2), s.ranks());
        assertEquals(2, s.contributors());
        assertEquals(15, s.unTotal());
        assertEquals(3, s.unWomen());
    }

    @Test
    void oneCountryWithoutWomenReportedLeavesTheUnWideWomenUnknown() {
        SetFigures.Standing s = MonthStandings.of(MONTH, List.of(new Reported("AAA", 10, 2), new Reported("BBB", 5, null)));
        assertNull(s.unWomen());
        assertEquals(15, s.unTotal());
        SetFigures.Standing none = MonthStandings.of(MONTH, List.of());
        assertEquals(0, none.contributors());
        assertEquals(0, none.unWomen(), "no country, no unknown");
    }
}
