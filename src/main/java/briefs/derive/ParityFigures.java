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
 * @param met        null when womenShare is null
 */
public record ParityFigures(String category, List<PersonnelType> types, int targetYear, double target,
                            int endYear, double endTarget, int total, Integer women, Double womenShare,
                            Boolean met) {
    public ParityFigures {
        types = List.copyOf(types);
    }
}
