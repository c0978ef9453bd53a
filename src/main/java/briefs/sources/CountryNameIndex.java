package briefs.sources;

import briefs.model.BadInputException;
import briefs.model.CountryNames;
import briefs.model.Problem;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which country a name printed in a UN report means: a name of {@code countries.csv} (UN list
 * name, common or official name) or of {@code country_aliases.csv} (the spellings the reports
 * use that the list does not), compared without case, accents or punctuation. A name it does not
 * know is refused with the nearest known names, so a new spelling is mapped by a person, never
 * guessed.
 */
final class CountryNameIndex {
    static final String ALIASES = "country_aliases.csv";

    private final Map<String, String> iso3ByKey;
    private final Map<String, String> display;
    private final Map<String, String> aliasNames = new HashMap<>();
    private final Map<String, String> listNames = new HashMap<>();

    private CountryNameIndex(Map<String, String> iso3ByKey, Map<String, String> display) {
        this.iso3ByKey = iso3ByKey;
        this.display = display;
    }

    static CountryNameIndex of(CountryTable countries, CsvTable aliases) {
        Map<String, String> byKey = new HashMap<>();
        Map<String, String> display = new HashMap<>();
        for (CsvTable.Row row : aliases.rows()) {
            String iso3 = row.required("iso3");
            if (!countries.contains(iso3)) {
                throw row.bad("iso3", "is not a country of " + CountryTable.FILE + ": \"" + iso3 + "\"");
            }
            add(byKey, display, row.required("name"), iso3);
        }
        countries.byIso3().forEach((iso3, row) -> {
            for (String column : List.of("un_m49_name", "name_common", "name_official")) {
                if (!row.text(column).isEmpty()) {
                    add(byKey, display, row.text(column), iso3);
                }
            }
        });
        CountryNameIndex index = new CountryNameIndex(byKey, display);
        aliases.rows().forEach(r -> index.aliasNames.put(CountryNames.key(r.required("name")), r.required("iso3")));
        countries.byIso3().forEach((iso3, row) -> index.listNames.put(CountryNames.key(row.text("un_m49_name")), iso3));
        return index;
    }

    private static void add(Map<String, String> byKey, Map<String, String> display, String name, String iso3) {
        String key = CountryNames.key(name);
        if (byKey.putIfAbsent(key, iso3) == null) {
            display.put(key, name);
        }
    }

    /**
     * The name as printed, or, when the report cut it to its column's width ("The former Yugoslav
     * Republic of Macedoni", "Russian"), the one name it is the start of: among the UN's list names
     * first, then the spellings the reports use ({@code country_aliases.csv}). Official names are
     * left out ("Democratic Republic of" would also start Timor-Leste's). A cut name that
     * could be several countries' is left as printed, and {@link #iso3} then refuses it.
     */
    String complete(String printed) {
        String key = CountryNames.key(printed);
        if (iso3ByKey.containsKey(key)) { // only its closing punctuation cut: "Iran (Islamic Republic of"
            String known = display.get(key);
            return known.startsWith(printed) ? known : printed;
        }
        if (key.length() < 6) {
            return printed;
        }
        for (Map<String, String> names : List.of(listNames, aliasNames)) {
            List<String> starts = names.keySet().stream().filter(k -> k.startsWith(key)).toList();
            if (!starts.isEmpty()) {
                boolean one = starts.stream().map(names::get).distinct().count() == 1;
                return one ? starts.stream().map(display::get).min(Comparator.comparingInt(String::length)).orElseThrow()
                        : printed;
            }
        }
        return printed;
    }

    /** Whether a name is one this index knows, as it is (no completion). */
    boolean knows(String name) {
        return iso3ByKey.containsKey(CountryNames.key(name));
    }

    /** The countries whose UN list name or report spelling starts with this (cut) name. */
    java.util.Set<String> startingWith(String printed) {
        String key = CountryNames.key(printed);
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (Map<String, String> names : List.of(listNames, aliasNames)) {
            names.forEach((k, iso3) -> {
                if (k.startsWith(key)) {
                    out.add(iso3);
                }
            });
        }
        return out;
    }

    /** The ISO3 code of a printed name, or a refusal naming the file, the place and the nearest names. */
    String iso3(String name, String file, String where) {
        String iso3 = iso3ByKey.get(CountryNames.key(name));
        if (iso3 == null) {
            throw new BadInputException(new Problem(file, where, "the country \"" + name + "\" is not a name this data "
                    + "set knows; the nearest known names are " + nearest(name) + ". If it is one of them, add a line \""
                    + name + ",ISO3\" to " + ALIASES + " and import again"));
        }
        return iso3;
    }

    private String nearest(String name) {
        String key = CountryNames.key(name);
        return iso3ByKey.keySet().stream()
                .sorted(Comparator.comparingInt((String k) -> CountryNames.distance(key, k)).thenComparing(k -> k))
                .limit(3).map(k -> "\"" + display.get(k) + "\" (" + iso3ByKey.get(k) + ")")
                .reduce((a, b) -> a + ", " + b).orElse("none");
    }
}
