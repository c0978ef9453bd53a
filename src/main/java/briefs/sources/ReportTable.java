package briefs.sources;

import briefs.model.BadInputException;
import briefs.model.Problem;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The rows of one report and the totals it prints, and the check that they agree: every row's
 * men and women make its total, and the rows of each operation, each country and the whole
 * report make the totals printed for them. A total that does not add up refuses the report,
 * naming the page, the line and both numbers. When every total adds up and only the split by
 * gender does not (the UN's August 2020 report), the report is kept with its gender marked
 * unreliable, as the data set has always treated that month.
 */
final class ReportTable {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("Experts on Mission", "Experts on Mission"), Map.entry("experts", "Experts on Mission"),
            Map.entry("Formed Police Units", "Formed Police Units"), Map.entry("FPU", "Formed Police Units"), Map.entry("fpu", "Formed Police Units"),
            Map.entry("Individual Police", "Individual Police"), Map.entry("Ind Police", "Individual Police"),
            Map.entry("police", "Individual Police"), Map.entry("Staff Officer", "Staff Officer"),
            Map.entry("staff", "Staff Officer"), Map.entry("Troops", "Troops"), Map.entry("Contingent Troop", "Troops"),
            Map.entry("Contingent Troops", "Troops"), Map.entry("troops", "Troops"), Map.entry("contingent", "Troops"));

    /** A total the report prints: what it covers, where it is, and its figures (men and women may be absent). */
    private record Printed(String what, String where, Predicate<ReportRow> covers, Integer male, Integer female, int total) {
    }

    private final String file;
    private final List<ReportRow> rows = new ArrayList<>();
    private final List<Printed> totals = new ArrayList<>();

    ReportTable(String file) {
        this.file = file;
    }

    static boolean isNumber(String text) {
        return text.matches("\\d{1,3}(,\\d{3})*|\\d+");
    }

    static int number(String text) {
        return Integer.parseInt(text.replace(",", ""));
    }

    static java.util.Set<String> typeLabels() {
        return TYPES.keySet();
    }

    /** Whether a report prints this as a personnel type (and not, say, a country's name on its total line). */
    static boolean isType(String label) {
        return TYPES.containsKey(label.strip());
    }

    /** The personnel type as the data set names it, from the label a report prints. */
    static String type(String file, ReportText.Line line, String label) {
        String type = TYPES.get(label.strip());
        if (type == null) {
            throw new BadInputException(new Problem(file, line.where(), "not a personnel type this reader knows: \""
                    + label + "\" (known: " + String.join(", ", new java.util.TreeSet<>(TYPES.keySet())) + ")"));
        }
        return type;
    }

    void addAll(List<ReportRow> more) {
        rows.addAll(more);
    }

    void missionTotal(ReportText.Line line, String mission, List<Integer> numbers) {
        totals.add(printed("operation " + mission, line, r -> mission.equals(r.mission()), numbers));
    }

    void countryTotal(ReportText.Line line, String country, String mission, List<Integer> numbers) {
        String what = mission == null ? country : country + " in " + mission;
        totals.add(printed(what, line, r -> country.equals(r.country()) && (mission == null || mission.equals(r.mission())),
                numbers));
    }

    void grandTotal(ReportText.Line line, List<Integer> numbers) {
        totals.add(printed("the whole report", line, r -> true, numbers));
    }

    /** A total by gender of what {@code covers} selects (the wide table of 2019-10 prints them by type). */
    void genderTotal(ReportText.Line line, String what, Predicate<ReportRow> covers, int male, int female) {
        totals.add(new Printed(what, line.where(), covers, male, female, male + female));
    }

    private Printed printed(String what, ReportText.Line line, Predicate<ReportRow> covers, List<Integer> numbers) {
        if (numbers.size() != 3 && numbers.size() != 1) {
            throw new BadInputException(new Problem(file, line.where(), "a total line without its figures: \"" + line.text() + "\""));
        }
        return numbers.size() == 3
                ? new Printed(what, line.where(), covers, numbers.get(0), numbers.get(1), numbers.get(2))
                : new Printed(what, line.where(), covers, null, null, numbers.get(0));
    }

    UnReport report(YearMonth month, String sha256, String layout) {
        if (rows.isEmpty()) {
            throw new BadInputException(new Problem(file, "", "the report has no rows"));
        }
        String genderProblem = null;
        for (ReportRow r : rows) {
            if (r.male() + r.female() != r.total() && genderProblem == null) {
                genderProblem = r.where() + ": men " + r.male() + " + women " + r.female() + " = "
                        + (r.male() + r.female()) + ", but the total printed is " + r.total();
            }
        }
        for (Printed p : totals) {
            List<ReportRow> covered = rows.stream().filter(p.covers()).toList();
            int total = covered.stream().mapToInt(ReportRow::total).sum();
            if (total != p.total()) {
                String row = covered.stream().filter(r -> r.male() + r.female() != r.total()).findFirst()
                        .map(r -> "; " + r.where() + " prints " + r.male() + " men + " + r.female() + " women = "
                                + r.total() + ", which does not add up").orElse("");
                throw new BadInputException(new Problem(file, p.where(), "the rows of " + p.what() + " add up to "
                        + total + ", but the report prints " + p.total() + " as their total" + row
                        + "; the report is not imported"));
            }
            if (p.male() != null && genderProblem == null) {
                int male = covered.stream().mapToInt(ReportRow::male).sum();
                int female = covered.stream().mapToInt(ReportRow::female).sum();
                if (male != p.male() || female != p.female()) {
                    genderProblem = p.where() + ": the rows of " + p.what() + " add up to " + male + " men and " + female
                            + " women, but the report prints " + p.male() + " and " + p.female();
                }
            }
        }
        if (genderProblem == null) {
            genderProblem = implausibleGender();
        }
        return new UnReport(file, sha256, month, layout, List.copyOf(rows), genderProblem == null, genderProblem);
    }

    /**
     * Whether the split by gender is beyond belief even though it adds up: the UN's uniformed
     * personnel have never been more than about a tenth women, and a report that prints a third or
     * more (August 2020: 41,183 women of 81,820, troops printed as all women) has its men and women
     * swapped on rows. Its totals stand; its gender is not used.
     */
    private String implausibleGender() {
        long women = rows.stream().mapToLong(ReportRow::female).sum();
        long all = rows.stream().mapToLong(ReportRow::total).sum();
        if (women * 3 < all) {
            return null;
        }
        String where = totals.stream().filter(p -> p.what().equals("the whole report")).map(Printed::where).findFirst()
                .orElse("the whole report");
        return where + ": the rows give " + women + " women of " + all + " personnel (" + Math.round(100.0 * women / all)
                + "%), where the UN's reports never show more than about a tenth: men and women are mixed up on rows";
    }
}
