package briefs.render;

import briefs.derive.CountryFigures;
import briefs.derive.CountryIdentity;
import briefs.derive.FatalityFigures;
import briefs.derive.FatalityFigures.Count;
import briefs.derive.OperationFigures;
import briefs.derive.ParityFigures;
import briefs.derive.PlanStatus;
import briefs.derive.SeriesPoint;
import briefs.derive.TypeFigures;
import briefs.derive.YearAgo;
import briefs.model.ActionPlan;
import briefs.model.FocusArea;
import briefs.model.ParityTarget;
import briefs.model.PersonnelType;
import briefs.model.Source;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made figures for four very different countries, shaped like the derive stage's output:
 * a small contributor with a plan and focus areas (Norway), a country with no personnel, no plan
 * and no fatalities (Iceland), a name with accents in a month without gender split or operation
 * breakdown (Côte d’Ivoire), and a large contributor in many operations.
 */
public final class BriefFixtures {
    public static final YearMonth MONTH = YearMonth.of(2025, 3);
    private static final YearMonth FIRST = YearMonth.of(2015, 1);

    private BriefFixtures() {
    }

    public static List<Source> sources() {
        return List.of(
                new Source("contributions", "Troop and police contributions by country, mission and gender",
                        "UN Department of Peace Operations", "https://peacekeeping.un.org/en/troop-and-police-contributors",
                        "2025-04-15", null),
                new Source("fatalities", "Fatalities by nationality, mission, incident type",
                        "UN Department of Peace Operations", "https://peacekeeping.un.org/en/peacekeeper-fatalities",
                        "2025-04-01", null),
                new Source("naps", "National Action Plans on resolution 1325", "WILPF PeaceWomen",
                        "https://1325naps.peacewomen.org", "2024-12-31", "Focus areas summarised from the plans."));
    }

    public static List<ParityTarget> parityTargets() {
        String src = "Uniformed Gender Parity Strategy 2018–2028, Department of Peace Operations";
        return List.of(
                new ParityTarget("Military contingents", List.of(PersonnelType.TROOPS), 2025, 0.12, src),
                new ParityTarget("Military contingents", List.of(PersonnelType.TROOPS), 2028, 0.15, src),
                new ParityTarget("Staff officers and military observers",
                        List.of(PersonnelType.STAFF_OFFICERS, PersonnelType.EXPERTS_ON_MISSION), 2025, 0.23, src),
                new ParityTarget("Staff officers and military observers",
                        List.of(PersonnelType.STAFF_OFFICERS, PersonnelType.EXPERTS_ON_MISSION), 2028, 0.25, src),
                new ParityTarget("Formed police units", List.of(PersonnelType.FORMED_POLICE_UNITS), 2025, 0.18, src),
                new ParityTarget("Formed police units", List.of(PersonnelType.FORMED_POLICE_UNITS), 2028, 0.20, src),
                new ParityTarget("Individual police officers", List.of(PersonnelType.INDIVIDUAL_POLICE), 2025, 0.28, src),
                new ParityTarget("Individual police officers", List.of(PersonnelType.INDIVIDUAL_POLICE), 2028, 0.30, src));
    }

    /** Norway, March 2025: 43 personnel, 21 women, six operations, a plan in force with focus areas. */
    public static CountryFigures norway() {
        CountryIdentity id = new CountryIdentity("NOR", "NO", "Norway", "Norway", "the Kingdom of Norway", true,
                "Europe", "Northern Europe", "WEOG", "Western European and other States");
        List<TypeFigures> byType = List.of(
                type(PersonnelType.TROOPS, 6, 2), type(PersonnelType.STAFF_OFFICERS, 19, 4),
                type(PersonnelType.EXPERTS_ON_MISSION, 10, 1), type(PersonnelType.INDIVIDUAL_POLICE, 8, 14),
                type(PersonnelType.FORMED_POLICE_UNITS, 0, 0));
        List<OperationFigures> ops = List.of(
                op("UNMISS", "United Nations Mission in South Sudan", "South Sudan", 21, 9, new int[] {0, 6, 3, 12, 0}),
                op("UNTSO", "United Nations Truce Supervision Organization", "Middle East", 7, 1, new int[] {0, 0, 7, 0, 0}),
                op("MINUSCA", "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
                        "Central African Republic", 6, 3, new int[] {0, 4, 0, 2, 0}),
                op("UNFICYP", "United Nations Peacekeeping Force in Cyprus", "Cyprus", 5, 4, new int[] {0, 1, 0, 4, 0}),
                op("UNDOF", "United Nations Disengagement Observer Force", "Golan", 2, 2, new int[] {0, 2, 0, 0, 0}),
                op("UNVMC", "United Nations Verification Mission in Colombia", "Colombia", 2, 2, new int[] {0, 2, 0, 0, 0}));
        List<ParityFigures> parity = List.of(
                parity(0, 8, 2, 0.25), parity(1, 34, 5, 0.147), parity(2, 0, 0, null), parity(3, 22, 14, 0.636));
        List<ActionPlan> plans = List.of(
                new ActionPlan(1, 2006, 2009, "The Norwegian Government's Action Plan for the Implementation of UNSCR 1325",
                        null, null, List.of()),
                new ActionPlan(2, 2011, 2013, "Women, Peace and Security: Norway's Strategic Plan 2011–13", null, null, List.of()),
                new ActionPlan(3, 2015, 2018, "National Action Plan: Women, Peace and Security 2015–18", null, null, List.of()),
                new ActionPlan(4, 2019, 2022, "The Norwegian Government's Action Plan on Women, Peace and Security (2019–2022)",
                        "https://www.regjeringen.no/en/dokumenter/wps_actionplan/id2626138/", null, List.of()),
                new ActionPlan(5, 2023, 2030, "Women, Peace and Security: National Action Plan 2023–2030",
                        "https://www.regjeringen.no/en/dokumenter/action-plan-wps-2023/id2970064/", null, List.of(
                        new FocusArea(1, "Peace and reconciliation processes", null),
                        new FocusArea(2, "Implementation of peace agreements", null),
                        new FocusArea(3, "Operations and missions", null),
                        new FocusArea(4, "Humanitarian efforts", null),
                        new FocusArea(5, "Sustaining peace", null))));
        FatalityFigures dead = new FatalityFigures(43, 40, 3,
                List.of(new Count("Military", 38), new Count("International Civilian", 3), new Count("Police", 2)),
                List.of(new Count("Accident", 20), new Count("Malicious Act", 12), new Count("Illness", 9), new Count("Other", 2)),
                List.of(new Count("UNIFIL", 21), new Count("UNEF I", 11), new Count("ONUC", 4), new Count("UNPROFOR", 4),
                        new Count("UNMISS", 2), new Count("UNTSO", 1), new Count("MINUSMA", 1)),
                List.of(new Count("1950s", 8), new Count("1960s", 6), new Count("1970s", 5), new Count("1980s", 12),
                        new Count("1990s", 7), new Count("2000s", 2), new Count("2010s", 3)),
                1956, 2019, 1956, "2025-04-01", MONTH);
        return new CountryFigures(id, MONTH, FIRST, MONTH, true, true, 43, 21, 22, 21 / 43.0, 73, 120,
                byType, ops, 6, new YearAgo(MONTH.minusYears(1), 38, 17, 5, 5 / 38.0),
                61_000, 4_880, 0.08, parity, series(60, 4.0, MONTH), dead, plans.get(4), PlanStatus.IN_FORCE, plans,
                List.of());
    }

    /** Iceland: nobody deployed in any month, no plan recorded, no fatalities. */
    public static CountryFigures iceland() {
        CountryIdentity id = new CountryIdentity("ISL", "IS", "Iceland", "Iceland", "Iceland", true,
                "Europe", "Northern Europe", "WEOG", "Western European and other States");
        List<TypeFigures> byType = new ArrayList<>();
        for (PersonnelType t : PersonnelType.values()) {
            byType.add(new TypeFigures(t, t.label(), 0, 0, 0, null));
        }
        List<ParityFigures> parity = List.of(
                parity(0, 0, 0, null), parity(1, 0, 0, null), parity(2, 0, 0, null), parity(3, 0, 0, null));
        FatalityFigures none = new FatalityFigures(0, 0, 0, List.of(), List.of(), List.of(), List.of(), null, null, null,
                "2025-04-01", MONTH);
        return new CountryFigures(id, MONTH, FIRST, MONTH, true, true, 0, 0, 0, null, null, 120,
                byType, List.of(), 0, new YearAgo(MONTH.minusYears(1), 0, 0, 0, null),
                61_000, 4_880, 0.08, parity, series(0, 0, MONTH), none, null, PlanStatus.NONE_RECORDED, List.of(),
                List.of());
    }

    /**
     * Côte d’Ivoire in August 2020: the month's report has no gender split; and, as a hostile case,
     * no operation breakdown either, no figures a year earlier, and an expired plan.
     */
    public static CountryFigures coteDIvoire() {
        YearMonth month = YearMonth.of(2020, 8);
        CountryIdentity id = new CountryIdentity("CIV", "CI", "Côte d’Ivoire", "Côte d’Ivoire", "the Republic of Côte d’Ivoire", true,
                "Africa", "Western Africa", "AG", "African States");
        List<TypeFigures> byType = List.of(
                new TypeFigures(PersonnelType.TROOPS, "Troops", null, null, 650, null),
                new TypeFigures(PersonnelType.STAFF_OFFICERS, "Staff Officers", null, null, 12, null),
                new TypeFigures(PersonnelType.EXPERTS_ON_MISSION, "Experts on Mission", null, null, 0, null),
                new TypeFigures(PersonnelType.INDIVIDUAL_POLICE, "Individual Police", null, null, 31, null),
                new TypeFigures(PersonnelType.FORMED_POLICE_UNITS, "Formed Police Units", null, null, 140, null));
        List<ParityFigures> parity = List.of(
                new ParityFigures("Military contingents", List.of(PersonnelType.TROOPS), 2020, 0.065, 2028, 0.15, 650, null, null, null, null),
                new ParityFigures("Staff officers and military observers",
                        List.of(PersonnelType.STAFF_OFFICERS, PersonnelType.EXPERTS_ON_MISSION), 2020, 0.17, 2028, 0.25, 12, null, null, null, null),
                new ParityFigures("Formed police units", List.of(PersonnelType.FORMED_POLICE_UNITS), 2020, 0.10, 2028, 0.20, 140, null, null, null, null),
                new ParityFigures("Individual police officers", List.of(PersonnelType.INDIVIDUAL_POLICE), 2020, 0.22, 2028, 0.30, 31, null, null, null, null));
        List<ActionPlan> plans = List.of(new ActionPlan(1, 2008, 2012,
                "Plan d’action national de mise en œuvre de la résolution 1325", null, null, List.of()));
        FatalityFigures dead = new FatalityFigures(7, 7, 0, List.of(new Count("Military", 7)),
                List.of(new Count("Malicious Act", 5), new Count("Illness", 2)),
                List.of(new Count("MINUSMA", 7)), List.of(new Count("2010s", 6), new Count("2020s", 1)),
                2014, 2020, 2014, "2025-04-01", month);
        return new CountryFigures(id, month, FIRST, YearMonth.of(2025, 3), false, false, 833, null, null, null, 38, 121,
                byType, List.of(), null, null, 85_000, null, null, parity, series(800, 1.0, month),
                dead, null, PlanStatus.EXPIRED, plans, List.of("Figures for 2020-08 carry no gender split in the UN report."));
    }

    /** A large contributor: thousands of personnel in fourteen operations, every parity category judged. */
    public static CountryFigures largeContributor() {
        CountryIdentity id = new CountryIdentity("NPL", "NP", "Nepal", "Nepal", "the Federal Democratic Republic of Nepal", true,
                "Asia", "Southern Asia", "APG", "Asia-Pacific States");
        List<TypeFigures> byType = List.of(
                type(PersonnelType.TROOPS, 5010, 400), type(PersonnelType.STAFF_OFFICERS, 140, 30),
                type(PersonnelType.EXPERTS_ON_MISSION, 40, 8), type(PersonnelType.INDIVIDUAL_POLICE, 50, 20),
                type(PersonnelType.FORMED_POLICE_UNITS, 120, 22));
        String[] acr = {"UNIFIL", "MINUSCA", "UNMISS", "MONUSCO", "UNDOF", "UNISFA", "MINURSO", "UNFICYP",
                        "UNTSO", "UNMIK", "UNSOS", "UNAMI", "UNMHA", "UNVMC"};
        int[] totals = {1250, 1200, 1100, 900, 400, 250, 60, 60, 40, 20, 20, 10, 6, 4};
        int[] women = {110, 95, 90, 80, 30, 20, 10, 6, 4, 3, 4, 2, 1, 1};
        List<OperationFigures> ops = new ArrayList<>();
        for (int i = 0; i < acr.length; i++) {
            int troops = Math.max(0, totals[i] - 20);
            int rest = totals[i] - troops;
            ops.add(op(acr[i], "United Nations operation " + acr[i], "Somewhere " + (i + 1), totals[i], women[i],
                    new int[] {troops, rest, 0, 0, 0}));
        }
        List<ParityFigures> parity = List.of(
                parity(0, 5010, 400, 0.0798), parity(1, 180, 38, 0.211), parity(2, 120, 22, 0.183), parity(3, 50, 20, 0.4));
        FatalityFigures dead = new FatalityFigures(89, 85, 4, List.of(new Count("Military", 80), new Count("Police", 5),
                new Count("International Civilian", 2), new Count("Local", 2)),
                List.of(new Count("Malicious Act", 40), new Count("Accident", 25), new Count("Illness", 20), new Count("Other", 4)),
                List.of(new Count("UNIFIL", 30), new Count("MINUSTAH", 15), new Count("MONUSCO", 10), new Count("UNMIL", 8),
                        new Count("UNMISS", 8), new Count("MINUSCA", 6), new Count("UNAMSIL", 5), new Count("UNPROFOR", 4)),
                List.of(new Count("1970s", 10), new Count("1980s", 20), new Count("1990s", 25), new Count("2000s", 18),
                        new Count("2010s", 14), new Count("2020s", 2)),
                1974, 2024, 1974, "2025-04-01", MONTH);
        return new CountryFigures(id, MONTH, FIRST, MONTH, true, true, 5360, 480, 4880, 480 / 5360.0, 1, 120,
                byType, ops, 14, new YearAgo(MONTH.minusYears(1), 6010, 470, -650, -650 / 6010.0),
                61_000, 4_880, 0.08, parity, series(5000, 1.0, MONTH), dead,
                new ActionPlan(2, 2022, null, "Second National Action Plan on UNSCR 1325 and 1820", null, null, List.of()),
                PlanStatus.OPEN_ENDED,
                List.of(new ActionPlan(1, 2011, 2016, "National Action Plan on UNSCR 1325 and 1820", null, null, List.of()),
                        new ActionPlan(2, 2022, null, "Second National Action Plan on UNSCR 1325 and 1820", null, null, List.of())),
                List.of());
    }

    /** The same country with other National Action Plan records. */
    public static CountryFigures withPlans(CountryFigures f, PlanStatus status, ActionPlan inForce, List<ActionPlan> plans) {
        return new CountryFigures(f.country(), f.month(), f.dataFirst(), f.dataLast(), f.genderReported(),
                f.operationBreakdown(), f.total(), f.women(), f.men(), f.womenShare(), f.rank(), f.contributors(),
                f.byType(), f.byOperation(), f.operationCount(), f.yearAgo(), f.unTotal(), f.unWomen(), f.unWomenShare(),
                f.parity(), f.series(), f.fatalities(), inForce, status, plans, f.notes());
    }

    private static TypeFigures type(PersonnelType t, int men, int women) {
        int total = men + women;
        return new TypeFigures(t, t.label(), men, women, total, total == 0 ? null : women / (double) total);
    }

    private static OperationFigures op(String acronym, String name, String location, int total, int women, int[] types) {
        List<TypeFigures> byType = new ArrayList<>();
        for (PersonnelType t : PersonnelType.values()) {
            byType.add(new TypeFigures(t, t.label(), null, null, types[t.ordinal()], null));
        }
        return new OperationFigures(acronym, name, location, byType, women, total);
    }

    /** Categories in the order troops, staff and experts, FPU, IPO, with the 2025 targets. */
    private static ParityFigures parity(int category, int total, int women, Double share) {
        String[] names = {"Military contingents", "Staff officers and military observers", "Formed police units",
                          "Individual police officers"};
        List<List<PersonnelType>> types = List.of(List.of(PersonnelType.TROOPS),
                List.of(PersonnelType.STAFF_OFFICERS, PersonnelType.EXPERTS_ON_MISSION),
                List.of(PersonnelType.FORMED_POLICE_UNITS), List.of(PersonnelType.INDIVIDUAL_POLICE));
        double[] target = {0.12, 0.23, 0.18, 0.28};
        double[] end = {0.15, 0.25, 0.20, 0.30};
        return new ParityFigures(names[category], types.get(category), 2025, target[category], 2028, end[category],
                total, total == 0 ? null : women, share, share == null || total < ParityFigures.SMALL_GROUP ? null : share >= target[category],
                share == null || total < ParityFigures.SMALL_GROUP || share >= target[category] ? null
                        : (int) Math.ceil(target[category] * total - 1e-9) - women);
    }

    /**
     * Monthly points from 2015-01 to the fixture's month: a slow rise to about {@code base}, women a
     * tenth, 2018-06 and 2018-07 not reported, 2020-08 without gender.
     */
    private static List<SeriesPoint> series(int base, double womenFactor, YearMonth end) {
        List<SeriesPoint> points = new ArrayList<>();
        for (YearMonth m = FIRST; !m.isAfter(end); m = m.plusMonths(1)) {
            boolean reported = !(m.equals(YearMonth.of(2018, 6)) || m.equals(YearMonth.of(2018, 7)));
            int total = reported ? (int) Math.round(base * (0.7 + 0.3 * Math.sin(points.size() / 9.0) * 0.5 + 0.003 * points.size())) : 0;
            Integer women = !reported || m.equals(YearMonth.of(2020, 8)) ? null : (int) Math.round(total * 0.1 * Math.max(womenFactor, 0.1));
            points.add(new SeriesPoint(m, reported, total, women, List.of(total, 0, 0, 0, 0)));
        }
        return points;
    }
}
