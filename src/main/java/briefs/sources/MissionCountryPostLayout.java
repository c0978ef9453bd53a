package briefs.sources;

import briefs.model.BadInputException;
import briefs.model.Problem;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The layout of November 2019 to January 2021, "Summary of Contribution to UN Peacekeeping by
 * Mission, Country and Post", in its variants: an operation's name on a line of its own, then its
 * rows, each with the country on it (2019-11 to 2020-01) or under a country's name on a line of its
 * own (2020-02 onwards, names wrapping onto a second line), the type as a short label ("police",
 * "FPU") or in full, and the post after the figures (2019-11) or before them. An operation's total
 * is a line of figures with no label, the grand total a second such line or one after the count
 * of rows; 2021-01 prints each operation's and country's total on its name's line instead.
 */
final class MissionCountryPostLayout {
    static final String NAME = "2019-11 to 2021-01: by operation, country and post";

    private MissionCountryPostLayout() {
    }

    static boolean matches(ReportText text) {
        return OlderLayouts.top(text, 3).replaceAll("\\s+", " ").contains("by Mission, Country and Post");
    }

    private record Columns(float headerY, float country, float type, float numbers, float numbersEnd, float post) {
    }

    private record Parsed(String mission, String country, String type, List<Integer> numbers, Integer count) {
    }

    static UnReport read(ReportText text, String sha256) {
        YearMonth month = ReportDate.find(text, CountryMissionPostLayout.DATE, ReportDate.DAY_MONTH_YEAR, "date (dd/mm/yyyy)");
        ReportTable table = new ReportTable(text.file());
        Reading reading = new Reading(text.file(), table);
        for (ReportText.Page page : text.pages()) {
            Columns c = columns(text.file(), page);
            for (ReportText.Line line : page.lines()) {
                if (line.y() > c.headerY && !CurrentReportLayout.isFooter(line)) {
                    reading.take(line, parse(line, c));
                }
            }
        }
        table.addAll(reading.rows);
        return table.report(month, sha256, NAME);
    }

    /** Where a reading stands: the operation and country above, and what the line before left open. */
    private static final class Reading {
        private final String file;
        private final ReportTable table;
        private final List<ReportRow> rows = new ArrayList<>();
        private String mission;
        private String country;
        private boolean nameGoesOn;
        private boolean afterTotal;
        private boolean inlineName;

        Reading(String file, ReportTable table) {
            this.file = file;
            this.table = table;
        }

        void take(ReportText.Line line, Parsed p) {
            boolean figures = p.numbers.size() == 3;
            if (p.count != null) {
                if (p.count != rows.size()) {
                    throw new BadInputException(new Problem(file, line.where(), "the report counts " + p.count
                            + " rows, but " + rows.size() + " were read; the report is not imported"));
                }
                afterTotal = true;
            } else if ("Grand Total".equals(p.mission) && figures) {
                table.grandTotal(line, p.numbers);
            } else if (p.mission != null && p.country == null && p.type == null) {
                mission = p.mission;
                country = null;
                if (figures) {
                    table.missionTotal(line, mission, p.numbers);
                }
            } else if (p.country != null && p.type == null && p.mission == null) {
                countryLine(line, p, figures);
                return;
            } else if (p.type != null && figures && p.mission == null) {
                String who = p.country != null ? p.country : country;
                inlineName = p.country != null;
                rows.add(new ReportRow(need(file, mission, line), need(file, who, line),
                        ReportTable.type(file, line, p.type), p.numbers.get(0), p.numbers.get(1),
                        p.numbers.get(2), line.where()));
            } else if (p.mission == null && p.country == null && p.type == null && figures) {
                unnamedTotal(line, p);
                return;
            } else {
                throw OlderLayouts.unexpected(file, line, "a line this layout does not have");
            }
            nameGoesOn = false;
            afterTotal = p.count != null;
            inlineName = inlineName && p.type != null;
        }

        /** A country's name, or the rest of one, with its total when the line has figures. */
        private void countryLine(ReportText.Line line, Parsed p, boolean figures) {
            if (!figures && inlineName) {
                // The rest of the name on the row above, wrapped under it (2020-01: "the Congo (DRC)").
                ReportRow r = rows.remove(rows.size() - 1);
                rows.add(new ReportRow(r.mission(), r.country() + " " + p.country, r.type(), r.male(), r.female(),
                        r.total(), r.where()));
                inlineName = false;
                return;
            }
            country = nameGoesOn && !figures ? country + " " + p.country : p.country;
            if (figures) {
                table.countryTotal(line, country, need(file, mission, line), p.numbers);
            }
            nameGoesOn = !figures;
        }

        /** Figures with no name: the operation's total, or after it the grand total. */
        private void unnamedTotal(ReportText.Line line, Parsed p) {
            if (afterTotal) {
                table.grandTotal(line, p.numbers);
            } else {
                table.missionTotal(line, need(file, mission, line), p.numbers);
            }
            afterTotal = true;
            nameGoesOn = false;
        }
    }

    private static String need(String file, String value, ReportText.Line line) {
        if (value == null) {
            throw OlderLayouts.unexpected(file, line, "a line before its operation or country");
        }
        return value;
    }

    private static Parsed parse(ReportText.Line line, Columns c) {
        List<ReportText.Cell> cells = line.cells();
        if (cells.size() == 1 && ReportTable.isNumber(cells.get(0).text()) && cells.get(0).x() < c.numbers) {
            return new Parsed(null, null, null, List.of(), ReportTable.number(cells.get(0).text())); // the count of rows
        }
        StringBuilder mission = new StringBuilder();
        StringBuilder country = new StringBuilder();
        StringBuilder type = new StringBuilder();
        List<Integer> numbers = new ArrayList<>();
        for (ReportText.Cell cell : cells) {
            StringBuilder to;
            if (cell.x() >= c.numbers && cell.x() < c.numbersEnd && ReportTable.isNumber(cell.text())) {
                numbers.add(ReportTable.number(cell.text()));
                continue;
            } else if (cell.x() >= c.post) {
                to = type;
            } else if (cell.x() >= c.type) {
                to = type;
            } else if (cell.x() >= c.country) {
                to = country;
            } else {
                to = mission;
            }
            to.append(to.isEmpty() ? "" : " ").append(cell.text());
        }
        return new Parsed(orNull(mission), orNull(country), orNull(type), numbers, null);
    }

    private static String orNull(StringBuilder b) {
        return b.isEmpty() ? null : b.toString();
    }

    private static Columns columns(String file, ReportText.Page page) {
        for (ReportText.Line line : page.lines()) {
            ReportText.Cell mission = OlderLayouts.cell(line, "Mission");
            ReportText.Cell country = OlderLayouts.cell(line, "Country");
            country = country != null ? country : OlderLayouts.cell(line, "Contributor");
            ReportText.Cell description = OlderLayouts.cell(line, "Description");
            ReportText.Cell post = OlderLayouts.cell(line, "Post");
            ReportText.Cell male = OlderLayouts.cell(line, "Male");
            ReportText.Cell total = OlderLayouts.cell(line, "Total");
            if (mission != null && country != null && male != null && total != null && (description != null || post != null)) {
                // A name starts a little left of its header, a type label well left of it (2021-01): columns are split midway.
                float countryStart = (mission.right() + country.x()) / 2;
                float type = description != null ? (country.x() + description.x()) / 2 : Float.MAX_VALUE;
                float postStart = post != null ? total.right() + 4 : Float.MAX_VALUE;
                return new Columns(line.y(), countryStart, type, male.x() - 40, total.right() + 4, postStart);
            }
        }
        throw new BadInputException(new Problem(file, "page " + page.number(), "no column header (Mission, Country or "
                + "Contributor, Description or Post, Male, Female, Total) on this page"));
    }
}
