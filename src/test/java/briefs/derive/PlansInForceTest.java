package briefs.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import briefs.model.ActionPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which plan a brief of a year knows and calls in force, at the edges of the plans' years. */
class PlansInForceTest {
    private static ActionPlan plan(Integer number, Integer start, Integer end) {
        return new ActionPlan(number, start, end, "Plan " + number, null, null, List.of());
    }

    private final ActionPlan first = plan(1, 2010, 2014);
    private final ActionPlan second = plan(2, 2015, 2018);

    @Test
    void aPlanIsKnownFromItsFirstYearAndAnUndatedOneAlways() {
        ActionPlan undated = plan(3, null, null);
        assertEquals(List.of(), PlansInForce.knownBy(List.of(second), 2014));
        assertEquals(List.of(second), PlansInForce.knownBy(List.of(second), 2015));
        assertEquals(List.of(first, undated), PlansInForce.knownBy(List.of(first, second, undated), 2012));
    }

    @Test
    void aPlanIsInForceFromItsFirstToItsLastYear() {
        List<ActionPlan> plans = List.of(first, second);
        assertNull(PlansInForce.inForce(plans, 2009));
        assertEquals(first, PlansInForce.inForce(plans, 2010));
        assertEquals(first, PlansInForce.inForce(plans, 2014));
        assertEquals(second, PlansInForce.inForce(plans, 2015));
        assertEquals(second, PlansInForce.inForce(plans, 2018));
        assertNull(PlansInForce.inForce(plans, 2019));
        assertEquals(PlanStatus.IN_FORCE, PlansInForce.status(plans, 2018));
        assertEquals(PlanStatus.EXPIRED, PlansInForce.status(plans, 2019));
        assertEquals(PlanStatus.DATES_UNKNOWN, PlansInForce.status(plans, 2009), "none started yet");
    }

    @Test
    void ofTwoPlansStartedTheSameYearTheOneListedLastCounts() {
        ActionPlan revised = plan(2, 2015, 2020);
        assertEquals(revised, PlansInForce.inForce(List.of(second, revised), 2019));
        assertEquals(revised, PlansInForce.inForce(List.of(second, revised), 2015));
        assertEquals(second, PlansInForce.inForce(List.of(revised, second), 2015));
        assertNull(PlansInForce.inForce(List.of(revised, second), 2019), "the one listed last ended in 2018");
    }

    @Test
    void aLaterDatedPlanSupersedesAnOpenEndedOne() {
        ActionPlan open = plan(1, 2012, null);
        ActionPlan later = plan(2, 2022, 2024);
        assertEquals(open, PlansInForce.inForce(List.of(open, later), 2021));
        assertEquals(PlanStatus.OPEN_ENDED, PlansInForce.status(List.of(open, later), 2021));
        assertEquals(later, PlansInForce.inForce(List.of(open, later), 2022));
        assertEquals(PlanStatus.EXPIRED, PlansInForce.status(List.of(open, later), 2025));
    }

    @Test
    void anUndatedPlanWithAHigherNumberSupersedesTheLatestDatedOne() {
        ActionPlan undatedSecond = plan(2, null, null);
        assertNull(PlansInForce.inForce(List.of(first, undatedSecond), 2012));
        assertEquals(PlanStatus.DATES_UNKNOWN, PlansInForce.status(List.of(first, undatedSecond), 2012));
        ActionPlan undatedSame = plan(2, null, null);
        assertEquals(second, PlansInForce.inForce(List.of(second, undatedSame), 2016), "the same number does not");
        ActionPlan undatedFirst = plan(1, null, null);
        assertEquals(second, PlansInForce.inForce(List.of(undatedFirst, second), 2016), "a lower number does not");
        assertEquals(PlanStatus.IN_FORCE, PlansInForce.status(List.of(undatedFirst, second), 2016));
        ActionPlan unnumbered = plan(null, null, null);
        assertEquals(second, PlansInForce.inForce(List.of(second, unnumbered), 2016), "nor does one without a number");
        ActionPlan unnumberedDated = plan(null, 2015, 2018);
        assertEquals(unnumberedDated, PlansInForce.inForce(List.of(unnumberedDated, undatedSecond), 2016),
                "a dated plan without a number is never superseded by numbering");
    }

    @Test
    void noPlanRecorded() {
        assertEquals(PlanStatus.NONE_RECORDED, PlansInForce.status(List.of(), 2020));
        assertNull(PlansInForce.inForce(List.of(), 2020));
    }
}
