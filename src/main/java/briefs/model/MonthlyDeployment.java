package briefs.model;

import java.time.YearMonth;
import java.util.List;

/**
 * What a country had deployed at the end of one month.
 *
 * @param total          the sum of the contributions' totals
 * @param women          the sum of the contributions' women, or null when {@code genderReported} is false
 * @param genderReported false for months whose gender split is unusable in the source
 * @param byOperation    false for months whose report gives country by type only (2018-03 to 2019-08)
 */
public record MonthlyDeployment(YearMonth month, int total, Integer women, boolean genderReported,
                                boolean byOperation, List<Contribution> contributions) {
    public MonthlyDeployment {
        contributions = List.copyOf(contributions);
    }
}
