package briefs.sources;

import briefs.model.BadInputException;
import briefs.model.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the reports of 2017-05 to 2019-08, grouped by country ("1 Algeria"), then by operation
 * (a line of its own, until 2018-02) and personnel type ("POST"), with a total line per country
 * ("Total for Country", or from 2017-06 the country's name, cut to the column's width), per
 * operation (from 2017-06, the operation's name, also cut, and its total) and a grand total.
 */
final class CountryFirstRows {
    /** A type's label printed up to this far below its figures is on their row (2018-03 onwards: 3 pt). */
    private static final float LABEL_BELOW = 4.5f;

    private record Columns(float headerY, float country, float mission, float type, float numbers, float label) {
    }

    private final String file;
    private final ReportTable table;
    private final boolean byMission;
    private String country;
    private String mission;

    CountryFirstRows(String file, boolean byMission) {
        this.file = file;
        this.table = new ReportTable(file);
        this.byMission = byMission;
    }

    ReportTable read(ReportText text) {
        for (ReportText.Page page : text.pages()) {
            Columns c = columns(page);
            for (ReportText.Line line : joined(page.lines())) {
                if (line.y() > c.headerY && !CurrentReportLayout.isFooter(line)) {
                    line(line, c);
                }
            }
        }
        return table;
    }

    private void line(ReportText.Line line, Columns c) {
        List<ReportText.Cell> cells = line.cells();
        List<Integer> numbers = new ArrayList<>();
        StringBuilder left = new StringBuilder();
        String missionCell = null;
        String type = null;
        String label = null;
        for (ReportText.Cell cell : cells) {
            if (cell.x() >= c.numbers && ReportTable.isNumber(cell.text())) {
                numbers.add(ReportTable.number(cell.text()));
            } else if (cell.x() >= c.label) {
                label = cell.text();
            } else if (cell.x() >= c.type) {
                type = cell.text();
            } else if (byMission && cell.x() >= c.mission) {
                missionCell = cell.text();
            } else if (!(cell.x() < c.country && ReportTable.isNumber(cell.text()))) { // the country's number
                left.append(left.isEmpty() ? "" : " ").append(cell.text());
            }
        }
        String head = left.toString();
        if (!head.isEmpty() && numbers.isEmpty() && type == null && label == null && missionCell == null) {
            country = head;
            mission = null;
        } else if (head.equals("Total for Country") && numbers.size() == 3) {
            table.countryTotal(line, need(country, line), null, numbers);
        } else if ((head.equals("Grand Total") || head.equals("Total")) && numbers.size() == 3) {
            table.grandTotal(line, numbers);
        } else if (missionCell != null && head.isEmpty() && type == null && numbers.isEmpty()) {
            mission = missionCell;
        } else if (head.isEmpty() && type != null && numbers.size() == 3 && ReportTable.isType(type)) {
            if (byMission) {
                need(mission, line);
            }
            table.addAll(List.of(new ReportRow(mission, need(country, line), ReportTable.type(file, line, type),
                    numbers.get(0), numbers.get(1), numbers.get(2), line.where())));
        } else if (head.isEmpty() && type != null && numbers.size() == 3 && need(country, line).startsWith(type)) {
            table.countryTotal(line, country, null, numbers);
        } else if (head.isEmpty() && type == null && label == null && numbers.size() == 3) {
            // A country total whose name is drawn without a text mapping (2017-10, page 13: Côte d'Ivoire).
            table.countryTotal(line, need(country, line), null, numbers);
        } else if (head.isEmpty() && label != null && mission != null && mission.startsWith(label) && numbers.size() == 1) {
            table.countryTotal(line, need(country, line), mission, numbers);
        } else {
            throw OlderLayouts.unexpected(file, line, "a line this layout does not have");
        }
    }

    private String need(String value, ReportText.Line line) {
        if (value == null) {
            throw OlderLayouts.unexpected(file, line, byMission ? "a line before its country and operation"
                    : "a line before its country");
        }
        return value;
    }

    /** Puts a type's label back on the line of its figures when it is printed a little below them. */
    private static List<ReportText.Line> joined(List<ReportText.Line> lines) {
        List<ReportText.Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ReportText.Line line = lines.get(i);
            boolean figuresOnly = line.cells().stream().allMatch(c -> ReportTable.isNumber(c.text()));
            if (figuresOnly && i + 1 < lines.size() && lines.get(i + 1).y() - line.y() <= LABEL_BELOW) {
                List<ReportText.Cell> cells = new ArrayList<>(lines.get(i + 1).cells());
                cells.addAll(line.cells());
                cells.sort(java.util.Comparator.comparingDouble(ReportText.Cell::x));
                out.add(new ReportText.Line(line.page(), line.number(), line.y(), List.copyOf(cells)));
                i++;
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private Columns columns(ReportText.Page page) {
        for (ReportText.Line line : page.lines()) {
            ReportText.Cell post = OlderLayouts.cell(line, "POST");
            ReportText.Cell male = OlderLayouts.cell(line, "MALE");
            ReportText.Cell female = OlderLayouts.cell(line, "FEMALE");
            ReportText.Cell country = line.cells().get(0);
            ReportText.Cell missionHead = OlderLayouts.cell(line, "Mission");
            if (post != null && male != null && female != null && country.text().startsWith("Country")
                    && (missionHead != null) == byMission) {
                float mission = missionHead != null ? missionHead.x() - 5 : post.x();
                return new Columns(line.y(), country.x() - 2, mission, post.x() - 5, (post.right() + male.x()) / 2,
                        female.x() - 10);
            }
        }
        throw new BadInputException(new Problem(file, "page " + page.number(), "no column header (Country, "
                + (byMission ? "Mission, " : "") + "POST, MALE, FEMALE, TOTAL) on this page"));
    }
}
