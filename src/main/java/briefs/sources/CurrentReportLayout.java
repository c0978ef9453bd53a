package briefs.sources;

import briefs.model.BadInputException;
import briefs.model.Problem;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout the UN has used since February 2021, "Contribution of Uniformed Personnel to UN by
 * Mission, Country, and Personnel Type": operation, then country, then one row per personnel
 * type with men, women and total; a "Total &lt;MISSION&gt;" line per operation and a "Grand Total".
 * A country with several rows has its name printed once, vertically centred on them, so rows are
 * given to names by position (see {@link CountryLabels}).
 */
final class CurrentReportLayout {
    static final String NAME = "2021-02 onwards: by operation, country and personnel type";
    private static final Pattern AS_OF = Pattern.compile("As of:\\s*(\\d{1,2}/\\d{1,2}/\\d{4})");

    private CurrentReportLayout() {
    }

    static boolean matches(ReportText text) {
        return titled(text, "by Mission, Country, and Personnel Type");
    }

    /** The report of September 2023: same title, but totals by country and type only. */
    static boolean matchesTotalsByCountry(ReportText text) {
        return titled(text, "by Country and Personnel Type");
    }

    private static boolean titled(ReportText text, String subtitle) {
        if (text.pages().isEmpty()) {
            return false;
        }
        List<String> top = text.pages().get(0).lines().stream().limit(4).map(ReportText.Line::text).toList();
        return top.stream().anyMatch(t -> t.startsWith("Contribution of Uniformed Personnel to UN"))
                && top.stream().anyMatch(t -> t.startsWith(subtitle));
    }

    static UnReport read(ReportText text, String sha256) {
        YearMonth month = month(text);
        ReportTable table = new ReportTable(text.file());
        CountryLabels labels = new CountryLabels(text.file());
        String mission = null;
        Columns columns = null;
        for (ReportText.Page page : text.pages()) {
            Columns here = columns(page);
            columns = here != null ? here : columns;
            if (columns == null) {
                continue;
            }
            float top = here != null ? here.headerY : asOfY(page);
            for (ReportText.Line line : page.lines()) {
                if (isFooter(line)) {
                    break; // the footer and anything it wraps onto
                }
                if (line.y() <= top || line.text().isBlank()) {
                    continue;
                }
                Parsed p = parse(line, columns);
                if (p.missionText != null && p.numbers.isEmpty()) {
                    labels.endMission(mission);
                    mission = p.missionText;
                } else if (p.missionText != null && p.missionText.equals("Grand Total")) {
                    labels.endMission(mission);
                    table.grandTotal(line, p.numbers);
                    mission = null;
                } else if (p.missionText != null && p.missionText.startsWith("Total ")) {
                    labels.endMission(mission);
                    table.addAll(labels.take());
                    table.missionTotal(line, p.missionText.substring("Total ".length()), p.numbers);
                    mission = null;
                } else if (p.type != null && p.numbers.size() == 3) {
                    labels.row(mission, page.number(), line, p.country, p.countryY, p.type, p.numbers);
                } else if (p.country != null && p.type == null && p.numbers.isEmpty()) {
                    labels.label(page.number(), line, p.country, p.countryY);
                } else {
                    throw new BadInputException(new Problem(text.file(), line.where(),
                            "a line this layout does not have: \"" + line.text() + "\""));
                }
            }
            labels.endPage();
        }
        table.addAll(labels.take());
        return table.report(month, sha256, NAME);
    }

    private static YearMonth month(ReportText text) {
        for (ReportText.Line line : text.pages().get(0).lines()) {
            Matcher m = AS_OF.matcher(line.text());
            if (m.find()) {
                try {
                    return YearMonth.from(LocalDate.parse(m.group(1), DateTimeFormatter.ofPattern("d/M/uuuu")));
                } catch (DateTimeParseException e) {
                    throw new BadInputException(new Problem(text.file(), line.where(),
                            "the report's date is not a day/month/year date: \"" + m.group(1) + "\""));
                }
            }
        }
        throw new BadInputException(new Problem(text.file(), "page 1",
                "no \"As of: dd/mm/yyyy\" line: the month the report describes is not printed"));
    }

    private record Columns(float headerY, float country, float type, float male) {
    }

    /** Pages without a column header (2022-09) still repeat the title down to the "As of" line. */
    private static float asOfY(ReportText.Page page) {
        return page.lines().stream().filter(l -> AS_OF.matcher(l.text()).find()).map(ReportText.Line::y)
                .findFirst().orElse(0f);
    }

    private static Columns columns(ReportText.Page page) {
        for (ReportText.Line line : page.lines()) {
            ReportText.Cell country = cell(line, "Country");
            ReportText.Cell type = cell(line, "Personnel Type");
            ReportText.Cell male = line.cells().stream().filter(c -> c.text().startsWith("Male")).findFirst().orElse(null);
            if (cell(line, "Mission") != null && country != null && type != null && male != null) {
                return new Columns(line.y(), country.x() - 4, type.x() - 4, male.x() - 4);
            }
        }
        return null;
    }

    private static ReportText.Cell cell(ReportText.Line line, String text) {
        return line.cells().stream().filter(c -> c.text().equals(text)).findFirst().orElse(null);
    }

    static boolean isFooter(ReportText.Line line) {
        String t = line.text();
        return t.startsWith("Report Generated On") || t.matches("Page \\d+ of \\d+.*");
    }

    private record Parsed(String missionText, String country, float countryY, String type, List<Integer> numbers) {
    }

    private static Parsed parse(ReportText.Line line, Columns c) {
        StringBuilder mission = new StringBuilder();
        StringBuilder country = new StringBuilder();
        StringBuilder type = new StringBuilder();
        List<Integer> numbers = new ArrayList<>();
        float countryY = line.y();
        for (ReportText.Cell cell : line.cells()) {
            if (cell.x() >= c.male && ReportTable.isNumber(cell.text())) {
                numbers.add(ReportTable.number(cell.text()));
            } else if (cell.x() < c.country) {
                append(mission, cell.text());
            } else if (cell.x() < c.type) {
                append(country, cell.text());
                countryY = cell.y(); // its own baseline: a name may sit a little off its row's
            } else {
                append(type, cell.text());
            }
        }
        return new Parsed(emptyToNull(mission), emptyToNull(country), countryY, emptyToNull(type), numbers);
    }

    private static void append(StringBuilder b, String text) {
        b.append(b.isEmpty() ? "" : " ").append(text);
    }

    private static String emptyToNull(StringBuilder b) {
        return b.isEmpty() ? null : b.toString();
    }
}
