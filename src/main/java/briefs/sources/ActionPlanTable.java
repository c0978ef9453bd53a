package briefs.sources;

import briefs.model.ActionPlan;
import briefs.model.BadInputException;
import briefs.model.FocusArea;
import briefs.model.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** {@code wps_naps.csv}: national action plans on resolution 1325, by ISO3, with their focus areas. */
final class ActionPlanTable {
    static final String FILE = "wps_naps.csv";

    private static final Comparator<ActionPlan> ORDER = Comparator.comparing(ActionPlan::startYear,
                    Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
            .thenComparing(p -> p.number() == null ? 0 : p.number());

    private ActionPlanTable() {
    }

    static Map<String, List<ActionPlan>> read(SourceFolder folder, Map<String, List<FocusArea>> areas) {
        Map<String, List<ActionPlan>> result = new TreeMap<>();
        Set<String> used = new HashSet<>();
        for (CsvTable.Row row : folder.table(FILE, "iso3", "nap_number", "start_year", "end_year", "title", "source_url",
                "source_note", "kind").rows()) {
            String iso3 = row.required("iso3");
            String kind = row.required("kind");
            if (!kind.equals(ActionPlan.NATIONAL_ACTION_PLAN) && !kind.equals(ActionPlan.STRATEGY)) {
                throw row.bad("kind", "is \"" + kind + "\"; expected " + ActionPlan.NATIONAL_ACTION_PLAN + " or "
                        + ActionPlan.STRATEGY);
            }
            Integer start = row.optionalInt("start_year");
            Integer end = row.optionalInt("end_year");
            if (end != null && start != null && end < start) {
                throw row.bad("end_year", "is before start_year: " + end + " < " + start);
            }
            String key = iso3 + "/" + start;
            used.add(key);
            result.computeIfAbsent(iso3, k -> new ArrayList<>()).add(new ActionPlan(row.optionalInt("nap_number"),
                    start, end, row.required("title"), SourceFolder.emptyToNull(row.text("source_url")),
                    SourceFolder.emptyToNull(row.text("source_note")), areas.getOrDefault(key, List.of()), kind));
        }
        for (String key : areas.keySet()) {
            if (!used.contains(key)) {
                throw new BadInputException(new Problem(FocusAreaTable.FILE, "", "focus areas for "
                        + key.replace("/", " plan of ") + " match no plan in " + FILE
                        + " (iso3 and nap_start_year must match a plan's iso3 and start_year)"));
            }
        }
        result.replaceAll((iso3, list) -> list.stream().sorted(ORDER).toList());
        return result;
    }
}
