package briefs.sources;

import briefs.model.CountryNames;
import briefs.model.Fatalities;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code DPPADPOSS-FATALITIES.csv}: one row per death, counted per country, month, operation,
 * personnel category and kind of incident, by gender.
 */
record FatalityTable(Map<String, List<Fatalities>> byIso3, String lastUpdate) {
    static final String FILE = "DPPADPOSS-FATALITIES.csv";

    /** Fatality categories that are uniformed personnel; the others are civilian staff. */
    private static final Set<String> UNIFORMED = Set.of("Military", "Police", "Military Observer");

    private record Key(String iso3, int year, int month, String operation, String category, String incident) {
    }

    private record Death(Key key, String gender) {
    }

    private static final Comparator<Fatalities> ORDER = Comparator.comparingInt(Fatalities::year)
            .thenComparingInt(Fatalities::month).thenComparing(Fatalities::operation).thenComparing(Fatalities::personnelCategory)
            .thenComparing(Fatalities::incidentType);

    /**
     * A few rows have a nationality but no code ("Côte dIvoire" 29 times, "Türkiye" 6 times):
     * those are matched by name, ignoring case, accents and punctuation.
     */
    static FatalityTable read(SourceFolder folder, CountryTable countries) {
        Map<String, String> byName = countries.iso3ByName();
        CsvTable table = folder.table(FILE, "incident_date", "mission_acronym", "gender", "casualty_personnel_type",
                "type_of_incident", "casualty_nationality", "isocode3", "last_update");
        List<Death> deaths = table.rows().stream().map(row -> death(row, byName)).filter(d -> d != null).toList();
        Map<Key, List<String>> genders = deaths.stream().collect(Collectors.groupingBy(Death::key,
                Collectors.mapping(Death::gender, Collectors.toList())));
        Map<String, List<Fatalities>> result = genders.entrySet().stream().map(e -> fatalities(e.getKey(), e.getValue()))
                .collect(Collectors.groupingBy(f -> f.iso3, TreeMap::new, Collectors.mapping(f -> f.fatalities,
                        Collectors.collectingAndThen(Collectors.toList(), l -> l.stream().sorted(ORDER).toList()))));
        String last = table.rows().stream().map(r -> r.text("last_update")).filter(s -> !s.isEmpty())
                .max(Comparator.naturalOrder()).orElse(null);
        return new FatalityTable(Collections.unmodifiableMap(result), last);
    }

    private record Counted(String iso3, Fatalities fatalities) {
    }

    private static Counted fatalities(Key k, List<String> genders) {
        int men = (int) genders.stream().filter("M"::equals).count();
        int women = (int) genders.stream().filter("F"::equals).count();
        int unknown = genders.size() - men - women;
        return new Counted(k.iso3(), new Fatalities(k.year(), k.month(), k.operation(), k.category(), UNIFORMED.contains(k.category()),
                k.incident(), men, women, unknown, genders.size()));
    }

    /** One row as a death of a country, or null when its nationality is undetermined. */
    private static Death death(CsvTable.Row row, Map<String, String> byName) {
        String iso3 = row.text("isocode3");
        String nationality = row.text("casualty_nationality");
        if (iso3.isEmpty() && !nationality.isEmpty() && !nationality.startsWith("ZZ")) {
            iso3 = byName.get(CountryNames.key(nationality));
            if (iso3 == null) {
                throw row.bad("casualty_nationality", "names no country of " + CountryTable.FILE + " and has no isocode3: \""
                        + nationality + "\"");
            }
        }
        if (iso3.isEmpty()) {
            return null; // nationality undetermined ("ZZ [Undetermined]" or blank): belongs to no country
        }
        LocalDate date = row.date("incident_date");
        if (date == null) {
            throw row.bad("incident_date", "is empty");
        }
        String gender = row.text("gender");
        if (!gender.equals("M") && !gender.equals("F") && !gender.isEmpty()) {
            throw row.bad("gender", "is not M, F or empty: \"" + gender + "\"");
        }
        return new Death(new Key(iso3, date.getYear(), date.getMonthValue(), row.required("mission_acronym"),
                row.required("casualty_personnel_type"), row.required("type_of_incident")), gender);
    }
}
