package briefs.sources;

import briefs.model.CountryNames;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** {@code countries.csv}: ISO codes, UN names, regions and regional groups, by ISO3. */
record CountryTable(Map<String, CsvTable.Row> byIso3) {
    static final String FILE = "countries.csv";

    static CountryTable read(SourceFolder folder) {
        Map<String, CsvTable.Row> byIso3 = new TreeMap<>();
        for (CsvTable.Row row : folder.table(FILE, "iso3", "iso2", "m49_code", "un_m49_name", "name_common", "name_official",
                "un_member", "m49_region", "m49_subregion", "un_regional_group_ipi").rows()) {
            String iso3 = row.required("iso3");
            // The code names a file: it must never be a path ("../x") or a name the file system reserves.
            if (!iso3.matches("[A-Z]{3}")) {
                throw row.bad("iso3", "is not an ISO 3166 alpha-3 code (three capital letters): \"" + iso3 + "\"");
            }
            byIso3.put(iso3, row);
        }
        return new CountryTable(Collections.unmodifiableMap(byIso3));
    }

    boolean contains(String iso3) {
        return byIso3.containsKey(iso3);
    }

    CsvTable.Row row(String iso3) {
        return byIso3.get(iso3);
    }

    /**
     * countries.csv marks the Holy See as a member (a known fault of its source, see SOURCES.md):
     * it is an observer State, as is Palestine.
     */
    boolean isMember(String iso3) {
        CsvTable.Row row = byIso3.get(iso3);
        return "1".equals(row.text("un_member")) && !"VAT".equals(iso3);
    }

    Set<String> members() {
        Set<String> members = new TreeSet<>();
        byIso3.keySet().stream().filter(this::isMember).forEach(members::add);
        return members;
    }

    /** Every name of every country (list, common, official), by {@link CountryNames#key}; the first wins. */
    Map<String, String> iso3ByName() {
        Map<String, String> byName = new HashMap<>();
        byIso3.forEach((iso3, row) -> {
            for (String column : List.of("un_m49_name", "name_common", "name_official")) {
                String name = row.text(column);
                if (!name.isEmpty()) {
                    byName.putIfAbsent(CountryNames.key(name), iso3);
                }
            }
        });
        return byName;
    }
}
