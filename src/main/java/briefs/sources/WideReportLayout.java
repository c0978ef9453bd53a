package briefs.sources;

import briefs.model.BadInputException;
import briefs.model.Problem;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The wide table of October 2019, "Summary of Contribution to UN Peacekeeping by Country and Post":
 * a country's name on a line of its own, then a line per operation with men and women in a pair
 * of columns per type (UNMEM experts, troops, UNPOL, FPU, MSO staff officers), a "Total by
 * Country" line and a grand total, both by type and gender. A type with no one is not a row; a
 * row's total is its men and women. The report prints no date: its month is the one before the
 * PDF was made (29 November 2019), as reports are made after their month ends.
 */
final class WideReportLayout {
    static final String NAME = "2019-10: wide, by country and operation, men and women per type";
    private static final List<String> HEADS = List.of("UNMEM", "Troops", "UNPOL", "FPU", "MSO");
    private static final List<String> TYPES = List.of("Experts on Mission", "Troops", "Individual Police",
            "Formed Police Units", "Staff Officer");

    private WideReportLayout() {
    }

    static boolean matches(ReportText text) {
        return !text.pages().isEmpty() && header(text.pages().get(0)) != null;
    }

    /** The header line: Country, Mission, then "UNMEM M", "UNMEM F" ... "MSO F". */
    private static ReportText.Line header(ReportText.Page page) {
        for (ReportText.Line line : page.lines().stream().limit(5).toList()) {
            List<String> t = line.cells().stream().map(ReportText.Cell::text).toList();
            if (t.size() == 12 && t.get(0).equals("Country") && t.get(1).equals("Mission") && t.get(2).equals("UNMEM M")
                    && t.get(11).equals("MSO F")) {
                return line;
            }
        }
        return null;
    }

    static UnReport read(ReportText text, String sha256) {
        if (text.created() == null) {
            throw new BadInputException(new Problem(text.file(), "page 1", "the report prints no date and the PDF has "
                    + "no creation date: its month cannot be told"));
        }
        YearMonth month = YearMonth.from(text.created()).minusMonths(1);
        ReportTable table = new ReportTable(text.file());
        String country = null;
        boolean nameGoesOn = false;
        for (ReportText.Page page : text.pages()) {
            ReportText.Line header = header(page);
            if (header == null) {
                throw new BadInputException(new Problem(text.file(), "page " + page.number(), "no column header on this page"));
            }
            float figures = header.cells().get(2).x() - 20;
            float mission = header.cells().get(1).x() - 5;
            for (ReportText.Line line : page.lines()) {
                if (line.y() <= header.y() || CurrentReportLayout.isFooter(line)) {
                    continue;
                }
                List<Integer> n = line.cells().stream().filter(c -> c.x() >= figures && ReportTable.isNumber(c.text()))
                        .map(c -> ReportTable.number(c.text())).toList();
                String label = line.cells().stream().filter(c -> c.x() < figures).map(ReportText.Cell::text)
                        .reduce((a, b) -> a + " " + b).orElse("");
                boolean left = !line.cells().isEmpty() && line.cells().get(0).x() < mission;
                if (n.isEmpty() && left) {
                    country = nameGoesOn ? country + " " + label : label;
                    nameGoesOn = true;
                    continue;
                }
                nameGoesOn = false;
                if (n.isEmpty() && label.equals("Grand Total")) {
                    continue; // its figures are on the line just above
                } else if (n.size() != 10) {
                    throw OlderLayouts.unexpected(text.file(), line, "a line this layout does not have");
                } else if (label.isEmpty() || label.equals("Grand Total")) {
                    totals(table, line, null, n);
                } else if (label.equals("Total by Country")) {
                    totals(table, line, need(text.file(), country, line), n);
                } else {
                    rows(table, line, label, need(text.file(), country, line), n);
                }
            }
        }
        return table.report(month, sha256, NAME);
    }

    private static String need(String file, String country, ReportText.Line line) {
        if (country == null) {
            throw OlderLayouts.unexpected(file, line, "a line before its country");
        }
        return country;
    }

    private static void rows(ReportTable table, ReportText.Line line, String mission, String country, List<Integer> n) {
        List<ReportRow> rows = new ArrayList<>();
        for (int t = 0; t < TYPES.size(); t++) {
            int male = n.get(2 * t);
            int female = n.get(2 * t + 1);
            if (male + female > 0) {
                rows.add(new ReportRow(mission, country, TYPES.get(t), male, female, male + female, line.where()));
            }
        }
        table.addAll(rows);
    }

    /** A country's totals by type (or the report's, for a null country), each checked on its own. */
    private static void totals(ReportTable table, ReportText.Line line, String country, List<Integer> n) {
        for (int t = 0; t < TYPES.size(); t++) {
            String type = TYPES.get(t);
            String what = (country == null ? "the whole report" : country) + ", " + HEADS.get(t);
            table.genderTotal(line, what, r -> (country == null || country.equals(r.country())) && type.equals(r.type()),
                    n.get(2 * t), n.get(2 * t + 1));
        }
    }
}
