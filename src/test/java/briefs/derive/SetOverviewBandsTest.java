package briefs.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import briefs.model.PersonnelType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The overview's counts on a made-up set, at their edges: a share on a band's edge, the share
 * ranking's minimum, targets met, missed and unjudged, and each plan status.
 */
class SetOverviewBandsTest {
    private static final YearMonth MONTH = YearMonth.of(2025, 7);
    private static final List<PersonnelType> TROOPS = List.of(PersonnelType.TROOPS);

    private static ParityFigures parity(int total, Boolean met) {
        return new ParityFigures("Contingents", TROOPS, 2025, 0.12, 2028, 0.15, total, 0, null, met, null);
    }

    private static CountryFigures country(String iso3, int total, Integer women, PlanStatus plan, ParityFigures parity,
                                          boolean gender) {
        Double share = women == null || total == 0 ? null : women / (double) total;
        return new CountryFigures(new CountryIdentity(iso3, "XX", iso3, iso3, null, true, null, null, null, null),
                MONTH, MONTH, MONTH, gender, true, total, women, women == null ? null : total - women, share,
                null, 120, List.of(), List.of(), 0, null, 70000, gender ? 7000 : null, gender ? 0.1 : null,
                List.of(parity), List.of(), null, null, plan, List.of(), List.of());
    }

    private static CountryFigures country(String iso3, int total, Integer women) {
        return country(iso3, total, women, PlanStatus.NONE_RECORDED, parity(total, null), true);
    }

    @Test
    void aShareOnABandsEdgeIsInTheBandAbove() {
        SetOverview o = SetOverview.of(List.of(
                country("AAA", 100, 0), country("BBB", 100, 5), country("CCC", 1000, 49), country("DDD", 2000, 99),
                country("EEE", 100, 30), country("FFF", 100, 45), country("GGG", 0, 0)));
        // CCC: 4.9%; DDD: 4.95% prints as 5.0% (rounded to 0.1%), so it is in the 5% band as printed.
        assertEquals(List.of(2, 2, 0, 0, 0, 0, 2), o.shareBands().stream().map(SetOverview.ShareBand::countries).toList());
        assertEquals(0.0, o.shareBands().get(0).from());
        assertEquals(0.05, o.shareBands().get(0).to());
        assertEquals(0.3, o.shareBands().get(6).from());
        assertNull(o.shareBands().get(6).to(), "the last band is open above");
    }

    @Test
    void totalsAndTheLargestContributorsFirst() {
        // Listed out of order, so that ties are seen to be ordered by code.
        SetOverview o = SetOverview.of(List.of(country("CCC", 300, 30), country("BBB", 100, 10), country("AAA", 100, 20),
                country("DDD", 0, 0)));
        assertEquals(4, o.countries());
        assertEquals(3, o.withPersonnel());
        assertEquals(500, o.total());
        assertEquals(60, o.women());
        assertEquals(0.12, o.womenShare(), 1e-12);
        assertEquals(120, o.contributors());
        assertEquals(70000, o.unTotal());
        assertEquals(List.of("CCC", "AAA", "BBB"), o.top().stream().map(f -> f.country().iso3()).toList(),
                "largest first, ties by code, nobody deployed left out");
        assertEquals(List.of("AAA", "BBB", "CCC"), o.topShares().stream().map(f -> f.country().iso3()).toList(),
                "20% before 10% and 10%, ties by code");
        assertEquals(SetOverview.SHARE_RANKING_MINIMUM, o.shareRankingMinimum());
    }

    @Test
    void theShareRankingStartsAtAHundredPeopleAndStopsAtTen() {
        List<CountryFigures> set = new ArrayList<>();
        set.add(country("AAA", 99, 90));
        set.add(country("BBB", 100, 10));
        for (int i = 0; i < 12; i++) {
            set.add(country("C" + (char) ('A' + i) + "C", 200, 100 - i));
        }
        SetOverview o = SetOverview.of(set);
        assertEquals(SetOverview.TOP_SHARES, o.topShares().size());
        assertEquals("CAC", o.topShares().get(0).country().iso3());
        assertEquals(List.of(), o.topShares().stream().filter(f -> f.country().iso3().equals("AAA")).toList());
        List<CountryFigures> few = List.of(country("AAA", 99, 90), country("BBB", 100, 10));
        assertEquals(List.of("BBB"), SetOverview.of(few).topShares().stream().map(f -> f.country().iso3()).toList());
        assertEquals(2, SetOverview.of(few).top().size());
    }

    @Test
    void theTopListHoldsFifteen() {
        List<CountryFigures> set = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            set.add(country("A" + (char) ('A' + i) + "A", 10 + i, 1));
        }
        SetOverview o = SetOverview.of(set);
        assertEquals(SetOverview.TOP, o.top().size());
        assertEquals("ATA", o.top().get(0).country().iso3());
    }

    @Test
    void targetsAreCountedMetMissedOrUnjudgedAmongThoseDeploying() {
        SetOverview o = SetOverview.of(List.of(
                country("AAA", 100, 20, PlanStatus.IN_FORCE, parity(100, true), true),
                country("BBB", 100, 5, PlanStatus.OPEN_ENDED, parity(100, false), true),
                country("CCC", 100, 4, PlanStatus.EXPIRED, parity(100, false), true),
                country("DDD", 5, 1, PlanStatus.DATES_UNKNOWN, parity(5, null), true),
                country("EEE", 0, 0, PlanStatus.IN_FORCE, parity(0, null), true),
                country("FFF", 0, 0, PlanStatus.NONE_RECORDED, parity(0, null), true)));
        SetOverview.TargetCount t = o.targets().get(0);
        assertEquals(new SetOverview.TargetCount("Contingents", 2025, 0.12, 1, 2, 1, 0), t, "DDD's five people: too few to judge");
        assertEquals(4, t.deploying());
        assertEquals(List.of(new SetOverview.PlanCount(PlanStatus.IN_FORCE, 2), new SetOverview.PlanCount(PlanStatus.OPEN_ENDED, 1),
                new SetOverview.PlanCount(PlanStatus.EXPIRED, 1), new SetOverview.PlanCount(PlanStatus.DATES_UNKNOWN, 1),
                new SetOverview.PlanCount(PlanStatus.NONE_RECORDED, 1)), o.plans());
        assertEquals(3, o.plansInForce(), "in force, with or without an end year");
    }

    /**
     * July 2025 has its gender split: a category with a handful of a country's people is "too few to
     * judge", not "no gender split" (the overview and the index said 32 countries had no split).
     */
    @Test
    void theBundledMonthsCountTooFewApartFromNoGenderSplit() {
        for (String month : List.of("2025-07", "2020-08")) {
            java.time.YearMonth m = java.time.YearMonth.parse(month);
            List<CountryFigures> set = BundledData.members(m);
            for (SetOverview.TargetCount t : SetOverview.of(set).targets()) {
                if (month.equals("2025-07")) {
                    assertEquals(0, t.noGender(), t.toString());
                } else {
                    assertEquals(0, t.met() + t.missed() + t.tooFew(), t.toString());
                    assertTrue(t.noGender() > 0, t.toString());
                }
            }
        }
        List<CountryFigures> july = BundledData.members(java.time.YearMonth.of(2025, 7));
        assertEquals(List.of(7, 32, 27, 0), SetOverview.of(july).targets().stream().map(SetOverview.TargetCount::tooFew).toList());
    }

    @Test
    void aMonthWithoutAGenderSplitHasNoWomen() {
        SetOverview o = SetOverview.of(List.of(
                country("AAA", 100, null, PlanStatus.NONE_RECORDED, parity(100, null), false),
                country("BBB", 50, null, PlanStatus.NONE_RECORDED, parity(50, null), false)));
        assertEquals(150, o.total());
        assertNull(o.women());
        assertNull(o.womenShare());
        assertNull(o.unWomenShare());
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), o.shareBands().stream().map(SetOverview.ShareBand::countries).toList());
        assertEquals(2, o.targets().get(0).noGender());
        assertEquals(0, o.targets().get(0).tooFew());
    }
}
