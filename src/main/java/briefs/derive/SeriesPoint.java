package briefs.derive;

import java.time.YearMonth;
import java.util.List;

/**
 * One month of a country's history.
 *
 * @param reported false for months the UN reports lack (their figures are 0 and must not be drawn)
 * @param women    null when gender is unavailable or the month is not reported
 * @param byType   totals for all five personnel types, in the enum's order
 */
public record SeriesPoint(YearMonth month, boolean reported, int total, Integer women, List<Integer> byType) {
    public SeriesPoint {
        byType = List.copyOf(byType);
    }
}
