package briefs.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefs.load.LoadedData;
import briefs.model.ActionPlan;
import briefs.model.Contribution;
import briefs.model.Country;
import briefs.model.DataSet;
import briefs.model.Fatalities;
import briefs.model.FocusArea;
import briefs.model.MonthNote;
import briefs.model.MonthlyDeployment;
import briefs.model.Operation;
import briefs.model.PersonnelType;
import briefs.model.Problem;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each rule of a country file, broken once on its own, gives exactly one problem with the JSON
 * path of the value and a message saying what is wrong; a value on the rule's boundary passes.
 */
class CountryRulesTest {
    private static final String FILE = "countries/NOR.json";
    private static final YearMonth JAN = YearMonth.of(2020, 1);
    /** A month whose gender split the data set marks unusable. */
    private static final YearMonth FEB = YearMonth.of(2020, 2);
    /** A month the reports lack. */
    private static final YearMonth MAR = YearMonth.of(2020, 3);
    private static final YearMonth APR = YearMonth.of(2020, 4);
    /** A month whose report gives no operation breakdown. */
    private static final YearMonth MAY = YearMonth.of(2020, 5);
    private static final PersonnelType TROOPS = PersonnelType.TROOPS;
    private static final PersonnelType POLICE = PersonnelType.INDIVIDUAL_POLICE;

    private static final DataSet DATA = new DataSet(JAN, MAY, List.of(JAN, FEB, APR, MAY),
            List.of(new MonthNote(MAR, "not published")), List.of(new MonthNote(FEB, "does not add up")), List.of(MAY),
            List.of(), List.of(new Operation("UNMISS", "United Nations Mission in South Sudan", "PKO", "South Sudan",
                    "SSD", null, null, "test")), List.of());
    private final CountryRules rules = new CountryRules(DATA);

    private static Country norway(List<MonthlyDeployment> months, List<Fatalities> fatalities, List<ActionPlan> plans) {
        return country("NOR", "Norway", months, fatalities, plans);
    }

    private static Country country(String iso3, String name, List<MonthlyDeployment> months, List<Fatalities> fatalities,
                                   List<ActionPlan> plans) {
        return new Country(iso3, "NO", "578", name, name, "Kingdom of Norway", name, true, "Europe", "Northern Europe", "WEOG", List.of(),
                List.of(), months, fatalities, plans, List.of());
    }

    private static Country deploying(MonthlyDeployment... months) {
        return norway(List.of(months), List.of(), List.of());
    }

    /** A sound month: 10 troops in UNMISS, 3 of them women (or no split in February). */
    private static MonthlyDeployment month(YearMonth m) {
        boolean gender = !m.equals(FEB);
        boolean byOperation = !m.equals(MAY);
        Contribution c = new Contribution(byOperation ? "UNMISS" : null, TROOPS, gender ? 7 : null, gender ? 3 : null, 10);
        return new MonthlyDeployment(m, 10, gender ? 3 : null, gender, byOperation, List.of(c));
    }

    private static MonthlyDeployment april(int total, Integer women, Contribution... contributions) {
        return new MonthlyDeployment(APR, total, women, true, true, List.of(contributions));
    }

    private static Contribution troops(Integer men, Integer women, int total) {
        return new Contribution("UNMISS", TROOPS, men, women, total);
    }

    private static Fatalities death(int year, int month, int men, int women, int unknown, int total) {
        return new Fatalities(year, month, "UNMISS", "Military", true, "Illness", men, women, unknown, total);
    }

    private static ActionPlan plan(String title, Integer start, Integer end, FocusArea... areas) {
        return new ActionPlan(1, start, end, title, "https://example.org/plan", null, List.of(areas));
    }

    private List<Problem> check(Country c) {
        return rules.check(c, FILE);
    }

    private static List<Problem> one(String at, String message) {
        return List.of(new Problem(FILE, at, message));
    }

    @Test
    void aSoundCountryHasNoProblem() {
        assertEquals(List.of(), check(norway(List.of(month(JAN), month(FEB), month(APR), month(MAY)),
                List.of(death(1948, 1, 1, 0, 0, 1), death(2020, 12, 0, 1, 1, 2)),
                List.of(plan("First plan", 2015, 2015, new FocusArea(1, "Participation", null),
                        new FocusArea(2, "Protection", null)), plan("Open plan", null, null)))));
        assertEquals(List.of(), check(deploying()), "a country that never deployed");
    }

    /**
     * Screening sets aside a country that breaks a rule, unless it is known to pass already (its
     * file and the reference files unchanged since this build checked them), which is not checked
     * again; every country kept is then known to pass.
     */
    @Test
    void screeningChecksOnlyTheCountriesNotKnownToPass() {
        Country sound = deploying(month(JAN));
        Country broken = country("SWE", "Sweden", List.of(april(11, 3, troops(7, 3, 10))), List.of(), List.of());
        Country trusted = country("DNK", "Denmark", List.of(april(11, 3, troops(7, 3, 10))), List.of(), List.of());
        Validation validation = new Validation(DATA);
        LoadedData screened = validation.screen(new LoadedData(DATA, List.of(sound, broken, trusted), List.of(),
                Set.of("DNK")), Path.of("data"));
        assertEquals(List.of(sound, trusted), screened.countries());
        assertEquals(1, screened.rejected().size(), screened.rejected().toString());
        assertEquals(Path.of("data", "countries", "SWE.json").toString(), screened.rejected().getFirst().file());
        assertEquals(Set.of("NOR", "DNK"), screened.screened());
        // Not known to pass, Denmark is checked as Sweden is.
        assertEquals(List.of(sound), validation.screen(new LoadedData(DATA, List.of(sound, broken, trusted), List.of()),
                Path.of("data")).countries());
    }

    @Test
    void theFileIsNamedAfterTheCountry() {
        assertEquals(one("$.iso3", "is \"SWE\" but the file is named NOR.json (a country file is named after its ISO3 code)"),
                check(country("SWE", "Sweden", List.of(), List.of(), List.of())));
        assertEquals(one("$.iso3", "is missing"), check(country(null, "Norway", List.of(), List.of(), List.of())));
    }

    @Test
    void aCountryHasAName() {
        assertEquals(one("$.name", "is missing or empty; expected the UN short name"),
                check(country("NOR", " ", List.of(), List.of(), List.of())));
        assertEquals(one("$.name", "is missing or empty; expected the UN short name"),
                check(country("NOR", null, List.of(), List.of(), List.of())));
    }

    @Test
    void monthsAreListedOnceEachOldestFirst() {
        assertEquals(one("$.deployments[1].month", "2020-04 comes after 2020-04; months must be listed once each, oldest first"),
                check(deploying(month(APR), month(APR))));
        assertEquals(one("$.deployments[1].month", "2020-01 comes after 2020-04; months must be listed once each, oldest first"),
                check(deploying(month(APR), month(JAN))));
        MonthlyDeployment undated = new MonthlyDeployment(null, 0, 0, true, true, List.of());
        assertEquals(one("$.deployments[1].month", "is missing"), check(deploying(month(JAN), undated, month(APR))),
                "the month after an undated one is compared with the one before it");
    }

    @Test
    void aMonthIsOneOfTheDataSets() {
        MonthlyDeployment march = new MonthlyDeployment(MAR, 10, 3, true, true, List.of(troops(7, 3, 10)));
        assertEquals(one("$.deployments[0].month",
                        "2020-03 is not a month of the data set (2020-01 to 2020-05, less the months the UN reports lack)"),
                check(deploying(march)));
        MonthlyDeployment june = new MonthlyDeployment(YearMonth.of(2020, 6), 10, 3, true, true, List.of(troops(7, 3, 10)));
        assertEquals(1, check(deploying(june)).size(), "after the last month");
    }

    @Test
    void aMonthsGenderAndOperationFlagsAreTheDataSets() {
        MonthlyDeployment febWithGender = new MonthlyDeployment(FEB, 10, 3, true, true, List.of(troops(7, 3, 10)));
        assertEquals(one("$.deployments[0].genderReported",
                "is true but the data set has no usable gender split for 2020-02"), check(deploying(febWithGender)));
        MonthlyDeployment aprWithout = new MonthlyDeployment(APR, 10, null, false, true,
                List.of(troops(null, null, 10)));
        assertEquals(one("$.deployments[0].genderReported", "is false but the data set has gender split for 2020-04"),
                check(deploying(aprWithout)));
        MonthlyDeployment mayByOperation = new MonthlyDeployment(MAY, 10, 3, true, true, List.of(troops(7, 3, 10)));
        assertEquals(one("$.deployments[0].byOperation",
                "is true but the reports for 2020-05 have no operation breakdown"), check(deploying(mayByOperation)));
        MonthlyDeployment aprByType = new MonthlyDeployment(APR, 10, 3, true, false,
                List.of(new Contribution(null, TROOPS, 7, 3, 10)));
        assertEquals(one("$.deployments[0].byOperation",
                "is false but the reports for 2020-04 break personnel down by operation"), check(deploying(aprByType)));
    }

    @Test
    void aContributionHasATypeATotalAndAKnownOperation() {
        assertEquals(one("$.deployments[0].contributions[0].type", "is missing"),
                check(deploying(april(10, 3, new Contribution("UNMISS", null, 7, 3, 10)))));
        assertEquals(one("$.deployments[0].contributions[0].operation", "is missing; 2020-04 is broken down by operation"),
                check(deploying(april(10, 3, new Contribution(null, TROOPS, 7, 3, 10)))));
        assertEquals(one("$.deployments[0].contributions[0].operation",
                        "\"MINUSMA\" is not a known operation (see reference/operations.json)"),
                check(deploying(april(10, 3, new Contribution("MINUSMA", TROOPS, 7, 3, 10)))));
        MonthlyDeployment may = new MonthlyDeployment(MAY, 10, 3, true, false, List.of(troops(7, 3, 10)));
        assertEquals(one("$.deployments[0].contributions[0].operation",
                "is \"UNMISS\" but 2020-05 has no operation breakdown; expected null"), check(deploying(may)));
    }

    @Test
    void countsAreNeverNegative() {
        List<Problem> total = check(deploying(april(-1, 0, troops(-1, 0, -1))));
        assertEquals(new Problem(FILE, "$.deployments[0].contributions[0].total", "is negative: -1"), total.get(0));
        List<Problem> men = check(deploying(april(1, 2, troops(-1, 2, 1))));
        assertEquals(new Problem(FILE, "$.deployments[0].contributions[0].men", "is negative: -1"), men.get(0));
        List<Problem> women = check(deploying(april(1, -1, troops(2, -1, 1))));
        assertEquals(new Problem(FILE, "$.deployments[0].contributions[0].women", "is negative: -1"), women.get(0));
        assertEquals(List.of(), check(deploying(april(0, 0, troops(0, 0, 0)))), "zero is a count");
    }

    @Test
    void aContributionsMenAndWomenMakeItsTotal() {
        assertEquals(List.of(
                        new Problem(FILE, "$.deployments[0].contributions[0].women", "is 11, above the total of 10"),
                        new Problem(FILE, "$.deployments[0].women", "is 11, above the total of 10")),
                check(deploying(april(10, 11, troops(0, 11, 10)))));
        assertEquals(one("$.deployments[0].contributions[0].total", "is 10 but men + women is 11"),
                check(deploying(april(10, 3, troops(8, 3, 10)))));
        assertEquals(List.of(), check(deploying(april(10, 10, troops(0, 10, 10)))), "all women is not above the total");
        int max = Integer.MAX_VALUE;
        assertEquals(one("$.deployments[0].contributions[0].total", "is 2147483647 but men + women is 4294967294"),
                check(deploying(april(max, max, troops(max, max, max)))), "sums do not wrap around");
    }

    @Test
    void aMonthWithAGenderSplitGivesMenAndWomenEverywhere() {
        assertEquals(one("$.deployments[0].contributions[0].men", "is missing; 2020-04 has a gender split"),
                check(deploying(april(10, 0, troops(null, 3, 10)))));
        assertEquals(one("$.deployments[0].contributions[0].women", "is missing; 2020-04 has a gender split"),
                check(deploying(april(10, 0, troops(7, null, 10)))));
        assertEquals(one("$.deployments[0].women", "is missing; 2020-04 has a gender split"),
                check(deploying(april(10, null, troops(7, 3, 10)))));
    }

    @Test
    void aMonthWithoutAGenderSplitHasNoMenOrWomen() {
        MonthlyDeployment withWomen = new MonthlyDeployment(FEB, 10, 3, false, true, List.of(troops(null, null, 10)));
        assertEquals(one("$.deployments[0].women", "is 3 but 2020-02 has no usable gender split; expected null"),
                check(deploying(withWomen)));
        MonthlyDeployment withMen = new MonthlyDeployment(FEB, 10, null, false, true, List.of(troops(7, null, 10)));
        assertEquals(one("$.deployments[0].contributions[0]",
                "has men or women for 2020-02, a month whose gender split is unusable; expected null"), check(deploying(withMen)));
        MonthlyDeployment withOnlyWomen = new MonthlyDeployment(FEB, 10, null, false, true, List.of(troops(null, 3, 10)));
        assertEquals(1, check(deploying(withOnlyWomen)).size());
    }

    @Test
    void aMonthsTotalAndWomenAreTheSumsOfItsContributions() {
        Contribution police = new Contribution("UNMISS", POLICE, 4, 1, 5);
        assertEquals(List.of(), check(deploying(april(15, 4, troops(7, 3, 10), police))));
        assertEquals(one("$.deployments[0].total", "is 14 but its contributions add up to 15"),
                check(deploying(april(14, 4, troops(7, 3, 10), police))));
        assertEquals(one("$.deployments[0].women", "is 5 but its contributions add up to 4"),
                check(deploying(april(15, 5, troops(7, 3, 10), police))));
        assertEquals(one("$.deployments[0].women", "is 16, above the total of 15"),
                check(deploying(april(15, 16, troops(7, 3, 10), police))));
        assertEquals(List.of(), check(deploying(april(4, 4, troops(0, 4, 4)))), "women equal to the total");
    }

    @Test
    void aContributionIsListedOncePerOperationAndType() {
        assertEquals(one("$.deployments[0].contributions[1]", "repeats UNMISS Troops in 2020-04"),
                check(deploying(april(20, 6, troops(7, 3, 10), troops(7, 3, 10)))));
        Contribution police = new Contribution("UNMISS", POLICE, 7, 3, 10);
        assertEquals(List.of(), check(deploying(april(20, 6, troops(7, 3, 10), police))), "another type is no repeat");
        MonthlyDeployment may = new MonthlyDeployment(MAY, 20, 6, true, false,
                List.of(new Contribution(null, TROOPS, 7, 3, 10), new Contribution(null, TROOPS, 7, 3, 10)));
        assertEquals(one("$.deployments[0].contributions[1]", "repeats Troops in 2020-05"), check(deploying(may)));
    }

    @Test
    void fatalitiesFallInsideTheDataAndAddUp() {
        assertEquals(List.of(), check(norway(List.of(), List.of(death(1948, 1, 1, 0, 0, 1), death(2020, 12, 1, 0, 0, 1)),
                List.of())), "the first year of peacekeeping and the data's last year, January and December");
        assertEquals(one("$.fatalities[0].year", "1947 is outside the data (1948 to 2020)"),
                check(norway(List.of(), List.of(death(1947, 5, 1, 0, 0, 1)), List.of())));
        assertEquals(one("$.fatalities[0].year", "2021 is outside the data (1948 to 2020)"),
                check(norway(List.of(), List.of(death(2021, 5, 1, 0, 0, 1)), List.of())));
        assertEquals(one("$.fatalities[0].month", "0 is not a month (1 to 12)"),
                check(norway(List.of(), List.of(death(2000, 0, 1, 0, 0, 1)), List.of())));
        assertEquals(one("$.fatalities[0].month", "13 is not a month (1 to 12)"),
                check(norway(List.of(), List.of(death(2000, 13, 1, 0, 0, 1)), List.of())));
        assertEquals(one("$.fatalities[0].total", "is 3 but men + women + genderUnknown is 2"),
                check(norway(List.of(), List.of(death(2000, 1, 1, 1, 0, 3)), List.of())));
        for (Fatalities negative : List.of(death(2000, 1, -1, 1, 0, 0), death(2000, 1, 1, -1, 0, 0),
                death(2000, 1, 0, 1, -1, 0))) {
            assertEquals(one("$.fatalities[0]", "has a negative count"),
                    check(norway(List.of(), List.of(negative), List.of())), negative.toString());
        }
    }

    @Test
    void aFatalityNamesItsOperationCategoryAndIncident() {
        List<Fatalities> partial = List.of(
                new Fatalities(2000, 1, null, "Military", true, "Illness", 1, 0, 0, 1),
                new Fatalities(2000, 1, "UNMISS", null, true, "Illness", 1, 0, 0, 1),
                new Fatalities(2000, 1, "UNMISS", "Military", true, null, 1, 0, 0, 1));
        List<Problem> expected = new ArrayList<>();
        for (int i = 0; i < partial.size(); i++) {
            expected.add(new Problem(FILE, "$.fatalities[" + i + "]", "needs operation, personnelCategory and incidentType"));
        }
        assertEquals(expected, check(norway(List.of(), partial, List.of())));
    }

    @Test
    void aPlanHasATitleAndEndsNoEarlierThanItStarts() {
        assertEquals(one("$.actionPlans[0].title", "is missing or empty"),
                check(norway(List.of(), List.of(), List.of(plan(" ", 2015, 2018)))));
        assertEquals(one("$.actionPlans[0].title", "is missing or empty"),
                check(norway(List.of(), List.of(), List.of(plan(null, 2015, 2018)))));
        assertEquals(one("$.actionPlans[0].endYear", "2014 is before startYear 2015"),
                check(norway(List.of(), List.of(), List.of(plan("Plan", 2015, 2014)))));
        assertEquals(List.of(), check(norway(List.of(), List.of(), List.of(plan("Plan", 2015, 2015), plan("Plan", null, 2014),
                plan("Plan", 2015, null)))), "one year, or a year unknown");
    }

    @Test
    void aPlansFocusAreasHaveTitlesAndDistinctNumbers() {
        ActionPlan untitled = plan("Plan", 2015, 2018, new FocusArea(1, "Participation", null), new FocusArea(2, " ", null));
        assertEquals(one("$.actionPlans[0].focusAreas[1]", "needs a title"),
                check(norway(List.of(), List.of(), List.of(untitled))));
        ActionPlan noTitle = plan("Plan", 2015, 2018, new FocusArea(1, null, null));
        assertEquals(one("$.actionPlans[0].focusAreas[0]", "needs a title"),
                check(norway(List.of(), List.of(), List.of(noTitle))));
        ActionPlan repeated = plan("Plan", 2015, 2018, new FocusArea(1, "Participation", null),
                new FocusArea(1, "Protection", null));
        assertEquals(one("$.actionPlans[0].focusAreas[1].number", "repeats 1"),
                check(norway(List.of(), List.of(), List.of(repeated))));
    }
}
