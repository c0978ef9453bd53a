package briefs.derive;

import briefs.model.ActionPlan;
import java.time.YearMonth;
import java.util.List;

/**
 * Every figure a brief, its annex and its covering email show for one country in one month.
 * Nothing downstream computes a figure: templates and writers only format these.
 *
 * @param month          the data month ("as of")
 * @param total          uniformed personnel deployed at the end of the month
 * @param women          women among them; null when the month's gender split is unavailable
 * @param womenShare     women / total as a fraction; null when total is 0 or gender is unavailable
 * @param rank           rank among contributors (ties share a rank: 75, 75, 75, 78); null when the
 *                       month's report does not list the country (a listed country with 0 personnel
 *                       ranks last, as in the UN's own ranking files)
 * @param contributors   countries the month's report lists (as the UN counts them)
 * @param byType         all five personnel types, in the enum's order, zeros included
 * @param byOperation    operations with personnel, largest first (empty when the month has no
 *                       operation breakdown or nobody is deployed)
 * @param operationCount operations with personnel; null when the month has no operation breakdown
 * @param yearAgo        the same figures twelve months earlier, or null when that month is not in the data
 * @param unTotal        all uniformed personnel of all countries that month
 * @param unWomen        women among them (null when gender is unavailable)
 * @param unWomenShare   the UN-wide share of women (null when gender is unavailable)
 * @param parity         one row per Uniformed Gender Parity Strategy category
 * @param series         the country's monthly history from the first month of the data to {@code month}
 * @param planInForce    the National Action Plan in force in the month's year, or null
 * @param plans          every plan recorded, oldest first
 */
public record CountryFigures(
        CountryIdentity country,
        YearMonth month,
        YearMonth dataFirst,
        YearMonth dataLast,
        boolean genderReported,
        boolean operationBreakdown,
        int total,
        Integer women,
        Integer men,
        Double womenShare,
        Integer rank,
        int contributors,
        List<TypeFigures> byType,
        List<OperationFigures> byOperation,
        Integer operationCount,
        YearAgo yearAgo,
        int unTotal,
        Integer unWomen,
        Double unWomenShare,
        List<ParityFigures> parity,
        List<SeriesPoint> series,
        FatalityFigures fatalities,
        ActionPlan planInForce,
        PlanStatus planStatus,
        List<ActionPlan> plans,
        List<String> notes) {

    public CountryFigures {
        byType = List.copyOf(byType);
        byOperation = List.copyOf(byOperation);
        parity = List.copyOf(parity);
        series = List.copyOf(series);
        plans = List.copyOf(plans);
        notes = List.copyOf(notes);
    }

    /** True when the country had nobody deployed in the month. */
    public boolean noPersonnel() {
        return total == 0;
    }

    // What the series holds, for the words under its charts: asked of the history once here rather
    // than by filtering its hundred-odd months in the template for each sentence.

    /** True when some month of {@link #series} has a count of women (the chart draws their line). */
    public boolean seriesHasWomen() {
        return series.stream().anyMatch(p -> p.women() != null);
    }

    /** True when some month of {@link #series} is missing from the UN reports (a gap in the lines). */
    public boolean seriesHasGaps() {
        return series.stream().anyMatch(p -> !p.reported());
    }

    /** True when some reported month of {@link #series} has no split by gender (a break in the women's line). */
    public boolean seriesLacksWomenSomewhere() {
        return series.stream().anyMatch(p -> p.reported() && p.women() == null);
    }

    /** The months of {@link #series} with personnel deployed, oldest first. */
    public List<SeriesPoint> seriesDeployed() {
        return series.stream().filter(p -> p.reported() && p.total() > 0).toList();
    }
}
