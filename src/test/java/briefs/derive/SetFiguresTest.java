package briefs.derive;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.load.StandingsIndex;
import briefs.model.ActionPlan;
import briefs.model.Country;
import briefs.model.PersonnelType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SetFiguresTest {
    private final SetFigures contributors = BundledData.contributors();

    /**
     * The UN's own ranking files were published independently of the monthly reports we
     * converted: every country's total, women and rank must equal them. A country the file
     * lists with nobody (Papua New Guinea in 2022-01, ranked last) is no contributor and has no
     * rank; the ranks of the others stand.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2021-01", "2022-01"})
    void totalsWomenAndRanksEqualTheUnRankingFile(String month) throws IOException {
        YearMonth ym = YearMonth.parse(month);
        List<String> lines = Files.readAllLines(Path.of("data/sources/odp_contributionranks_" + month + ".csv"),
                StandardCharsets.UTF_8);
        List<Executable> checks = new ArrayList<>();
        int rows = 0;
        int withPersonnel = 0;
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            // ISOCode3, M49_Code, Contributing_Country, Rank, Female, Male, Total, Date (the name may hold commas)
            int n = f.length;
            String iso3 = f[0].replace("\uFEFF", "");
            int rank = Integer.parseInt(f[n - 5]);
            int women = Integer.parseInt(f[n - 4]);
            int total = Integer.parseInt(f[n - 2]);
            CountryFigures fig = contributors.figures(iso3, ym);
            checks.add(() -> assertEquals(total, fig.total(), iso3 + " total"));
            checks.add(() -> assertEquals(women, fig.women(), iso3 + " women"));
            checks.add(() -> assertEquals(total == 0 ? null : Integer.valueOf(rank), fig.rank(), iso3 + " rank"));
            rows++;
            withPersonnel += total > 0 ? 1 : 0;
        }
        assertEquals(122, rows);
        int contributorsThatMonth = contributors.standing(ym).contributors();
        int expected = withPersonnel;
        checks.add(() -> assertEquals(expected, contributorsThatMonth, "contributors: countries with personnel"));
        assertAll(checks);
    }

    @Test
    void aCountryWithNoPersonnelHasNoRankAndEmptyBreakdowns() {
        CountryFigures iceland = contributors.figures("ISL", YearMonth.of(2025, 7));
        assertEquals(0, iceland.total());
        assertEquals(0, iceland.women());
        assertNull(iceland.rank(), "Iceland is not listed in the report");
        assertNull(iceland.womenShare());
        assertTrue(iceland.byOperation().isEmpty());
        assertEquals(0, iceland.operationCount());
        assertTrue(iceland.noPersonnel());
        assertEquals(5, iceland.byType().size());
        assertTrue(iceland.parity().stream().allMatch(p -> p.womenShare() == null && p.met() == null));
    }

    @Test
    void tiedCountriesShareARankAndTheNextRankSkips() {
        // In 2025-07 several countries send exactly one person: they share one rank.
        SetFigures.Standing s = contributors.standing(YearMonth.of(2025, 7));
        Map<String, Integer> ranks = s.ranks();
        var byRank = new java.util.TreeMap<Integer, List<String>>();
        ranks.forEach((iso3, r) -> byRank.computeIfAbsent(r, k -> new ArrayList<>()).add(iso3));
        var tie = byRank.entrySet().stream().filter(e -> e.getValue().size() > 1).findFirst().orElseThrow();
        int tiedRank = tie.getKey();
        int next = byRank.higherKey(tiedRank);
        assertEquals(tiedRank + tie.getValue().size(), next, "the rank after a tie skips the tied places");
        int total = contributors.figures(tie.getValue().get(0), YearMonth.of(2025, 7)).total();
        for (String iso3 : tie.getValue()) {
            assertEquals(total, contributors.figures(iso3, YearMonth.of(2025, 7)).total());
        }
    }

    @Test
    void aMonthWithoutOperationBreakdownStillHasTotalsByType() {
        CountryFigures nepal = contributors.figures("NPL", YearMonth.of(2018, 6));
        assertFalse(nepal.operationBreakdown());
        assertNull(nepal.operationCount());
        assertTrue(nepal.byOperation().isEmpty());
        assertTrue(nepal.total() > 0);
        assertEquals(nepal.total(), nepal.byType().stream().mapToInt(TypeFigures::total).sum());
        assertNotNull(nepal.rank());
    }

    @Test
    void august2020KeepsTotalsButHasNoGender() {
        CountryFigures rwanda = contributors.figures("RWA", YearMonth.of(2020, 8));
        assertFalse(rwanda.genderReported());
        assertTrue(rwanda.total() > 0);
        assertNull(rwanda.women());
        assertNull(rwanda.womenShare());
        assertNull(rwanda.unWomen());
        assertNull(rwanda.unWomenShare());
        assertTrue(rwanda.byType().stream().allMatch(t -> t.women() == null));
        assertTrue(rwanda.parity().stream().allMatch(p -> p.met() == null));
        SeriesPoint aug = rwanda.series().get(rwanda.series().size() - 1);
        assertEquals(YearMonth.of(2020, 8), aug.month());
        assertNull(aug.women());
        assertEquals(rwanda.total(), aug.total());
    }

    @Test
    void norwayMatchesThePressReleaseOfMarch2023() {
        // "Norway is the 73rd largest contributor, providing 43 uniformed personnel" (UN, 22 March 2023)
        CountryFigures norway = contributors.figures("NOR", YearMonth.of(2023, 1));
        assertEquals(43, norway.total());
        assertEquals(73, norway.rank());
        // "The UN will never forget the sacrifice of the 43 Norwegian peacekeepers"
        assertEquals(43, norway.fatalities().total());
    }

    @Test
    void figuresAddUp() {
        for (var country : contributors.countries()) {
            CountryFigures f = contributors.figures(country.iso3(), contributors.latestMonth());
            assertEquals(f.total(), f.byType().stream().mapToInt(TypeFigures::total).sum(), country.iso3());
            assertEquals(f.total(), f.byOperation().stream().mapToInt(OperationFigures::total).sum(), country.iso3());
            assertEquals(f.women(), f.byType().stream().mapToInt(TypeFigures::women).sum(), country.iso3());
            assertEquals(f.total(), f.series().get(f.series().size() - 1).total(), country.iso3());
        }
    }

    @Test
    void unWideShareIsTheSumOfAllCountries() {
        YearMonth m = YearMonth.of(2025, 7);
        int total = 0;
        int women = 0;
        for (var c : contributors.countries()) {
            CountryFigures f = contributors.figures(c.iso3(), m);
            total += f.total();
            women += f.women();
        }
        CountryFigures any = contributors.figures("NOR", m);
        assertEquals(total, any.unTotal());
        assertEquals(women, any.unWomen());
        assertEquals(women / (double) total, any.unWomenShare(), 1e-12);
    }

    @Test
    void yearAgoIsAbsentWhenThatMonthIsMissingFromTheData() {
        assertNull(contributors.figures("NOR", YearMonth.of(2024, 9)).yearAgo(), "2023-09 is not in the data");
        YearAgo ya = contributors.figures("NOR", YearMonth.of(2025, 7)).yearAgo();
        assertEquals(YearMonth.of(2024, 7), ya.month());
        assertEquals(contributors.figures("NOR", YearMonth.of(2025, 7)).total() - ya.total(), ya.change());
    }

    @Test
    void parityComparesTheCategoriesAgainstTheirTargets() {
        CountryFigures f = contributors.figures("NOR", YearMonth.of(2025, 7));
        assertEquals(4, f.parity().size());
        ParityFigures staff = f.parity().stream().filter(p -> p.types().contains(PersonnelType.STAFF_OFFICERS))
                .findFirst().orElseThrow();
        assertTrue(staff.types().contains(PersonnelType.EXPERTS_ON_MISSION));
        assertEquals(0.25, staff.target(), 1e-9);
        int total = f.byType().stream().filter(t -> staff.types().contains(t.type())).mapToInt(TypeFigures::total).sum();
        assertEquals(total, staff.total());
        if (staff.womenShare() != null) {
            assertEquals(staff.womenShare() >= 0.25, staff.met());
        }
    }

    @Test
    void planStatusFollowsThePlansYears() {
        ActionPlan first = new ActionPlan(1, 2010, 2014, "First", null, null, List.of());
        ActionPlan open = new ActionPlan(2, 2019, null, "Second", null, null, List.of());
        ActionPlan undated = new ActionPlan(null, null, null, "Programme", null, null, List.of());
        assertEquals(PlanStatus.NONE_RECORDED, PlansInForce.status(List.of(), 2025));
        assertEquals(PlanStatus.IN_FORCE, PlansInForce.status(List.of(first), 2012));
        assertEquals(PlanStatus.EXPIRED, PlansInForce.status(List.of(first), 2016));
        assertEquals(List.of(), PlansInForce.knownBy(List.of(first), 2005), "a later plan is not known yet");
        assertEquals(PlanStatus.OPEN_ENDED, PlansInForce.status(List.of(first, open), 2025));
        assertEquals(PlanStatus.DATES_UNKNOWN, PlansInForce.status(List.of(undated), 2025));
        assertEquals(open, PlansInForce.inForce(List.of(first, open), 2025));
    }

    @Test
    void aMonthOutsideTheDataIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> contributors.figures("NOR", YearMonth.of(2023, 9)));
        assertTrue(e.getMessage().contains("2023-09"), e.getMessage());
    }

    /** One country read with the folder's standings index has the ranks and UN-wide totals of a full read. */
    @Test
    void oneCountryWithTheStandingsIndexHasTheFullReadsStandings() {
        StandingsIndex index = StandingsIndex.readIfCurrent(BundledData.DIR).orElseThrow();
        Country norway = contributors.countries().stream().filter(c -> c.iso3().equals("NOR")).findFirst().orElseThrow();
        SetFigures one = SetFigures.of(contributors.dataSet(), List.of(norway), index);
        for (YearMonth month : List.of(contributors.latestMonth(), YearMonth.of(2020, 8), YearMonth.of(2018, 6))) {
            assertEquals(contributors.figures("NOR", month), one.figures("NOR", month), month.toString());
            assertEquals(contributors.standing(month), one.standing(month), month.toString());
        }
        assertEquals(List.of(norway), one.countries());
    }
}
