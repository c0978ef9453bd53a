package briefs.sources;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/** {@code DPPADPOSS-PKO.csv}: the UN's list of peacekeeping operations, by acronym, and when it was last updated. */
record PkoList(Map<String, CsvTable.Row> byAcronym, String lastUpdate) {
    static final String FILE = "DPPADPOSS-PKO.csv";

    static PkoList read(SourceFolder folder) {
        CsvTable table = folder.table(FILE, "mission_acronym", "mission_name", "start_date", "end_date", "last_update");
        Map<String, CsvTable.Row> byAcronym = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            byAcronym.put(row.required("mission_acronym"), row);
        }
        String last = table.rows().stream().map(r -> r.text("last_update")).filter(s -> !s.isEmpty())
                .max(Comparator.naturalOrder()).orElse(null);
        return new PkoList(Collections.unmodifiableMap(byAcronym), last);
    }
}
