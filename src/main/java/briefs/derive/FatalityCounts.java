package briefs.derive;

import briefs.model.Fatalities;
import briefs.model.Source;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** A country's nationals lost in peacekeeping up to a brief's month, counted by category, incident, operation and decade. */
final class FatalityCounts {
    private FatalityCounts() {
    }

    static FatalityFigures of(List<Fatalities> all, YearMonth month, List<Source> sources) {
        List<Fatalities> upTo = all.stream().filter(f -> !YearMonth.of(f.year(), f.month()).isAfter(month)).toList();
        int total = upTo.stream().mapToInt(Fatalities::total).sum();
        int uniformed = upTo.stream().filter(Fatalities::uniformed).mapToInt(Fatalities::total).sum();
        String asOf = sources.stream().filter(s -> s.id().equals("fatalities")).map(s -> s.asOf())
                .findFirst().orElse(null);
        // A brief as of an earlier month than the data's last update counts deaths to that month's end only.
        YearMonth countedTo = asOf == null ? month : min(month, YearMonth.from(LocalDate.parse(asOf)));
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
}
