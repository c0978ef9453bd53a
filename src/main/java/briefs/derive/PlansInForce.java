package briefs.derive;

import briefs.model.ActionPlan;
import java.util.List;

/** Which of a country's National Action Plans a brief of a given year knows, and which is in force. */
final class PlansInForce {
    private PlansInForce() {
    }

    /**
     * The plans a brief of the year can know: those started by then, and those whose years no
     * source gives. A plan adopted later had not happened yet.
     */
    static List<ActionPlan> knownBy(List<ActionPlan> plans, int year) {
        return plans.stream().filter(p -> p.startYear() == null || p.startYear() <= year).toList();
    }

    /** The plan started last by the year (of two started the same year, the one listed last), or null. */
    private static ActionPlan latestStarted(List<ActionPlan> plans, int year) {
        ActionPlan latest = null;
        for (ActionPlan p : plans) {
            if (p.startYear() != null && p.startYear() <= year && (latest == null || p.startYear() >= latest.startYear())) {
                latest = p;
            }
        }
        return latest;
    }

    /**
     * The plan in force in the year: the latest one started by then, unless it has ended. A plan
     * with no end year is superseded by any later plan, so an old open-ended plan never wins
     * over a later dated one (Georgia 2012 against 2022-2024).
     */
    static ActionPlan inForce(List<ActionPlan> plans, int year) {
        ActionPlan latest = latestStarted(plans, year);
        return latest != null && !supersededByUndated(latest, plans) && (latest.endYear() == null || latest.endYear() >= year)
                ? latest : null;
    }

    /** Whether a plan recorded without years comes after it in the country's numbering (Ukraine's second plan). */
    private static boolean supersededByUndated(ActionPlan plan, List<ActionPlan> plans) {
        return plan.number() != null && plans.stream()
                .anyMatch(p -> p.startYear() == null && p.number() != null && p.number() > plan.number());
    }

    static PlanStatus status(List<ActionPlan> plans, int year) {
        if (plans.isEmpty()) {
            return PlanStatus.NONE_RECORDED;
        }
        ActionPlan latest = latestStarted(plans, year);
        if (latest == null || supersededByUndated(latest, plans)) {
            return PlanStatus.DATES_UNKNOWN;
        }
        if (latest.endYear() == null) {
            return PlanStatus.OPEN_ENDED;
        }
        return latest.endYear() >= year ? PlanStatus.IN_FORCE : PlanStatus.EXPIRED;
    }
}
