package briefs.sources;

import briefs.model.BadInputException;
import briefs.model.Contribution;
import briefs.model.MonthlyDeployment;
import briefs.model.Problem;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The monthly personnel rows grouped as the country files hold them: per country, one deployment
 * per month with its contributions by operation and type. The split by gender of a month that
 * {@code known_faults.csv} or the report's own totals find unreliable is left out.
 *
 * @param names the names each country was printed under, by ISO3
 */
record Deployments(Map<String, List<MonthlyDeployment>> byCountry, Map<String, List<String>> names,
                   SortedSet<YearMonth> months, SortedSet<YearMonth> monthsWithoutOperations, SortedSet<String> operations,
                   Map<YearMonth, String> genderNotes) {

    private static final Comparator<Contribution> ORDER = Comparator
            .comparing((Contribution c) -> c.operation() == null ? "" : c.operation())
            .thenComparing(Contribution::type);

    static Deployments of(MonthlyPersonnel.Read read, KnownFaults faults) {
        Map<YearMonth, Boolean> byOperation = new TreeMap<>();
        for (MonthlyPersonnel.Row row : read.rows()) {
            Boolean before = byOperation.putIfAbsent(row.month(), row.mission() != null);
            if (before != null && before != (row.mission() != null)) {
                throw new BadInputException(new Problem(MonthlyPersonnel.CSV, "", "mixes rows with and without an operation in "
                        + row.month()));
            }
        }
        Set<YearMonth> genderUnknown = new TreeSet<>(faults.genderUnreliable().keySet());
        genderUnknown.addAll(read.genderNotes().keySet());
        Map<String, Map<YearMonth, List<MonthlyPersonnel.Row>>> grouped = read.rows().stream().collect(Collectors.groupingBy(
                MonthlyPersonnel.Row::iso3, TreeMap::new, Collectors.groupingBy(MonthlyPersonnel.Row::month, TreeMap::new,
                        Collectors.toList())));
        Map<String, List<MonthlyDeployment>> byCountry = new TreeMap<>();
        grouped.forEach((iso3, months) -> {
            List<MonthlyDeployment> list = new ArrayList<>();
            months.forEach((month, rows) -> list.add(deployment(month, rows, !genderUnknown.contains(month),
                    byOperation.get(month))));
            byCountry.put(iso3, List.copyOf(list));
        });
        Map<String, List<String>> names = read.rows().stream().collect(Collectors.groupingBy(MonthlyPersonnel.Row::iso3,
                TreeMap::new, Collectors.collectingAndThen(Collectors.mapping(MonthlyPersonnel.Row::country,
                        Collectors.toCollection(TreeSet::new)), List::copyOf)));
        SortedSet<YearMonth> months = new TreeSet<>(byOperation.keySet());
        SortedSet<YearMonth> withoutOperations = byOperation.entrySet().stream().filter(e -> !e.getValue())
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        SortedSet<String> operations = read.rows().stream().map(MonthlyPersonnel.Row::mission)
                .filter(m -> m != null).collect(Collectors.toCollection(TreeSet::new));
        return new Deployments(byCountry, names, months, withoutOperations, operations, read.genderNotes());
    }

    private static MonthlyDeployment deployment(YearMonth month, List<MonthlyPersonnel.Row> rows, boolean genderKnown,
                                                boolean byOperation) {
        List<Contribution> contributions = rows.stream()
                .map(r -> new Contribution(r.mission(), r.type(), genderKnown ? r.male() : null,
                        genderKnown ? r.female() : null, r.total()))
                .sorted(ORDER).toList();
        int total = contributions.stream().mapToInt(Contribution::total).sum();
        Integer women = genderKnown ? contributions.stream().mapToInt(Contribution::women).sum() : null;
        return new MonthlyDeployment(month, total, women, genderKnown, byOperation, contributions);
    }
}
