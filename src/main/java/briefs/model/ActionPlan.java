package briefs.model;

import java.util.List;

/**
 * A National Action Plan on Security Council resolution 1325 (Women, Peace and Security).
 *
 * @param number  the plan's order (1 for the first), or null where no source states it
 * @param startYear null where the sources give no year (the plan is known to exist, not when)
 * @param endYear   null where the sources give none
 */
public record ActionPlan(Integer number, Integer startYear, Integer endYear, String title, String sourceUrl,
                         String sourceNote, List<FocusArea> focusAreas) {
    public ActionPlan {
        focusAreas = List.copyOf(focusAreas);
    }
}
