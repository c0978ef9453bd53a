package briefs.sources;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code country_languages.csv}: the languages, other than English or beside it, a country's
 * briefs are preferred in (written by hand, see SOURCES.md), by ISO3: "fr", "es", or several
 * separated by spaces ("en fr" for Canada). A country not listed has none: its briefs are English.
 */
final class PreferredLanguages {
    static final String FILE = "country_languages.csv";

    private PreferredLanguages() {
    }

    /** The languages by ISO3; a sources folder without the file has none (every brief English). */
    static Map<String, List<String>> read(SourceFolder folder, CountryTable countries) {
        Map<String, List<String>> byIso3 = new TreeMap<>();
        if (!java.nio.file.Files.isRegularFile(folder.dir().resolve(FILE))) {
            return Map.of();
        }
        for (CsvTable.Row row : folder.table(FILE, "iso3", "languages").rows()) {
            String iso3 = row.required("iso3");
            if (!countries.contains(iso3)) {
                throw row.bad("iso3", "is not a country of " + CountryTable.FILE + ": \"" + iso3 + "\"");
            }
            List<String> codes = List.of(row.required("languages").strip().split("\\s+"));
            for (String code : codes) {
                if (!code.matches("[a-z]{2,3}")) {
                    throw row.bad("languages", "is not a language code such as fr or es: \"" + code + "\"");
                }
            }
            if (byIso3.put(iso3, codes) != null) {
                throw row.bad("iso3", "is listed twice: \"" + iso3 + "\"");
            }
        }
        return Collections.unmodifiableMap(byIso3);
    }
}
