package briefs.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.load.LoadedData;
import briefs.model.Contribution;
import briefs.model.Country;
import briefs.model.DataSet;
import briefs.model.MonthNote;
import briefs.model.MonthlyDeployment;
import briefs.model.Operation;
import briefs.model.PersonnelType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A country's own figures (totals, types, operations, the year-ago change, the monthly series)
 * worked out by hand on a small made-up set whose months include one the UN did not publish, one
 * without a gender split and one without an operation breakdown.
 */
class SetFiguresSmallSetTest {
    private static final YearMonth FIRST = YearMonth.of(2024, 1);
    private static final YearMonth NO_GENDER = YearMonth.of(2024, 2);
    private static final YearMonth MISSING = YearMonth.of(2024, 3);
    private static final YearMonth NO_OPERATIONS = YearMonth.of(2024, 4);
    private static final YearMonth JAN25 = YearMonth.of(2025, 1);
    private static final YearMonth FEB25 = YearMonth.of(2025, 2);
    private static final YearMonth LAST = YearMonth.of(2025, 3);
    private static final PersonnelType TROOPS = PersonnelType.TROOPS;
    private static final PersonnelType POLICE = PersonnelType.INDIVIDUAL_POLICE;
    private static final PersonnelType STAFF = PersonnelType.STAFF_OFFICERS;

    /** Made again for each test, so that no test sees standings cached by another. */
    private final SetFigures set = SetFigures.of(DATA, List.of(
            country("BBB", "WEOG", List.of(
                    month(FIRST, new Contribution("UNMISS", TROOPS, 36, 4, 40)),
                    new MonthlyDeployment(NO_GENDER, 40, null, false, true,
                            List.of(new Contribution("UNMISS", TROOPS, null, null, 40))),
                    new MonthlyDeployment(NO_OPERATIONS, 12, 2, true, false,
                            List.of(new Contribution(null, TROOPS, 10, 2, 12))),
                    month(JAN25,
                            new Contribution("UNMISS", TROOPS, 27, 3, 30),
                            new Contribution("UNMISS", POLICE, 3, 2, 5),
                            new Contribution("UNIFIL", TROOPS, 14, 1, 15),
                            new Contribution("XXX", STAFF, 5, 0, 5),
                            new Contribution("ZZZ", TROOPS, 0, 0, 0)),
                    month(FEB25, new Contribution("UNIFIL", TROOPS, 15, 5, 20)))),
            country("AAA", null, List.of(month(JAN25, new Contribution("UNIFIL", TROOPS, 50, 5, 55))))));

    private static final DataSet DATA = dataSet();

    private static DataSet dataSet() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
            if (!m.equals(MISSING)) {
                months.add(m);
            }
        }
        return new DataSet(FIRST, LAST, months, List.of(new MonthNote(MISSING, "not published")),
                List.of(new MonthNote(NO_GENDER, "does not add up")), List.of(NO_OPERATIONS), List.of(),
                List.of(new Operation("UNMISS", "United Nations Mission in the Republic of South Sudan", "PKO",
                                "South Sudan", "SSD", null, null, "s"),
                        new Operation("UNIFIL", "United Nations Interim Force in Lebanon", "PKO", "Lebanon", "LBN",
                                null, null, "s")), List.of());
    }

    private static MonthlyDeployment month(YearMonth m, Contribution... contributions) {
        int total = 0;
        int women = 0;
        for (Contribution c : contributions) {
            total += c.total();
            women += c.women();
        }
        return new MonthlyDeployment(m, total, women, true, true, List.of(contributions));
    }

    private static Country country(String iso3, String group, List<MonthlyDeployment> months) {
        return new Country(iso3, iso3.substring(0, 2), "000", "Country " + iso3, "the Country " + iso3, null, null, true,
                "Region", "Subregion", group, List.of(), List.of(), months, List.of(), List.of(), List.of("a note"));
    }

    @Test
    void totalsWomenAndSharesOfAMonth() {
        CountryFigures f = set.figures("BBB", JAN25);
        assertEquals(55, f.total());
        assertEquals(6, f.women());
        assertEquals(49, f.men());
        assertEquals(6 / 55.0, f.womenShare(), 1e-12);
        assertEquals(1, f.rank(), "AAA has 55 too: a tie shares the rank");
        assertEquals(2, f.contributors());
        assertEquals(110, f.unTotal());
        assertEquals(11, f.unWomen());
        assertEquals(0.1, f.unWomenShare(), 1e-12);
        assertEquals(FIRST, f.dataFirst());
        assertEquals(LAST, f.dataLast());
        assertEquals(List.of("a note"), f.notes());
        assertFalse(f.noPersonnel());
        assertTrue(set.figures("AAA", FIRST).noPersonnel());
    }

    @Test
    void byTypeListsEveryTypeAndItsShare() {
        CountryFigures f = set.figures("BBB", JAN25);
        TypeFigures troops = f.byType().get(TROOPS.ordinal());
        assertEquals(new TypeFigures(TROOPS, "Troops", 41, 4, 45, 4 / 45.0), troops);
        TypeFigures police = f.byType().get(POLICE.ordinal());
        assertEquals(new TypeFigures(POLICE, POLICE.label(), 3, 2, 5, 0.4), police);
        TypeFigures experts = f.byType().get(PersonnelType.EXPERTS_ON_MISSION.ordinal());
        assertEquals(0, experts.total());
        assertNull(experts.womenShare(), "no share of nobody");
        assertEquals(PersonnelType.values().length, f.byType().size());
    }

    @Test
    void operationsAreLargestFirstWithoutEmptyLinesAndUnknownOnesKeepTheirAcronym() {
        CountryFigures f = set.figures("BBB", JAN25);
        assertEquals(List.of("UNMISS", "UNIFIL", "XXX"), f.byOperation().stream().map(OperationFigures::acronym).toList());
        assertEquals(3, f.operationCount());
        OperationFigures unmiss = f.byOperation().get(0);
        assertEquals(35, unmiss.total());
        assertEquals(5, unmiss.women());
        assertEquals("South Sudan", unmiss.location());
        assertEquals("United Nations Mission in the Republic of South Sudan", unmiss.name());
        OperationFigures unknown = f.byOperation().get(2);
        assertEquals("XXX", unknown.name());
        assertNull(unknown.location());
        assertEquals(0, unknown.women());
    }

    @Test
    void aMonthWithoutAGenderSplitHasTotalsOnly() {
        CountryFigures f = set.figures("BBB", NO_GENDER);
        assertFalse(f.genderReported());
        assertEquals(40, f.total());
        assertNull(f.women());
        assertNull(f.men());
        assertNull(f.womenShare());
        TypeFigures troops = f.byType().get(TROOPS.ordinal());
        assertEquals(new TypeFigures(TROOPS, "Troops", null, null, 40, null), troops);
        assertNull(f.byOperation().get(0).women());
        assertNull(f.unWomen());
        assertNull(f.unWomenShare());
        CountryFigures absent = set.figures("AAA", NO_GENDER);
        assertEquals(0, absent.total());
        assertNull(absent.women(), "nobody deployed, but still no split that month");
    }

    @Test
    void aMonthWithoutOperationBreakdownHasNoOperations() {
        CountryFigures f = set.figures("BBB", NO_OPERATIONS);
        assertFalse(f.operationBreakdown());
        assertEquals(List.of(), f.byOperation());
        assertNull(f.operationCount());
        assertEquals(12, f.total());
        assertTrue(set.figures("AAA", JAN25).operationBreakdown());
        assertEquals(0, set.figures("AAA", FIRST).operationCount(), "nobody deployed: no operation");
        assertEquals(0, set.figures("AAA", FIRST).women(), "nobody deployed in a month with a split: no woman");
    }

    @Test
    void theChangeOverAYear() {
        YearAgo ago = set.figures("BBB", JAN25).yearAgo();
        assertEquals(new YearAgo(FIRST, 40, 4, 15, 15 / 40.0), ago);
        YearAgo fromNothing = set.figures("AAA", JAN25).yearAgo();
        assertEquals(new YearAgo(FIRST, 0, 0, 55, null), fromNothing, "no share of a change from nobody");
        YearAgo withoutSplit = set.figures("BBB", FEB25).yearAgo();
        assertEquals(new YearAgo(NO_GENDER, 40, null, -20, -0.5), withoutSplit);
        assertNull(set.figures("BBB", LAST).yearAgo(), "March 2024 is not in the data");
        assertNull(set.figures("BBB", FIRST).yearAgo(), "before the data");
    }

    @Test
    void theSeriesRunsFromTheFirstMonthAndMarksTheMonthsNotPublished() {
        List<SeriesPoint> series = set.figures("BBB", NO_OPERATIONS).series();
        assertEquals(List.of(
                new SeriesPoint(FIRST, true, 40, 4, List.of(40, 0, 0, 0, 0)),
                new SeriesPoint(NO_GENDER, true, 40, null, List.of(40, 0, 0, 0, 0)),
                new SeriesPoint(MISSING, false, 0, null, List.of(0, 0, 0, 0, 0)),
                new SeriesPoint(NO_OPERATIONS, true, 12, 2, List.of(12, 0, 0, 0, 0))), series);
        List<SeriesPoint> absent = set.figures("AAA", NO_OPERATIONS).series();
        assertEquals(new SeriesPoint(FIRST, true, 0, 0, List.of(0, 0, 0, 0, 0)), absent.get(0));
        assertEquals(new SeriesPoint(NO_GENDER, true, 0, null, List.of(0, 0, 0, 0, 0)), absent.get(1));
        assertEquals(15, set.figures("AAA", LAST).series().size(), "every calendar month to the brief's");
    }

    @Test
    void whoTheCountryIs() {
        CountryIdentity b = set.figures("BBB", JAN25).country();
        assertEquals(new CountryIdentity("BBB", "BB", "Country BBB", "the Country BBB", null, true, "Region", "Subregion",
                "WEOG", "Western European and Others Group"), b);
        assertNull(set.figures("AAA", JAN25).country().regionalGroupName());
    }

    @Test
    void theSetAnswersForItsMonthsAndCountriesOnly() {
        assertEquals(List.of("BBB", "AAA"), set.countries().stream().map(Country::iso3).toList());
        assertEquals(LAST, set.latestMonth());
        assertEquals(DATA, set.dataSet());
        SetFigures loaded = SetFigures.of(new LoadedData(DATA, set.countries(), List.of()));
        assertEquals(set.figures("BBB", JAN25), loaded.figures("BBB", JAN25));
        assertTrue(set.hasMonth(FIRST));
        assertFalse(set.hasMonth(MISSING));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> set.figures("QQQ", JAN25));
        assertEquals("iso3 is not a country of the data: QQQ", unknown.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> set.figures("BBB", MISSING));
        assertEquals("month 2024-03 is not in the data set (2024-01 to 2025-03, less 1 missing months)",
                missing.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> set.standing(null));
        assertEquals("month is null", none.getMessage());
        assertThrows(IllegalArgumentException.class, () -> set.standing(LAST.plusMonths(1)));
    }

    @Test
    void aShareOfNothingOrOfAnUnknownIsNull() {
        assertNull(SetFigures.share(null, 10));
        assertNull(SetFigures.share(0, 0));
        assertEquals(0.0, SetFigures.share(0, 10));
        assertEquals(0.25, SetFigures.share(1, 4));
    }
}
