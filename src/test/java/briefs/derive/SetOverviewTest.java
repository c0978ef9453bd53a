package briefs.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The overview of all member states agrees with the briefs it summarises. */
class SetOverviewTest {
    private static List<CountryFigures> members(YearMonth month) {
        return BundledData.members(month);
    }

    @Test
    void totalsAndCountsAddUpOverTheMemberStates() {
        YearMonth month = BundledData.contributors().latestMonth();
        List<CountryFigures> set = members(month);
        SetOverview o = SetOverview.of(set);

        assertEquals(193, o.countries());
        assertEquals(set.stream().mapToInt(CountryFigures::total).sum(), o.total());
        assertEquals(set.stream().filter(f -> f.total() > 0).count(), o.withPersonnel());
        assertEquals(set.stream().filter(f -> f.womenShare() != null).count(),
                o.shareBands().stream().mapToInt(SetOverview.ShareBand::countries).sum(), "every share in one band");
        assertEquals(193, o.plans().stream().mapToInt(SetOverview.PlanCount::countries).sum());
        for (int i = 0; i < o.targets().size(); i++) {
            int category = i;
            long deploying = set.stream().filter(f -> f.parity().get(category).total() > 0).count();
            assertEquals(deploying, o.targets().get(i).deploying(), o.targets().get(i).category());
        }
    }

    @Test
    void topListsAreOrderedAndBounded() {
        SetOverview o = SetOverview.of(members(BundledData.contributors().latestMonth()));
        assertEquals(SetOverview.TOP, o.top().size());
        for (int i = 1; i < o.top().size(); i++) {
            assertTrue(o.top().get(i - 1).total() >= o.top().get(i).total());
        }
        assertEquals(Integer.valueOf(1), o.top().get(0).rank(), "the largest member state is the largest contributor");
        for (CountryFigures f : o.topShares()) {
            assertTrue(f.total() >= SetOverview.SHARE_RANKING_MINIMUM, f.country().iso3());
        }
        for (int i = 1; i < o.topShares().size(); i++) {
            assertTrue(o.topShares().get(i - 1).womenShare() >= o.topShares().get(i).womenShare());
        }
    }

    @Test
    void figuresOfDifferentMonthsAreRefused() {
        SetFigures c = BundledData.contributors();
        YearMonth month = c.latestMonth();
        List<CountryFigures> mixed = List.of(c.figures("NOR", month), c.figures("SWE", month.minusMonths(12)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SetOverview.of(mixed));
        assertEquals("figures of different months in one set: " + month + " and " + month.minusMonths(12) + " (SWE)",
                e.getMessage());
    }

    @Test
    void anEmptySetIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SetOverview.of(List.of()));
        assertEquals("set is empty: an overview needs at least one country", e.getMessage());
    }
}
