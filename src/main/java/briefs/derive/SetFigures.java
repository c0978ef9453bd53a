package briefs.derive;

import briefs.load.LoadedData;
import briefs.load.StandingsIndex;
import briefs.model.ActionPlan;
import briefs.model.Contribution;
import briefs.model.Country;
import briefs.model.DataSet;
import briefs.model.MonthNote;
import briefs.model.MonthlyDeployment;
import briefs.model.Operation;
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
 * The figures of a data set's countries, and the one way in to a brief's figures: totals,
 * women and shares, ranks among contributors, changes, parity against the targets, fatalities
 * to date and the plan in force. It computes the totals and the changes itself and leaves ranks
 * ({@link MonthStandings}), parity ({@link ParityShares}), fatalities ({@link FatalityCounts})
 * and plans ({@link PlansInForce}) to their own classes. Plain arithmetic on the model; safe to
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

    private Standing computeStanding(YearMonth month) {
        List<MonthStandings.Reported> listed = new ArrayList<>();
        if (index == null) {
            for (var e : deployments.entrySet()) {
                MonthlyDeployment m = e.getValue().get(month);
                if (m != null) {
                    listed.add(new MonthStandings.Reported(e.getKey(), m.total(), m.genderReported() ? m.women() : null));
                }
            }
        } else {
            StandingsIndex.MonthTotals m = index.month(month);
            for (int i = 0; m != null && i < m.iso3().size(); i++) {
                listed.add(new MonthStandings.Reported(m.iso3().get(i), m.total().get(i), m.women().get(i)));
            }
        }
        return MonthStandings.of(month, listed);
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
        List<ActionPlan> plans = PlansInForce.knownBy(country.actionPlans(), month.getYear());
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
                ParityShares.of(dataSet.parityTargets(), byType, month.getYear(), genderReported),
                series(iso3, month),
                FatalityCounts.of(country.fatalities(), month, dataSet.sources()),
                PlansInForce.inForce(plans, month.getYear()),
                PlansInForce.status(plans, month.getYear()),
                plans,
                country.notes());
    }

    static CountryIdentity identity(Country c) {
        return new CountryIdentity(c.iso3(), c.iso2(), c.name(), c.nameInText(), c.officialName(), c.unMember(), c.region(),
                c.subregion(), c.regionalGroup(), RegionalGroup.ofCode(c.regionalGroup()).map(RegionalGroup::title).orElse(null),
                c.languages(), c.commonName());
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
}
