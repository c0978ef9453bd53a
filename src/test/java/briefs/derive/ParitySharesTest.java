package briefs.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.model.ParityTarget;
import briefs.model.PersonnelType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Women's shares against the targets: which year's target applies, when a target is judged, how many women are missing. */
class ParitySharesTest {
    private static final PersonnelType TROOPS = PersonnelType.TROOPS;
    private static final PersonnelType STAFF = PersonnelType.STAFF_OFFICERS;
    private static final PersonnelType EXPERTS = PersonnelType.EXPERTS_ON_MISSION;
    private static final List<PersonnelType> OFFICERS = List.of(STAFF, EXPERTS);
    /** Listed out of order on purpose: the targets are sorted by year. */
    private static final List<ParityTarget> TARGETS = List.of(
            new ParityTarget("Contingents", List.of(TROOPS), 2028, 0.15, "s"),
            new ParityTarget("Contingents", List.of(TROOPS), 2020, 0.065, "s"),
            new ParityTarget("Contingents", List.of(TROOPS), 2022, 0.09, "s"),
            new ParityTarget("Officers", OFFICERS, 2020, 0.17, "s"),
            new ParityTarget("Officers", OFFICERS, 2028, 0.25, "s"));

    /** Troops, staff officers and experts with these totals and women; the other types empty. */
    private static List<TypeFigures> byType(int troops, int troopWomen, int staff, int staffWomen, int experts,
                                            int expertWomen) {
        List<TypeFigures> result = new ArrayList<>();
        for (PersonnelType t : PersonnelType.values()) {
            int total = t == TROOPS ? troops : t == STAFF ? staff : t == EXPERTS ? experts : 0;
            int women = t == TROOPS ? troopWomen : t == STAFF ? staffWomen : t == EXPERTS ? expertWomen : 0;
            result.add(new TypeFigures(t, t.label(), total - women, women, total, null));
        }
        return result;
    }

    private static List<ParityFigures> parity(List<TypeFigures> byType, int year) {
        return ParityShares.of(TARGETS, byType, year, true);
    }

    @Test
    void theTargetOfTheYearAppliesElseTheNextOneSetElseTheLast() {
        List<TypeFigures> some = byType(100, 10, 0, 0, 0, 0);
        assertEquals(2020, parity(some, 2019).get(0).targetYear(), "before the first target: the first");
        assertEquals(2020, parity(some, 2020).get(0).targetYear(), "the year's own target");
        assertEquals(2022, parity(some, 2021).get(0).targetYear(), "between targets: the next one");
        assertEquals(2022, parity(some, 2022).get(0).targetYear());
        assertEquals(2028, parity(some, 2023).get(0).targetYear());
        assertEquals(2028, parity(some, 2030).get(0).targetYear(), "after the last target: the last");
        ParityFigures p = parity(some, 2021).get(0);
        assertEquals(0.09, p.target());
        assertEquals(2028, p.endYear());
        assertEquals(0.15, p.endTarget());
        assertEquals(List.of(TROOPS), p.types());
    }

    @Test
    void eachCategoryAddsUpItsOwnTypesInTheTargetsOrder() {
        List<ParityFigures> result = parity(byType(100, 10, 30, 6, 20, 4), 2025);
        assertEquals(List.of("Contingents", "Officers"), result.stream().map(ParityFigures::category).toList());
        ParityFigures officers = result.get(1);
        assertEquals(50, officers.total());
        assertEquals(10, officers.women());
        assertEquals(0.2, officers.womenShare(), 1e-12);
        assertEquals(OFFICERS, officers.types());
    }

    @Test
    void aShareEqualToItsTargetMeetsIt() {
        // 2022: 9% of 100 troops.
        ParityFigures exactly = parity(byType(100, 9, 0, 0, 0, 0), 2022).get(0);
        assertEquals(Boolean.TRUE, exactly.met());
        assertEquals(null, exactly.womenNeeded());
        ParityFigures oneShort = parity(byType(100, 8, 0, 0, 0, 0), 2022).get(0);
        assertEquals(Boolean.FALSE, oneShort.met());
        assertEquals(1, oneShort.womenNeeded());
    }

    @Test
    void womenNeededIsTheSmallestNumberThatReachesTheTarget() {
        // 15% of 21 is 3.15: 4 women are needed, 1 is there.
        ParityFigures p = parity(byType(21, 1, 0, 0, 0, 0), 2028).get(0);
        assertEquals(3, p.womenNeeded());
        // 25% of 40 officers is exactly 10: 7 are there, 3 more are needed.
        ParityFigures officers = parity(byType(0, 0, 40, 7, 0, 0), 2028).get(1);
        assertEquals(3, officers.womenNeeded());
        assertEquals(0.175, officers.womenShare(), 1e-12);
    }

    @Test
    void aTargetIsJudgedFromTenPeople() {
        ParityFigures nine = parity(byType(9, 0, 0, 0, 0, 0), 2028).get(0);
        assertEquals(null, nine.met(), "nine people say nothing about a target");
        assertEquals(null, nine.womenNeeded());
        assertEquals(0.0, nine.womenShare());
        ParityFigures ten = parity(byType(10, 0, 0, 0, 0, 0), 2028).get(0);
        assertEquals(Boolean.FALSE, ten.met());
        assertEquals(2, ten.womenNeeded(), "15% of 10 is 1.5: 2 women");
        assertTrue(nine.small());
        assertFalse(ten.small());
        assertTrue(parity(byType(1, 0, 0, 0, 0, 0), 2028).get(0).small(), "one person");
        ParityFigures none = parity(byType(0, 0, 0, 0, 0, 0), 2028).get(0);
        assertFalse(none.small(), "nobody is not a small group");
        assertEquals(0, none.total());
        assertEquals(null, none.womenShare());
        assertEquals(null, none.met());
    }

    @Test
    void withoutAGenderSplitNothingIsJudged() {
        ParityFigures p = ParityShares.of(TARGETS, byType(100, 0, 0, 0, 0, 0), 2028, false).get(0);
        assertEquals(100, p.total());
        assertEquals(null, p.women());
        assertEquals(null, p.womenShare());
        assertEquals(null, p.met());
        assertEquals(null, p.womenNeeded());
    }
}
