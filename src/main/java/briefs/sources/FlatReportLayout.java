package briefs.sources;

import briefs.model.BadInputException;
import briefs.model.Problem;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The flat table the UN published for some months (2024-10): one line per operation, country
 * and personnel type, with men, women, total and the report's date on every line, and no totals.
 * The month is the date printed on the lines; they must all give the same one.
 */
final class FlatReportLayout {
    static final String NAME = "flat table: one line per operation, country and type, dated";

    private FlatReportLayout() {
    }

    /** How far above or below its row a wrapped part of a name is printed. */
    private static final float WRAPPED = 8f;

    private record Columns(float country, float type, float male, float date) {
    }

    static boolean matches(ReportText text) {
        return !text.pages().isEmpty() && columns(text.pages().get(0)) != null;
    }

    private static Columns columns(ReportText.Page page) {
        for (ReportText.Line line : page.lines().stream().limit(3).toList()) {
            List<String> t = line.cells().stream().map(ReportText.Cell::text).toList();
            if (t.size() >= 5 && t.get(0).equalsIgnoreCase("Mission") && t.get(1).equalsIgnoreCase("Country")
                    && (t.get(2).equals("Personnel Type") || t.get(2).equals("description"))
                    && (t.get(t.size() - 1).equals("Report Date") || t.get(t.size() - 1).equals("report_date"))) {
                List<ReportText.Cell> c = line.cells();
                // Names are centred in their columns: a cell is placed by its middle.
                return new Columns((middle(c.get(0)) + middle(c.get(1))) / 2, (middle(c.get(1)) + middle(c.get(2))) / 2,
                        c.get(2).right() + 10, c.get(c.size() - 1).x() - 10);
            }
        }
        return null;
    }

    private static float middle(ReportText.Cell c) {
        return (c.x() + c.right()) / 2;
    }

    static UnReport read(ReportText text, String sha256) {
        ReportTable table = new ReportTable(text.file());
        List<ReportRow> rows = new ArrayList<>();
        YearMonth month = null;
        Columns c = null;
        for (ReportText.Page page : text.pages()) {
            Columns here = columns(page);
            c = here != null ? here : c; // 2019-09 prints its header on the first page only
            if (c == null) {
                throw new BadInputException(new Problem(text.file(), "page " + page.number(), "no column header on this page"));
            }
            for (ReportText.Line line : joinWrapped(text.file(), page)) {
                YearMonth m = row(text.file(), line, c, rows);
                if (month != null && !month.equals(m)) {
                    throw new BadInputException(new Problem(text.file(), line.where(),
                            "this line is dated " + m + " but the lines before it " + month));
                }
                month = m;
            }
        }
        if (month == null) {
            throw new BadInputException(new Problem(text.file(), "", "the report has no rows"));
        }
        table.addAll(rows);
        return table.report(month, sha256, NAME);
    }

    /**
     * The lines that carry figures, each with the parts of its name that wrapped onto a line of
     * their own above or below it ("United Republic of" / "Tanzania") put back in reading order.
     */
    private static List<ReportText.Line> joinWrapped(String file, ReportText.Page page) {
        List<ReportText.Line> rows = new ArrayList<>();
        List<ReportText.Cell> loose = new ArrayList<>();
        for (ReportText.Line line : page.lines()) {
            if (line.cells().get(0).text().equalsIgnoreCase("Mission") || CurrentReportLayout.isFooter(line)) {
                continue;
            }
            if (line.cells().stream().filter(cell -> ReportTable.isNumber(cell.text())).count() >= 3) {
                rows.add(line);
            } else {
                loose.addAll(line.cells());
            }
        }
        List<List<ReportText.Cell>> cells = new ArrayList<>();
        rows.forEach(r -> cells.add(new ArrayList<>(r.cells())));
        for (ReportText.Cell cell : loose) {
            int nearest = -1;
            for (int i = 0; i < rows.size(); i++) {
                if (nearest < 0 || Math.abs(rows.get(i).y() - cell.y()) < Math.abs(rows.get(nearest).y() - cell.y())) {
                    nearest = i;
                }
            }
            if (nearest < 0 || Math.abs(rows.get(nearest).y() - cell.y()) > WRAPPED) {
                throw new BadInputException(new Problem(file, "page " + page.number(), "text beside no row: \"" + cell.text() + "\""));
            }
            cells.get(nearest).add(cell);
        }
        List<ReportText.Line> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<ReportText.Cell> list = cells.get(i);
            // Cells go to their column by position; within a column, top to bottom.
            list.sort(java.util.Comparator.comparingDouble(ReportText.Cell::y).thenComparingDouble(ReportText.Cell::x));
            ReportText.Line r = rows.get(i);
            out.add(new ReportText.Line(r.page(), r.number(), r.y(), list));
        }
        return out;
    }

    /**
     * A name cut to its column runs into the type beside it as one run of text (2019-09: "United
     * States of Individual Police"): the type is the known label it ends with.
     */
    private static void splitType(StringBuilder country, StringBuilder type) {
        String text = country.toString();
        ReportTable.typeLabels().stream().filter(l -> text.endsWith(" " + l)).max(java.util.Comparator.comparingInt(String::length))
                .ifPresent(l -> {
                    type.append(l);
                    country.setLength(text.length() - l.length() - 1);
                });
    }

    private static YearMonth row(String file, ReportText.Line line, Columns c, List<ReportRow> rows) {
        StringBuilder mission = new StringBuilder();
        StringBuilder country = new StringBuilder();
        StringBuilder type = new StringBuilder();
        List<Integer> numbers = new ArrayList<>();
        String date = null;
        for (ReportText.Cell cell : line.cells()) {
            StringBuilder to = middle(cell) < c.country ? mission : middle(cell) < c.type ? country : null;
            if (cell.x() >= c.date) {
                date = cell.text();
            } else if (cell.x() >= c.male && ReportTable.isNumber(cell.text())) {
                numbers.add(ReportTable.number(cell.text()));
            } else {
                to = to != null ? to : type;
                to.append(to.isEmpty() ? "" : " ").append(cell.text());
            }
        }
        if (type.isEmpty()) {
            splitType(country, type);
        }
        if (mission.isEmpty() || country.isEmpty() || type.isEmpty() || numbers.size() != 3 || date == null) {
            throw new BadInputException(new Problem(file, line.where(), "not a complete row (operation, country, type, "
                    + "men, women, total, date): \"" + line.text() + "\""));
        }
        rows.add(new ReportRow(mission.toString(), country.toString(), ReportTable.type(file, line, type.toString()),
                numbers.get(0), numbers.get(1), numbers.get(2), line.where()));
        try {
            return YearMonth.from(LocalDate.parse(date, DateTimeFormatter.ofPattern("d/M/uuuu")));
        } catch (DateTimeParseException e) {
            throw new BadInputException(new Problem(file, line.where(), "the report date is not day/month/year: \"" + date + "\""));
        }
    }
}
