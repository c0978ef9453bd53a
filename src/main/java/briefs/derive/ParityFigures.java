package briefs.derive;

import briefs.model.PersonnelType;
import java.util.List;

/**
 * A country's women's share in one parity-strategy category against the target for the year.
 *
 * @param category   e.g. "Military contingents", "Staff officers and military observers"
 * @param targetYear the year whose target applies (the month's year, or the nearest year the
 *                   strategy sets a target for)
 * @param target     the target share as a fraction
 * @param endTarget  the strategy's target for its final year (2028)
 * @param womenShare null when nobody of this category is deployed or gender is unavailable
 * @param met        null when womenShare is null, and when fewer than {@link #SMALL_GROUP} people of
 *                   the category are deployed: a share of a handful says nothing about a target
 * @param womenNeeded how many more of the same number of personnel would have to be women to reach
 *                   the target; null unless the target is judged and missed
 */
public record ParityFigures(String category, List<PersonnelType> types, int targetYear, double target,
                            int endYear, double endTarget, int total, Integer women, Double womenShare,
                            Boolean met, Integer womenNeeded) {
    /** Below this many people a brief gives the people ("1 of 2"), not a share, and judges no target. */
    public static final int SMALL_GROUP = 10;

    public ParityFigures {
        types = List.copyOf(types);
    }

    /** Whether the category has personnel, but too few for a share to mean anything. */
    public boolean small() {
        return total > 0 && total < SMALL_GROUP;
    }
}
