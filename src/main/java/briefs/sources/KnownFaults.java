package briefs.sources;

import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code known_faults.csv}: months the UN's reports get wrong, with why: a month with no usable
 * report ("missing") and a month whose split by gender does not add up ("gender-unreliable").
 */
record KnownFaults(Map<YearMonth, String> missing, Map<YearMonth, String> genderUnreliable) {
    static final String FILE = "known_faults.csv";

    static KnownFaults read(SourceFolder folder) {
        Map<YearMonth, String> missing = new TreeMap<>();
        Map<YearMonth, String> gender = new TreeMap<>();
        for (CsvTable.Row row : folder.table(FILE, "month", "fault", "note").rows()) {
            YearMonth month = row.month("month");
            switch (row.required("fault")) {
                case "missing" -> missing.put(month, row.required("note"));
                case "gender-unreliable" -> gender.put(month, row.required("note"));
                default -> throw row.bad("fault", "is not one of: missing, gender-unreliable");
            }
        }
        return new KnownFaults(Collections.unmodifiableMap(missing), Collections.unmodifiableMap(gender));
    }
}
