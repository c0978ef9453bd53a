package briefs.annex;

import briefs.derive.CountryFigures;
import briefs.derive.CountryIdentity;
import briefs.derive.FatalityFigures;
import briefs.derive.OperationFigures;
import briefs.derive.ParityFigures;
import briefs.derive.PlanStatus;
import briefs.derive.SeriesPoint;
import briefs.derive.TypeFigures;
import briefs.derive.YearAgo;
import briefs.model.ActionPlan;
import briefs.model.DataSet;
import briefs.model.FocusArea;
import briefs.model.MonthNote;
import briefs.model.ParityTarget;
import briefs.model.PersonnelType;
import briefs.model.Source;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made figures for {@link PoiAnnexTest}: a large contributor with an accented name, a
 * country with nobody deployed, a month whose report has no operation breakdown, and a hostile
 * country whose texts look like formulas. The figures are consistent (types add up to the total)
 * the way {@code briefs.derive} makes them.
 */
final class PoiAnnexFixtures {
    static final YearMonth MONTH = YearMonth.of(2025, 3);
    static final YearMonth FIRST = YearMonth.of(2015, 1);
    static final YearMonth NOT_REPORTED = YearMonth.of(2017, 3);
    static final YearMonth NO_GENDER = YearMonth.of(2020, 8);
    static final String HOSTILE_NAME = "=HYPERLINK(\"http://example.invalid\",\"x\")";
    static final List<String> HOSTILE_NOTES = List.of("+1+2", "-3+4", "@SUM(A1:A2)", "\tTAB=1+1", "\rCR=1+1",
            "=cmd|' /C calc'!A0", "<script>alert(1)</script> ${7*7}", "bell\u0007 and nul\u0000 inside");

    /** A fixture with a name the test report shows. */
    record Case(String label, CountryFigures figures) {
        @Override
        public String toString() {
            return label;
        }
    }

    private PoiAnnexFixtures() {
    }

    static List<Case> all() {
        return List.of(new Case("large contributor", large()), new Case("no personnel", noPersonnel()),
                new Case("no operation breakdown", noOperationBreakdown()), new Case("hostile texts", hostile()));
    }

    static DataSet dataSet() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = FIRST; !m.isAfter(MONTH); m = m.plusMonths(1)) {
            if (!m.equals(NOT_REPORTED)) {
                months.add(m);
            }
        }
        List<YearMonth> noOps = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2018, 3); !m.isAfter(YearMonth.of(2019, 8)); m = m.plusMonths(1)) {
            noOps.add(m);
        }
        return new DataSet(FIRST, MONTH, months,
                List.of(new MonthNote(NOT_REPORTED, "The report for this month is a copy of the April report.")),
                List.of(new MonthNote(NO_GENDER, "The gender split printed in the source is corrupt.")),
                noOps,
                List.of(new Source("personnel", "Contribution of Uniformed Personnel to UN by Mission",
                                "United Nations Department of Peace Operations",
                                "https://peacekeeping.un.org/en/data-troop-and-police-contributions", "2025-03-31",
                                "Uniformed personnel only."),
                        new Source("fatalities", "Fatalities in UN peace operations since 1948", "UN Peace and Security Data Hub",
                                "https://psdata.un.org/dataset/DPPADPOSS-FATALITIES", "April 2025", null)),
                List.of(),
                List.of(new ParityTarget("Military contingents", List.of(PersonnelType.TROOPS), 2028, 0.15,
                                "Uniformed Gender Parity Strategy 2018-2028"),
                        new ParityTarget("Formed police units", List.of(PersonnelType.FORMED_POLICE_UNITS), 2028, 0.20,
                                "Uniformed Gender Parity Strategy 2018-2028")));
    }

    static CountryFigures large() {
        List<OperationFigures> ops = List.of(
                operation("UNMISS", "United Nations Mission in South Sudan", "South Sudan",
                        new int[][]{{500, 50}, {20, 5}, {0, 0}, {30, 20}, {0, 0}}),
                operation("MINUSCA", "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
                        "Central African Republic", new int[][]{{300, 20}, {0, 0}, {3, 2}, {0, 0}, {130, 10}}),
                operation("UNIFIL", "United Nations Interim Force in Lebanon", "Lebanon",
                        new int[][]{{0, 0}, {8, 2}, {0, 0}, {0, 0}, {0, 0}}));
        return figures(identity("CIV", "CI", "Côte d’Ivoire"), true, true, ops, 12, List.of(), history(1100, true));
    }

    static CountryFigures noPersonnel() {
        return figures(identity("ISL", "IS", "Iceland"), true, true, List.of(), 0, List.of(), history(0, true));
    }

    /** A month from 2018-03 to 2019-08: personnel by type only, no operations. */
    static CountryFigures noOperationBreakdown() {
        CountryFigures base = large();
        return new CountryFigures(base.country(), base.month(), base.dataFirst(), base.dataLast(), true, false,
                base.total(), base.women(), base.men(), base.womenShare(), base.rank(), base.contributors(),
                base.byType(), List.of(), null, base.yearAgo(), base.unTotal(), base.unWomen(), base.unWomenShare(),
                base.parity(), base.series(), base.fatalities(), base.planInForce(), base.planStatus(), base.plans(),
                base.notes());
    }

    static CountryFigures hostile() {
        List<OperationFigures> ops = List.of(operation("-X", "@Mission =1+1", "+Somewhere",
                new int[][]{{10, 1}, {0, 0}, {0, 0}, {0, 0}, {0, 0}}));
        ActionPlan plan = new ActionPlan(1, 2020, 2024, "=1+1 plan", "javascript:alert(1)", "@note",
                List.of(new FocusArea(1, "-Prevention", "file:///etc/passwd"),
                        new FocusArea(2, "+Participation", "https://example.invalid/plan?a=1&b=2"),
                        new FocusArea(3, "@Relief", null)));
        CountryIdentity who = identity("XXH", "XH", HOSTILE_NAME);
        return figures(who, true, true, ops, 0, HOSTILE_NOTES, history(11, true), List.of(plan));
    }

    private static CountryIdentity identity(String iso3, String iso2, String name) {
        return new CountryIdentity(iso3, iso2, name, name, name, true, "Africa", "Western Africa", "AG", "African Group");
    }

    private static OperationFigures operation(String acronym, String name, String location, int[][] menWomen) {
        List<TypeFigures> types = new ArrayList<>();
        int women = 0;
        int total = 0;
        for (PersonnelType t : PersonnelType.values()) {
            int[] mw = menWomen[t.ordinal()];
            types.add(type(t, mw[0], mw[1]));
            women += mw[1];
            total += mw[0] + mw[1];
        }
        return new OperationFigures(acronym, name, location, types, women, total);
    }

    private static TypeFigures type(PersonnelType t, int men, int women) {
        int total = men + women;
        return new TypeFigures(t, t.label(), men, women, total, total == 0 ? null : (double) women / total);
    }

    private static CountryFigures figures(CountryIdentity who, boolean gender, boolean byOperation,
                                          List<OperationFigures> ops, int fatalities, List<String> notes,
                                          List<SeriesPoint> series) {
        ActionPlan first = new ActionPlan(1, 2012, 2016, "First National Action Plan", "https://example.org/nap1", null,
                List.of());
        ActionPlan second = new ActionPlan(2, 2019, 2025, "Second National Action Plan",
                "https://example.org/nap2", "Focus areas from the plan’s summary",
                List.of(new FocusArea(1, "Participation", "https://example.org/nap2#p"),
                        new FocusArea(2, "Protection", null)));
        return figures(who, gender, byOperation, ops, fatalities, notes, series,
                ops.isEmpty() ? List.of() : List.of(first, second));
    }

    private static CountryFigures figures(CountryIdentity who, boolean gender, boolean byOperation,
                                          List<OperationFigures> ops, int fatalities, List<String> notes,
                                          List<SeriesPoint> series, List<ActionPlan> plans) {
        List<TypeFigures> byType = new ArrayList<>();
        int men = 0;
        int women = 0;
        for (PersonnelType t : PersonnelType.values()) {
            int m = 0;
            int w = 0;
            for (OperationFigures op : ops) {
                TypeFigures tf = op.byType().get(t.ordinal());
                m += tf.men();
                w += tf.women();
            }
            byType.add(type(t, m, w));
            men += m;
            women += w;
        }
        int total = men + women;
        List<ParityFigures> parity = List.of(
                parity("Military contingents", List.of(PersonnelType.TROOPS), byType, 0.15),
                parity("Formed police units", List.of(PersonnelType.FORMED_POLICE_UNITS), byType, 0.20));
        FatalityFigures lost = fatalities == 0
                ? new FatalityFigures(0, 0, 0, List.of(), List.of(), List.of(), List.of(), null, null, null, "2025-04-04", java.time.YearMonth.parse("2025-04"))
                : new FatalityFigures(fatalities, 10, 2,
                        List.of(new FatalityFigures.Count("Military", 9), new FatalityFigures.Count("Police", 1),
                                new FatalityFigures.Count("Local", 2)),
                        List.of(new FatalityFigures.Count("Malicious Act", 7), new FatalityFigures.Count("Illness", 5)),
                        List.of(new FatalityFigures.Count("UNOCI", 8), new FatalityFigures.Count("MINUSMA", 4)),
                        List.of(new FatalityFigures.Count("2000s", 5), new FatalityFigures.Count("2010s", 7)),
                        2004, 2019, 2004, "2025-04-04", java.time.YearMonth.parse("2025-04"));
        ActionPlan inForce = plans.stream().filter(p -> p.endYear() != null && p.endYear() >= MONTH.getYear()
                && p.startYear() <= MONTH.getYear()).findFirst().orElse(null);
        return new CountryFigures(who, MONTH, FIRST, MONTH, gender, byOperation, total, women, men,
                total == 0 ? null : (double) women / total, total == 0 ? null : 42, 120, byType, ops,
                byOperation ? ops.size() : null,
                new YearAgo(MONTH.minusMonths(12), 1000, 90, total - 1000, (total - 1000) / 1000.0),
                70_000, 6_000, 6_000 / 70_000.0, parity, series, lost, inForce,
                inForce != null ? PlanStatus.IN_FORCE : plans.isEmpty() ? PlanStatus.NONE_RECORDED : PlanStatus.EXPIRED,
                plans, notes);
    }

    private static ParityFigures parity(String category, List<PersonnelType> types, List<TypeFigures> byType,
                                        double target) {
        int total = 0;
        int women = 0;
        for (PersonnelType t : types) {
            total += byType.get(t.ordinal()).total();
            women += byType.get(t.ordinal()).women();
        }
        Double share = total == 0 ? null : (double) women / total;
        Boolean met = share == null || total < ParityFigures.SMALL_GROUP ? null : share >= target * 0.8;
        return new ParityFigures(category, types, 2025, target * 0.8, 2028, target, total, women, share, met,
                Boolean.FALSE.equals(met) ? (int) Math.ceil(target * 0.8 * total - 1e-9) - women : null);
    }

    /** Months from FIRST to MONTH, growing towards {@code latest}; one month not reported, one without gender. */
    private static List<SeriesPoint> history(int latest, boolean gender) {
        List<SeriesPoint> points = new ArrayList<>();
        int months = (int) FIRST.until(MONTH, java.time.temporal.ChronoUnit.MONTHS);
        int i = 0;
        for (YearMonth m = FIRST; !m.isAfter(MONTH); m = m.plusMonths(1), i++) {
            if (m.equals(NOT_REPORTED)) {
                points.add(new SeriesPoint(m, false, 0, null, List.of(0, 0, 0, 0, 0)));
                continue;
            }
            int total = latest * (months / 2 + i / 2) / months;
            int troops = total * 8 / 10;
            int police = total - troops;
            Integer women = !gender || m.equals(NO_GENDER) ? null : total / 10;
            points.add(new SeriesPoint(m, true, total, women, List.of(troops, 0, 0, police, 0)));
        }
        return points;
    }
}
