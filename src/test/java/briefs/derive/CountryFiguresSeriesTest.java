package briefs.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a country's history holds, as the words under its charts ask it. */
class CountryFiguresSeriesTest {
    private static final YearMonth JAN = YearMonth.of(2025, 1);

    private static SeriesPoint point(int month, boolean reported, int total, Integer women) {
        return new SeriesPoint(JAN.plusMonths(month), reported, total, women, List.of(total, 0, 0, 0, 0));
    }

    private static CountryFigures withSeries(SeriesPoint... points) {
        return new CountryFigures(new CountryIdentity("AAA", "XX", "AAA", "AAA", null, true, null, null, null, null),
                JAN.plusMonths(points.length - 1), JAN, JAN.plusMonths(points.length - 1), true, true, 0, 0, 0, null,
                null, 120, List.of(), List.of(), 0, null, 70000, 7000, 0.1, List.of(), List.of(points), null, null,
                PlanStatus.NONE_RECORDED, List.of(), List.of());
    }

    @Test
    void womenGapsAndBreaksAreEachSeenWhereverTheyAre() {
        CountryFigures f = withSeries(point(0, true, 10, null), point(1, false, 0, null), point(2, true, 12, 3));
        assertTrue(f.seriesHasWomen());
        assertTrue(f.seriesHasGaps());
        assertTrue(f.seriesLacksWomenSomewhere(), "January is reported without a split by gender");
    }

    @Test
    void anUnreportedMonthIsAGapNotABreakInTheWomensLine() {
        CountryFigures f = withSeries(point(0, true, 10, 2), point(1, false, 0, null), point(2, true, 0, 0));
        assertTrue(f.seriesHasWomen());
        assertTrue(f.seriesHasGaps());
        assertFalse(f.seriesLacksWomenSomewhere());
    }

    @Test
    void aHistoryWithoutWomenOrGaps() {
        CountryFigures f = withSeries(point(0, true, 10, null), point(1, true, 11, null));
        assertFalse(f.seriesHasWomen());
        assertFalse(f.seriesHasGaps());
        assertTrue(f.seriesLacksWomenSomewhere());
    }

    @Test
    void deployedMonthsAreReportedMonthsWithPersonnelOldestFirst() {
        CountryFigures f = withSeries(point(0, true, 0, 0), point(1, true, 5, 1), point(2, false, 0, null),
                point(3, true, 7, null), point(4, true, 0, 0));
        assertEquals(List.of(JAN.plusMonths(1), JAN.plusMonths(3)), f.seriesDeployed().stream().map(SeriesPoint::month).toList());
        assertEquals(List.of(), withSeries(point(0, true, 0, 0)).seriesDeployed());
    }
}
