package briefs.sources;

import briefs.model.BadInputException;
import briefs.model.Problem;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The layout of January 2015 to April 2017, "UN Mission's Summary detailed by Country": a
 * country's name on a line of its own, then its rows (operation, type, men, women, total; the
 * operation printed on its first row only), a subtotal labelled with the operation after each
 * operation's rows and one labelled with the country after the country's (totals only). Lines
 * that print a type with fewer than three figures carry no one (2015-02: their subtotals prove
 * it) and are passed over; a second all-zero row of a type already read is a repeat (2015-05).
 */
final class CountrySummaryLayout {
    static final String NAME = "2015-01 to 2017-04: by country, then operation, with subtotals";
    private static final Pattern MONTH = Pattern.compile("Month of Report\\s*:\\s*(\\d{1,2}-[A-Za-z]{3}-\\d{2})");

    private CountrySummaryLayout() {
    }

    private record Columns(float headerY, float mission, float type, float numbers, float label) {
    }

    static boolean matches(ReportText text) {
        return OlderLayouts.top(text, 4).contains("UN Mission's Summary") && OlderLayouts.top(text, 4).contains("detailed by Country");
    }

    static UnReport read(ReportText text, String sha256) {
        YearMonth month = ReportDate.find(text, MONTH, ReportDate.DAY_MON_YY, "\"Month of Report : dd-Mon-yy\" line");
        ReportTable table = new ReportTable(text.file());
        String country = null;
        String mission = null;
        List<ReportRow> rows = new ArrayList<>();
        for (ReportText.Page page : text.pages()) {
            Columns c = columns(text.file(), page);
            for (ReportText.Line line : page.lines()) {
                if (line.y() <= c.headerY || CurrentReportLayout.isFooter(line)) {
                    continue;
                }
                Cells cells = Cells.of(line, c);
                List<String> left = cells.left();
                String missionCell = cells.mission();
                String type = cells.type();
                String label = cells.label();
                List<Integer> numbers = cells.numbers();
                if (!left.isEmpty() && type == null && label == null && numbers.isEmpty()) {
                    country = String.join(" ", left);
                    mission = null;
                    continue;
                }
                mission = missionCell != null ? missionCell : mission;
                if (type != null && label == null && numbers.size() == 3) {
                    if (country == null || mission == null) {
                        throw OlderLayouts.unexpected(text.file(), line, "a row before its country and operation");
                    }
                    rows.add(new ReportRow(mission, country, ReportTable.type(text.file(), line, type),
                            numbers.get(0), numbers.get(1), numbers.get(2), line.where()));
                } else if (type != null && label == null && numbers.size() < 3) {
                    continue; // a type with blank cells: no one (see above)
                } else if (label != null && type == null && numbers.size() == 1) {
                    if (label.equals(mission)) {
                        table.countryTotal(line, country, mission, numbers);
                    } else {
                        table.countryTotal(line, country, null, numbers);
                    }
                } else if (!(label != null && type == null && numbers.isEmpty())) { // a subtotal's label alone: no figure
                    throw OlderLayouts.unexpected(text.file(), line, "a line this layout does not have");
                }
            }
        }
        table.addAll(withoutRepeats(rows));
        return table.report(month, sha256, NAME);
    }

    /** A line's cells by column: names at the left, then operation, type, subtotal label and figures. */
    private record Cells(List<String> left, String mission, String type, String label, List<Integer> numbers) {
        static Cells of(ReportText.Line line, Columns c) {
            List<String> left = new ArrayList<>();
            String mission = null;
            String type = null;
            String label = null;
            List<Integer> numbers = new ArrayList<>();
            for (ReportText.Cell cell : line.cells()) {
                if (cell.x() >= c.numbers && ReportTable.isNumber(cell.text())) {
                    numbers.add(ReportTable.number(cell.text()));
                } else if (cell.x() >= c.label) {
                    label = cell.text();
                } else if (cell.x() >= c.type) {
                    type = cell.text();
                } else if (cell.x() >= c.mission) {
                    mission = cell.text();
                } else {
                    left.add(cell.text());
                }
            }
            return new Cells(left, mission, type, label, numbers);
        }
    }

    /** Drops an all-zero row of a type the same country and operation also print another row for. */
    static List<ReportRow> withoutRepeats(List<ReportRow> rows) {
        Map<String, List<ReportRow>> byKey = new LinkedHashMap<>();
        rows.forEach(r -> byKey.computeIfAbsent(r.mission() + "|" + r.country() + "|" + r.type(), k -> new ArrayList<>()).add(r));
        Set<ReportRow> repeats = new HashSet<>();
        for (List<ReportRow> same : byKey.values()) {
            List<ReportRow> zero = same.stream().filter(r -> r.total() == 0).toList();
            repeats.addAll(zero.size() == same.size() ? zero.subList(1, zero.size()) : zero);
        }
        return rows.stream().filter(r -> !repeats.contains(r)).toList();
    }

    private static Columns columns(String file, ReportText.Page page) {
        for (ReportText.Line line : page.lines()) {
            ReportText.Cell mission = OlderLayouts.cell(line, "UN Mission");
            ReportText.Cell type = OlderLayouts.cell(line, "Description");
            ReportText.Cell male = OlderLayouts.cell(line, "M");
            ReportText.Cell female = OlderLayouts.cell(line, "F");
            if (mission != null && type != null && male != null && female != null) {
                // Subtotal labels are right-aligned against the total column, right of the women's.
                return new Columns(line.y(), mission.x() - 15, type.x() - 10, male.x() - 15, female.right() + 5);
            }
        }
        throw new BadInputException(new Problem(file, "page " + page.number(), "no column header (Country, UN Mission, "
                + "Description, M, F, Totals) on this page"));
    }
}
