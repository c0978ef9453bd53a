package briefs.sources;

import briefs.model.BadInputException;
import briefs.model.Problem;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one-off layout of November 2016, "Summary of Contributions to Peackeeping [sic] by Country
 * and Mission Detail": a numbered country, then per operation its name and a row for every type
 * (all-zero rows included), a "Total for Mission" line with men, women and total, and a grand
 * total. The month is printed as "by End of November, 2016".
 */
final class MissionDetailLayout {
    static final String NAME = "2016-11: by country and operation, every type printed";
    private static final Pattern MONTH = Pattern.compile("End of\\s+([A-Za-z]+,\\s\\d{4})");
    private static final DateTimeFormatter MONTH_YEAR = new java.time.format.DateTimeFormatterBuilder()
            .parseCaseInsensitive().appendPattern("MMMM, uuuu").parseDefaulting(java.time.temporal.ChronoField.DAY_OF_MONTH, 1)
            .toFormatter(Locale.ENGLISH);

    private MissionDetailLayout() {
    }

    static boolean matches(ReportText text) {
        return OlderLayouts.top(text, 2).contains("by Country and Mission Detail");
    }

    static UnReport read(ReportText text, String sha256) {
        YearMonth month = ReportDate.find(text, MONTH, MONTH_YEAR, "\"by End of Month, yyyy\" line");
        ReportTable table = new ReportTable(text.file());
        String country = null;
        String mission = null;
        for (ReportText.Page page : text.pages()) {
            ReportText.Line header = page.lines().stream().filter(l -> OlderLayouts.cell(l, "Mission") != null
                    && OlderLayouts.cell(l, "Male") != null).findFirst().orElseThrow(() -> new BadInputException(
                    new Problem(text.file(), "page " + page.number(), "no column header (Country, Mission, Male, Female, Total)")));
            float missionX = OlderLayouts.cell(header, "Mission").x() - 5;
            float figures = OlderLayouts.cell(header, "Male").x() - 30;
            for (ReportText.Line line : page.lines()) {
                if (line.y() <= header.y() || CurrentReportLayout.isFooter(line)) {
                    continue;
                }
                List<Integer> n = new ArrayList<>();
                StringBuilder left = new StringBuilder();
                String label = null;
                for (ReportText.Cell c : line.cells()) {
                    if (c.x() >= figures && ReportTable.isNumber(c.text())) {
                        n.add(ReportTable.number(c.text()));
                    } else if (c.x() >= missionX) {
                        label = label == null ? c.text() : label + " " + c.text();
                    } else if (!ReportTable.isNumber(c.text())) { // not the country's number
                        left.append(left.isEmpty() ? "" : " ").append(c.text());
                    }
                }
                if (left.toString().equals("Grand Total") && n.size() == 1) {
                    table.grandTotal(line, n);
                } else if (!left.isEmpty() && label == null && n.isEmpty()) {
                    country = left.toString();
                    mission = null;
                } else if (label != null && n.isEmpty() && left.isEmpty()) {
                    mission = label;
                } else if ("Total for Mission".equals(label) && n.size() == 3) {
                    table.countryTotal(line, need(text.file(), country, line), need(text.file(), mission, line), n);
                } else if (label != null && ReportTable.isType(label) && n.size() == 3) {
                    table.addAll(List.of(new ReportRow(need(text.file(), mission, line), need(text.file(), country, line),
                            ReportTable.type(text.file(), line, label), n.get(0), n.get(1), n.get(2), line.where())));
                } else {
                    throw OlderLayouts.unexpected(text.file(), line, "a line this layout does not have");
                }
            }
        }
        return table.report(month, sha256, NAME);
    }

    private static String need(String file, String value, ReportText.Line line) {
        if (value == null) {
            throw OlderLayouts.unexpected(file, line, "a line before its country and operation");
        }
        return value;
    }
}
