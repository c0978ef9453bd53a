package briefs.derive;

import briefs.load.LoadedData;
import briefs.load.StandingsIndex;
import briefs.model.ActionPlan;
import briefs.model.Contribution;
import briefs.model.Country;
import briefs.model.DataSet;
import briefs.model.Fatalities;
import briefs.model.MonthNote;
import briefs.model.MonthlyDeployment;
import briefs.model.Operation;
import briefs.model.ParityTarget;
import briefs.model.PersonnelType;
import briefs.model.RegionalGroup;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The figures of a data set's countries, and the one place where a brief's figures are
 * computed: totals, women and shares, ranks among contributors, changes, parity against the
 * targets, fatalities to date and the plan in force. Plain arithmetic on the model; safe to
 * share between threads (per-month standings are computed once and cached).
 */
public final class SetFigures {
    private static final PersonnelType[] TYPES = PersonnelType.values();

    private final DataSet dataSet;
    private final Map<String, Country> countries;
    private final Map<String, Map<YearMonth, MonthlyDeployment>> deployments;
    private final Map<String, Operation> operations;
    private final Set<YearMonth> months;
    private final Set<YearMonth> withoutGender;
    private final Map<YearMonth, Standing> standings = new ConcurrentHashMap<>();
    /** Every country's monthly totals when only some countries were read; null when all were. */
    private final StandingsIndex index;

    private SetFigures(DataSet dataSet, List<Country> countries, StandingsIndex index) {
        this.dataSet = dataSet;
        this.index = index;
        this.countries = new LinkedHashMap<>();
        this.deployments = new HashMap<>();
        for (Country c : countries) {
            this.countries.put(c.iso3(), c);
            Map<YearMonth, MonthlyDeployment> byMonth = new HashMap<>();
            c.deployments().forEach(m -> byMonth.put(m.month(), m));
            this.deployments.put(c.iso3(), byMonth);
        }
        this.operations = dataSet.operations().stream().collect(Collectors.toMap(Operation::acronym, Function.identity()));
        this.months = Set.copyOf(dataSet.months());
        this.withoutGender = dataSet.monthsWithoutGender().stream().map(MonthNote::month).collect(Collectors.toUnmodifiableSet());
    }

    public static SetFigures of(LoadedData data) {
        return new SetFigures(data.dataSet(), data.countries(), null);
    }

    public static SetFigures of(DataSet dataSet, List<Country> countries) {
        return new SetFigures(dataSet, countries, null);
    }

    /**
     * Some countries of a data folder, with ranks and UN-wide totals from the folder's
     * {@link StandingsIndex} (which must be current: see {@link StandingsIndex#readIfCurrent}).
     * Figures can be had for the countries given; the standings cover every country.
     */
    public static SetFigures of(DataSet dataSet, List<Country> countries, StandingsIndex index) {
        return new SetFigures(dataSet, countries, java.util.Objects.requireNonNull(index, "index"));
    }

    public DataSet dataSet() {
        return dataSet;
    }

    /** The countries, in ISO3 order. */
    public List<Country> countries() {
        return List.copyOf(countries.values());
    }

    public YearMonth latestMonth() {
        return dataSet.last();
    }

    /** Whether the data set has figures for a month (it lacks a few, see {@link DataSet#missingMonths()}). */
    public boolean hasMonth(YearMonth month) {
        return months.contains(month);
    }

    /** The rank, contributors and UN-wide totals of a month. */
    public Standing standing(YearMonth month) {
        requireMonth(month);
        return standings.computeIfAbsent(month, this::computeStanding);
    }

    /**
     * Where the countries stood in one month.
     *
     * @param ranks        rank by ISO3, for the countries with at least one person deployed
     * @param contributors how many countries had at least one person deployed
     * @param unWomen      null when the month's gender split is unavailable
     */
    public record Standing(YearMonth month, Map<String, Integer> ranks, int contributors, int unTotal, Integer unWomen) {
    }

    /** One country's total and women (null when not reported) in a month, from the files read or the index. */
    private record Reported(String iso3, int total, Integer women) {
    }

    private Standing computeStanding(YearMonth month) {
        List<Map.Entry<String, Integer>> totals = new ArrayList<>();
        int unTotal = 0;
        int unWomen = 0;
        boolean gender = true;
        List<Reported> listed = new ArrayList<>();
        if (index == null) {
            for (var e : deployments.entrySet()) {
                MonthlyDeployment m = e.getValue().get(month);
                if (m != null) {
                    listed.add(new Reported(e.getKey(), m.total(), m.genderReported() ? m.women() : null));
                }
            }
        } else {
            StandingsIndex.MonthTotals m = index.month(month);
            for (int i = 0; m != null && i < m.iso3().size(); i++) {
                listed.add(new Reported(m.iso3().get(i), m.total().get(i), m.women().get(i)));
            }
        }
        for (Reported row : listed) {
            unTotal += row.total();
            if (row.women() != null) {
                unWomen += row.women();
            } else {
                gender = false;
            }
            // Contributors are countries with at least one person deployed: the reports list a few
            // with zeros (Papua New Guinea in 2022-01), which neither contribute nor rank. Dropping
            // them leaves the UN's ranks of the others unchanged.
            if (row.total() > 0) {
                totals.add(Map.entry(row.iso3(), row.total()));
            }
        }
        totals.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        // Ties share a rank and the next rank skips, as the UN ranks: 75, 75, 75, 78.
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < totals.size(); i++) {
            int rank = i > 0 && totals.get(i).getValue().equals(totals.get(i - 1).getValue())
                    ? ranks.get(totals.get(i - 1).getKey()) : i + 1;
            ranks.put(totals.get(i).getKey(), rank);
        }
        return new Standing(month, Map.copyOf(ranks), totals.size(), unTotal, gender ? unWomen : null);
    }

    private void requireMonth(YearMonth month) {
        if (month == null) {
            throw new IllegalArgumentException("month is null");
        }
        if (!months.contains(month)) {
            throw new IllegalArgumentException("month " + month + " is not in the data set (" + dataSet.first()
                    + " to " + dataSet.last() + ", less " + dataSet.missingMonths().size() + " missing months)");
        }
    }

    /** Every figure of one country's brief for one month of the data set. */
    public CountryFigures figures(String iso3, YearMonth month) {
        Country country = countries.get(iso3);
        if (country == null) {
            throw new IllegalArgumentException("iso3 is not a country of the data: " + iso3);
        }
        Standing standing = standing(month);
        MonthlyDeployment now = deployments.get(iso3).get(month);
        boolean genderReported = !withoutGender.contains(month);
        boolean operationBreakdown = !dataSet.monthsWithoutOperations().contains(month);
        int total = now == null ? 0 : now.total();
        Integer women = !genderReported ? null : now == null ? Integer.valueOf(0) : now.women();
        List<TypeFigures> byType = byType(now == null ? List.of() : now.contributions(), genderReported);
        List<OperationFigures> byOperation = operationBreakdown && now != null
                ? byOperation(now.contributions(), genderReported) : List.of();
        List<ActionPlan> plans = plansKnownBy(country.actionPlans(), month.getYear());
        return new CountryFigures(
                identity(country),
                month,
                dataSet.first(),
                dataSet.last(),
                genderReported,
                operationBreakdown,
                total,
                women,
                women == null ? null : total - women,
                share(women, total),
                standing.ranks().get(iso3),
                standing.contributors(),
                byType,
                byOperation,
                operationBreakdown ? Integer.valueOf(byOperation.size()) : null,
                yearAgo(iso3, month, total),
                standing.unTotal(),
                standing.unWomen(),
                share(standing.unWomen(), standing.unTotal()),
                parity(byType, month.getYear(), genderReported),
                series(iso3, month),
                fatalities(country.fatalities(), month),
                planInForce(plans, month.getYear()),
                planStatus(plans, month.getYear()),
                plans,
                country.notes());
    }

    static CountryIdentity identity(Country c) {
        return new CountryIdentity(c.iso3(), c.iso2(), c.name(), c.nameInText(), c.officialName(), c.unMember(), c.region(),
                c.subregion(), c.regionalGroup(), RegionalGroup.ofCode(c.regionalGroup()).map(RegionalGroup::title).orElse(null),
                c.languages());
    }

    static Double share(Integer part, int whole) {
        return part == null || whole == 0 ? null : part / (double) whole;
    }

    private static List<TypeFigures> byType(List<Contribution> contributions, boolean genderReported) {
        int[] men = new int[TYPES.length];
        int[] women = new int[TYPES.length];
        int[] total = new int[TYPES.length];
        for (Contribution c : contributions) {
            int t = c.type().ordinal();
            total[t] += c.total();
            if (genderReported) {
                men[t] += c.men();
                women[t] += c.women();
            }
        }
        List<TypeFigures> result = new ArrayList<>(TYPES.length);
        for (PersonnelType type : TYPES) {
            int t = type.ordinal();
            result.add(new TypeFigures(type, type.label(), genderReported ? men[t] : null,
                    genderReported ? women[t] : null, total[t], genderReported ? share(women[t], total[t]) : null));
        }
        return result;
    }

    private List<OperationFigures> byOperation(List<Contribution> contributions, boolean genderReported) {
        Map<String, List<Contribution>> grouped = new TreeMap<>();
        for (Contribution c : contributions) {
            grouped.computeIfAbsent(c.operation(), k -> new ArrayList<>()).add(c);
        }
        List<OperationFigures> result = new ArrayList<>();
        grouped.forEach((acronym, list) -> {
            List<TypeFigures> types = byType(list, genderReported);
            int total = types.stream().mapToInt(TypeFigures::total).sum();
            if (total == 0) {
                return; // the reports print some all-zero lines; they are not a deployment
            }
            Integer women = genderReported ? types.stream().mapToInt(TypeFigures::women).sum() : null;
            Operation op = operations.get(acronym);
            result.add(new OperationFigures(acronym, op == null ? acronym : op.name(), op == null ? null : op.location(),
                    types, women, total));
        });
        result.sort(Comparator.comparingInt(OperationFigures::total).reversed().thenComparing(OperationFigures::acronym));
        return result;
    }

    private YearAgo yearAgo(String iso3, YearMonth month, int totalNow) {
        YearMonth then = month.minusMonths(12);
        if (!months.contains(then)) {
            return null;
        }
        MonthlyDeployment m = deployments.get(iso3).get(then);
        int total = m == null ? 0 : m.total();
        boolean gender = !withoutGender.contains(then);
        Integer women = !gender ? null : m == null ? Integer.valueOf(0) : m.women();
        return new YearAgo(then, total, women, totalNow - total, total == 0 ? null : (totalNow - total) / (double) total);
    }

    private List<ParityFigures> parity(List<TypeFigures> byType, int year, boolean genderReported) {
        Map<String, List<ParityTarget>> byCategory = new LinkedHashMap<>();
        for (ParityTarget t : dataSet.parityTargets()) {
            byCategory.computeIfAbsent(t.category(), k -> new ArrayList<>()).add(t);
        }
        List<ParityFigures> result = new ArrayList<>();
        byCategory.forEach((category, targets) -> {
            targets.sort(Comparator.comparingInt(ParityTarget::year));
            ParityTarget end = targets.get(targets.size() - 1);
            // The target set for the year; else the next one the strategy sets; else its last.
            ParityTarget applies = targets.stream().filter(t -> t.year() >= year).findFirst().orElse(end);
            List<PersonnelType> types = end.appliesTo();
            int total = 0;
            int women = 0;
            for (TypeFigures f : byType) {
                if (types.contains(f.type())) {
                    total += f.total();
                    women += genderReported ? f.women() : 0;
                }
            }
            Double share = genderReported ? share(women, total) : null;
            Boolean met = share == null || total < ParityFigures.SMALL_GROUP ? null : share >= applies.share() - 1e-12;
            // Women needed among the same number of personnel: the smallest n with (women + n) / total >= target.
            Integer needed = Boolean.FALSE.equals(met)
                    ? Integer.valueOf((int) Math.ceil(applies.share() * total - 1e-9) - women) : null;
            result.add(new ParityFigures(category, types, applies.year(), applies.share(), end.year(), end.share(),
                    total, genderReported ? women : null, share, met, needed));
        });
        return result;
    }

    private List<SeriesPoint> series(String iso3, YearMonth last) {
        Map<YearMonth, MonthlyDeployment> byMonth = deployments.get(iso3);
        List<SeriesPoint> points = new ArrayList<>();
        for (YearMonth m = dataSet.first(); !m.isAfter(last); m = m.plusMonths(1)) {
            boolean reported = months.contains(m);
            MonthlyDeployment d = byMonth.get(m);
            List<Integer> types = new ArrayList<>(TYPES.length);
            int[] t = new int[TYPES.length];
            if (d != null) {
                d.contributions().forEach(c -> t[c.type().ordinal()] += c.total());
            }
            for (int v : t) {
                types.add(v);
            }
            Integer women = !reported || withoutGender.contains(m) ? null : d == null ? Integer.valueOf(0) : d.women();
            points.add(new SeriesPoint(m, reported, d == null ? 0 : d.total(), women, types));
        }
        return points;
    }

    private FatalityFigures fatalities(List<Fatalities> all, YearMonth month) {
        List<Fatalities> upTo = all.stream().filter(f -> !YearMonth.of(f.year(), f.month()).isAfter(month)).toList();
        int total = upTo.stream().mapToInt(Fatalities::total).sum();
        int uniformed = upTo.stream().filter(Fatalities::uniformed).mapToInt(Fatalities::total).sum();
        String asOf = dataSet.sources().stream().filter(s -> s.id().equals("fatalities")).map(s -> s.asOf())
                .findFirst().orElse(null);
        // A brief as of an earlier month than the data's last update counts deaths to that month's end only.
        YearMonth countedTo = asOf == null ? month : min(month, YearMonth.from(java.time.LocalDate.parse(asOf)));
        return new FatalityFigures(total, uniformed, total - uniformed,
                counts(upTo, f -> categoryLabel(f.personnelCategory()), true),
                counts(upTo, Fatalities::incidentType, true),
                counts(upTo, Fatalities::operation, true),
                counts(upTo, f -> (f.year() / 10 * 10) + "s", false),
                upTo.stream().mapToInt(Fatalities::year).min().stream().boxed().findFirst().orElse(null),
                upTo.stream().mapToInt(Fatalities::year).max().stream().boxed().findFirst().orElse(null),
                upTo.stream().filter(Fatalities::uniformed).mapToInt(Fatalities::year).min().stream().boxed()
                        .findFirst().orElse(null),
                asOf, countedTo);
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }

    /** The fatalities data's personnel categories as a reader says them ("Local" is local civilian staff). */
    static String categoryLabel(String category) {
        return switch (category) {
            case "Local" -> "Local civilian staff";
            case "International Civilian" -> "International civilian staff";
            case "Military Observer" -> "Military observers";
            case "Other" -> "Other personnel";
            default -> category;
        };
    }

    private static List<FatalityFigures.Count> counts(List<Fatalities> list, Function<Fatalities, String> key,
                                                      boolean largestFirst) {
        Map<String, Integer> counts = new TreeMap<>();
        list.forEach(f -> counts.merge(key.apply(f), f.total(), Integer::sum));
        List<FatalityFigures.Count> result = new ArrayList<>();
        counts.forEach((k, v) -> result.add(new FatalityFigures.Count(k, v)));
        if (largestFirst) {
            result.sort(Comparator.comparingInt(FatalityFigures.Count::count).reversed()
                    .thenComparing(FatalityFigures.Count::label));
        }
        return result;
    }

    /**
     * The plans a brief of the year can know: those started by then, and those whose years no
     * source gives. A plan adopted later had not happened yet.
     */
    static List<ActionPlan> plansKnownBy(List<ActionPlan> plans, int year) {
        return plans.stream().filter(p -> p.startYear() == null || p.startYear() <= year).toList();
    }

    /** The plan started last by the year (of two started the same year, the one listed last), or null. */
    private static ActionPlan latestStarted(List<ActionPlan> plans, int year) {
        ActionPlan latest = null;
        for (ActionPlan p : plans) {
            if (p.startYear() != null && p.startYear() <= year && (latest == null || p.startYear() >= latest.startYear())) {
                latest = p;
            }
        }
        return latest;
    }

    /**
     * The plan in force in the year: the latest one started by then, unless it has ended. A plan
     * with no end year is superseded by any later plan, so an old open-ended plan never wins
     * over a later dated one (Georgia 2012 against 2022-2024).
     */
    static ActionPlan planInForce(List<ActionPlan> plans, int year) {
        ActionPlan latest = latestStarted(plans, year);
        return latest != null && !supersededByUndated(latest, plans) && (latest.endYear() == null || latest.endYear() >= year)
                ? latest : null;
    }

    /** Whether a plan recorded without years comes after it in the country's numbering (Ukraine's second plan). */
    private static boolean supersededByUndated(ActionPlan plan, List<ActionPlan> plans) {
        return plan.number() != null && plans.stream()
                .anyMatch(p -> p.startYear() == null && p.number() != null && p.number() > plan.number());
    }

    static PlanStatus planStatus(List<ActionPlan> plans, int year) {
        if (plans.isEmpty()) {
            return PlanStatus.NONE_RECORDED;
        }
        ActionPlan latest = latestStarted(plans, year);
        if (latest == null || supersededByUndated(latest, plans)) {
            return PlanStatus.DATES_UNKNOWN;
        }
        if (latest.endYear() == null) {
            return PlanStatus.OPEN_ENDED;
        }
        return latest.endYear() >= year ? PlanStatus.IN_FORCE : PlanStatus.EXPIRED;
    }
}
