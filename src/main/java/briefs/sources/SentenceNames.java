package briefs.sources;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code country_names.csv}: the names that a sentence writes otherwise than the UN's list, by
 * ISO3 (written by hand: "the Niger", "the Islamic Republic of Iran"); every other country's list
 * name reads as it is.
 */
final class SentenceNames {
    static final String FILE = "country_names.csv";

    private SentenceNames() {
    }

    static Map<String, String> read(SourceFolder folder, CountryTable countries) {
        Map<String, String> byIso3 = new TreeMap<>();
        for (CsvTable.Row row : folder.table(FILE, "iso3", "in_text").rows()) {
            String iso3 = row.required("iso3");
            if (!countries.contains(iso3)) {
                throw row.bad("iso3", "is not a country of " + CountryTable.FILE + ": \"" + iso3 + "\"");
            }
            if (byIso3.put(iso3, row.required("in_text")) != null) {
                throw row.bad("iso3", "is listed twice: \"" + iso3 + "\"");
            }
        }
        return Collections.unmodifiableMap(byIso3);
    }
}
