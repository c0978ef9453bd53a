package briefs.sources;

import briefs.model.CountryNames;
import java.time.YearMonth;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names of the countries in the reports read, with names the PDF cut to its column's width
 * completed. A cut name that starts only one country's name is that country's ("Russian").
 * One that could be several ("Republic of": Korea or Moldova; "North"; "Moldova," whose
 * spelling is unknown) is completed as a person would: from the nearest month, after or before,
 * whose report prints exactly one name in full that starts so, in the same operation and type,
 * leaving out countries the report itself prints in full there (one row per country and type).
 * What stays unresolved is refused by {@link CountryNameIndex#iso3}, with the nearest names.
 */
final class CutNames {
    /** How many months either side are looked at. */
    private static final int REACH = 3;

    private final CountryNameIndex names;
    private final NavigableMap<YearMonth, UnReport> reports;

    CutNames(CountryNameIndex names, NavigableMap<YearMonth, UnReport> reports) {
        this.names = names;
        this.reports = reports;
    }

    /** The name the data set keeps for a row of the report of {@code month}. */
    String name(YearMonth month, ReportRow row) {
        String printed = row.country();
        String complete = names.complete(printed);
        if (names.knows(complete) && !printed.endsWith(",")) {
            return complete;
        }
        String key = CountryNames.key(printed);
        UnReport own = reports.get(month);
        // A report prints one row per operation, country and type: a country it prints in full there is not this one.
        Set<String> taken = own == null ? Set.of() : own.rows().stream().filter(r -> same(r, row, false))
                .map(ReportRow::country).filter(this::whole).map(c -> names.iso3(c, own.file(), ""))
                .collect(Collectors.toSet());
        for (int step = 1; step <= REACH; step++) {
            for (YearMonth m : List.of(month.plusMonths(step), month.minusMonths(step))) {
                UnReport other = reports.get(m);
                if (other == null) {
                    continue;
                }
                boolean noOperations = other.rows().stream().allMatch(r -> r.mission() == null);
                List<String> seen = other.rows().stream().filter(r -> same(r, row, noOperations)).map(ReportRow::country)
                        .filter(c -> whole(c) && CountryNames.key(c).startsWith(key)
                                && !taken.contains(names.iso3(c, other.file(), "")))
                        .distinct().toList();
                if (seen.size() == 1) {
                    return seen.get(0);
                }
            }
        }
        return complete;
    }

    private boolean whole(String name) {
        return names.knows(name) && !name.endsWith(",");
    }

    /** The same operation (any, in a report that has none) and type. */
    private static boolean same(ReportRow r, ReportRow row, boolean anyOperation) {
        return (anyOperation || Objects.equals(r.mission(), row.mission())) && r.type().equals(row.type());
    }
}
