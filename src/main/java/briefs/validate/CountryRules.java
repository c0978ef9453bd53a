package briefs.validate;

import briefs.model.ActionPlan;
import briefs.model.Contribution;
import briefs.model.Country;
import briefs.model.DataSet;
import briefs.model.Fatalities;
import briefs.model.MonthNote;
import briefs.model.MonthlyDeployment;
import briefs.model.Operation;
import briefs.model.PersonnelType;
import briefs.model.Problem;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a JSON Schema cannot express: women never above the total, totals equal to the sum
 * of their parts, months inside the data set, known operations, the file named after the
 * country. Each broken rule is one {@link Problem} with the JSON path of the value at fault.
 */
public final class CountryRules {
    private final DataSet dataSet;
    private final Set<YearMonth> months;
    private final Set<YearMonth> withoutGender;
    private final Set<YearMonth> withoutOperations;
    private final Set<String> operations;

    public CountryRules(DataSet dataSet) {
        this.dataSet = dataSet;
        this.months = new HashSet<>(dataSet.months());
        this.withoutGender = dataSet.monthsWithoutGender().stream().map(MonthNote::month).collect(Collectors.toSet());
        this.withoutOperations = new HashSet<>(dataSet.monthsWithoutOperations());
        this.operations = dataSet.operations().stream().map(Operation::acronym).collect(Collectors.toSet());
    }

    /** Every problem of one country read from {@code file}; empty when it is sound. */
    public List<Problem> check(Country c, String file) {
        List<Problem> problems = new ArrayList<>();
        String fileName = Path.of(file).getFileName().toString();
        if (c.iso3() == null) {
            problems.add(new Problem(file, "$.iso3", "is missing"));
        } else if (!fileName.equals(c.iso3() + ".json")) {
            problems.add(new Problem(file, "$.iso3", "is \"" + c.iso3() + "\" but the file is named " + fileName
                    + " (a country file is named after its ISO3 code)"));
        }
        if (c.name() == null || c.name().isBlank()) {
            problems.add(new Problem(file, "$.name", "is missing or empty; expected the UN short name"));
        }
        YearMonth previous = null;
        for (int i = 0; i < c.deployments().size(); i++) {
            MonthlyDeployment m = c.deployments().get(i);
            String at = "$.deployments[" + i + "]";
            if (m == null) {
                problems.add(new Problem(file, at, "is null; expected a month object"));
                continue;
            }
            if (m.month() == null) {
                problems.add(new Problem(file, at + ".month", "is missing"));
                continue;
            }
            if (previous != null && !m.month().isAfter(previous)) {
                problems.add(new Problem(file, at + ".month", m.month() + " comes after " + previous
                        + "; months must be listed once each, oldest first"));
            }
            previous = m.month();
            checkMonth(m, at, file, problems);
        }
        for (int i = 0; i < c.fatalities().size(); i++) {
            checkFatalities(c.fatalities().get(i), "$.fatalities[" + i + "]", file, problems);
        }
        for (int i = 0; i < c.actionPlans().size(); i++) {
            checkPlan(c.actionPlans().get(i), "$.actionPlans[" + i + "]", file, problems);
        }
        TextRules.check(c, file, problems);
        return problems;
    }

    private void checkMonth(MonthlyDeployment m, String at, String file, List<Problem> problems) {
        checkMonthKnown(m, at, file, problems);
        // Sums in long: counts up to 2^31-1 each must not wrap around into a negative total.
        long total = 0;
        long women = 0;
        // 108,000 contributions in the bundled data: a contribution's path is spelled out only for a problem.
        Set<Listed> seen = new HashSet<>();
        for (int j = 0; j < m.contributions().size(); j++) {
            Contribution c = m.contributions().get(j);
            if (c == null) {
                problems.add(new Problem(file, contribution(at, j), "is null; expected a contribution object"));
                continue;
            }
            checkContribution(m, c, at, j, file, problems);
            if (!seen.add(new Listed(c.operation(), c.type()))) {
                problems.add(new Problem(file, contribution(at, j), "repeats "
                        + (c.operation() == null ? "" : c.operation() + " ")
                        + (c.type() == null ? "" : c.type().label()) + " in " + m.month()));
            }
            total += c.total();
            women += checkGender(m, c, at, j, file, problems);
        }
        checkMonthTotals(m, total, women, at, file, problems);
    }

    /** What a month lists once: an operation and a type of personnel. */
    private record Listed(String operation, PersonnelType type) {
    }

    /** The JSON path of the {@code j}-th contribution of the month at {@code at}. */
    private static String contribution(String at, int j) {
        return at + ".contributions[" + j + "]";
    }

    /** The month is one of the data set's, and its gender and operation flags are the data set's for it. */
    private void checkMonthKnown(MonthlyDeployment m, String at, String file, List<Problem> problems) {
        if (!months.contains(m.month())) {
            problems.add(new Problem(file, at + ".month", m.month() + " is not a month of the data set ("
                    + dataSet.first() + " to " + dataSet.last() + ", less the months the UN reports lack)"));
        }
        boolean genderExpected = !withoutGender.contains(m.month());
        if (m.genderReported() != genderExpected) {
            problems.add(new Problem(file, at + ".genderReported", "is " + m.genderReported() + " but the data set "
                    + (genderExpected ? "has" : "has no usable") + " gender split for " + m.month()));
        }
        boolean operationsExpected = !withoutOperations.contains(m.month());
        if (m.byOperation() != operationsExpected) {
            problems.add(new Problem(file, at + ".byOperation", "is " + m.byOperation() + " but the reports for "
                    + m.month() + (operationsExpected ? " break personnel down by operation" : " have no operation breakdown")));
        }
    }

    /** A contribution's type, total and operation. */
    private void checkContribution(MonthlyDeployment m, Contribution c, String at, int j, String file,
                                   List<Problem> problems) {
        if (c.type() == null) {
            problems.add(new Problem(file, contribution(at, j) + ".type", "is missing"));
        }
        if (c.total() < 0) {
            problems.add(new Problem(file, contribution(at, j) + ".total", "is negative: " + c.total()));
        }
        if (m.byOperation()) {
            if (c.operation() == null) {
                problems.add(new Problem(file, contribution(at, j) + ".operation", "is missing; " + m.month() + " is broken down by operation"));
            } else if (!operations.contains(c.operation())) {
                problems.add(new Problem(file, contribution(at, j) + ".operation", "\"" + c.operation()
                        + "\" is not a known operation (see reference/operations.json)"));
            }
        } else if (c.operation() != null) {
            problems.add(new Problem(file, contribution(at, j) + ".operation", "is \"" + c.operation() + "\" but " + m.month()
                    + " has no operation breakdown; expected null"));
        }
    }

    /** A contribution's men and women against its total; returns the women it adds to the month's (0 when none count). */
    private static long checkGender(MonthlyDeployment m, Contribution c, String at, int j, String file,
                                    List<Problem> problems) {
        if (!m.genderReported()) {
            if (c.men() != null || c.women() != null) {
                problems.add(new Problem(file, contribution(at, j), "has men or women for " + m.month()
                        + ", a month whose gender split is unusable; expected null"));
            }
            return 0;
        }
        if (c.men() == null || c.women() == null) {
            problems.add(new Problem(file, contribution(at, j) + (c.men() == null ? ".men" : ".women"),
                    "is missing; " + m.month() + " has a gender split"));
            return 0;
        }
        if (c.men() < 0) {
            problems.add(new Problem(file, contribution(at, j) + ".men", "is negative: " + c.men()));
        }
        if (c.women() < 0) {
            problems.add(new Problem(file, contribution(at, j) + ".women", "is negative: " + c.women()));
        }
        if (c.women() > c.total()) {
            problems.add(new Problem(file, contribution(at, j) + ".women", "is " + c.women() + ", above the total of " + c.total()));
        } else if ((long) c.men() + c.women() != c.total()) {
            problems.add(new Problem(file, contribution(at, j) + ".total", "is " + c.total() + " but men + women is "
                    + ((long) c.men() + c.women())));
        }
        return c.women();
    }

    /** The month's total and women against the sums of its contributions. */
    private static void checkMonthTotals(MonthlyDeployment m, long total, long women, String at, String file,
                                         List<Problem> problems) {
        if (m.total() != total) {
            problems.add(new Problem(file, at + ".total", "is " + m.total() + " but its contributions add up to " + total));
        }
        if (m.genderReported()) {
            if (m.women() == null) {
                problems.add(new Problem(file, at + ".women", "is missing; " + m.month() + " has a gender split"));
            } else if (m.women() > m.total()) {
                problems.add(new Problem(file, at + ".women", "is " + m.women() + ", above the total of " + m.total()));
            } else if (m.women() != women) {
                problems.add(new Problem(file, at + ".women", "is " + m.women() + " but its contributions add up to " + women));
            }
        } else if (m.women() != null) {
            problems.add(new Problem(file, at + ".women", "is " + m.women() + " but " + m.month()
                    + " has no usable gender split; expected null"));
        }
    }

    private void checkFatalities(Fatalities f, String at, String file, List<Problem> problems) {
        if (f == null) {
            problems.add(new Problem(file, at, "is null"));
            return;
        }
        if (f.year() < 1948 || f.year() > dataSet.last().getYear()) {
            problems.add(new Problem(file, at + ".year", f.year() + " is outside the data (1948 to " + dataSet.last().getYear() + ")"));
        }
        if (f.month() < 1 || f.month() > 12) {
            problems.add(new Problem(file, at + ".month", f.month() + " is not a month (1 to 12)"));
        }
        if (f.men() < 0 || f.women() < 0 || f.genderUnknown() < 0) {
            problems.add(new Problem(file, at, "has a negative count"));
        }
        long parts = (long) f.men() + f.women() + f.genderUnknown();
        if (parts != f.total()) {
            problems.add(new Problem(file, at + ".total", "is " + f.total() + " but men + women + genderUnknown is "
                    + parts));
        }
        if (f.personnelCategory() == null || f.incidentType() == null || f.operation() == null) {
            problems.add(new Problem(file, at, "needs operation, personnelCategory and incidentType"));
        }
    }

    private static void checkPlan(ActionPlan p, String at, String file, List<Problem> problems) {
        if (p == null) {
            problems.add(new Problem(file, at, "is null"));
            return;
        }
        if (p.title() == null || p.title().isBlank()) {
            problems.add(new Problem(file, at + ".title", "is missing or empty"));
        }
        if (p.endYear() != null && p.startYear() != null && p.endYear() < p.startYear()) {
            problems.add(new Problem(file, at + ".endYear", p.endYear() + " is before startYear " + p.startYear()));
        }
        Set<Integer> numbers = new HashSet<>();
        for (int k = 0; k < p.focusAreas().size(); k++) {
            var area = p.focusAreas().get(k);
            if (area == null || area.title() == null || area.title().isBlank()) {
                problems.add(new Problem(file, at + ".focusAreas[" + k + "]", "needs a title"));
            } else if (!numbers.add(area.number())) {
                problems.add(new Problem(file, at + ".focusAreas[" + k + "].number", "repeats " + area.number()));
            }
        }
    }
}
