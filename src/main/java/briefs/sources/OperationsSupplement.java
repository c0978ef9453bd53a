package briefs.sources;

import briefs.model.CountryNames;
import briefs.model.BadInputException;
import briefs.model.Operation;
import briefs.model.Problem;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code operations_supplement.csv} (written by hand): for every operation in the monthly data its
 * kind, where it works and its host, and the names and dates the UN's list lacks. Joined with
 * {@link PkoList} it gives the operations file.
 */
final class OperationsSupplement {
    static final String FILE = "operations_supplement.csv";

    private OperationsSupplement() {
    }

    /** @param seenAt where a report prints each operation first, for the message when one is not known */
    static List<Operation> operations(SourceFolder folder, PkoList pko, Set<String> acronymsInData,
                                      Map<String, String> seenAt) {
        Map<String, CsvTable.Row> supplement = new LinkedHashMap<>();
        for (CsvTable.Row row : folder.table(FILE, "acronym", "name", "kind", "location", "host_iso3", "end_date", "note")
                .rows()) {
            supplement.put(row.required("acronym"), row);
        }
        for (String acronym : acronymsInData) {
            if (!supplement.containsKey(acronym)) {
                String where = seenAt.getOrDefault(acronym, MonthlyPersonnel.CSV);
                int comma = where.indexOf(", ");
                throw new BadInputException(new Problem(comma < 0 ? where : where.substring(0, comma),
                        comma < 0 ? "" : where.substring(comma + 2), "the operation \"" + acronym + "\" is not one this "
                        + "data set knows; the nearest known names are " + nearest(acronym, supplement.keySet())
                        + ". If it is one of them under a new name, or a new operation, add a row for \"" + acronym
                        + "\" to " + FILE + " (its name, kind and location) and import again"));
            }
        }
        return acronymsInData.stream().map(acronym -> operation(acronym, supplement.get(acronym), pko)).toList();
    }

    private static String nearest(String acronym, Set<String> known) {
        return known.stream().sorted(java.util.Comparator.comparingInt((String k) -> CountryNames.distance(acronym, k))
                .thenComparing(k -> k)).limit(3).map(k -> "\"" + k + "\"").reduce((a, b) -> a + ", " + b).orElse("none");
    }

    private static Operation operation(String acronym, CsvTable.Row extra, PkoList pko) {
        if (extra == null) {
            throw new BadInputException(new Problem(FILE, "", "operation " + acronym + " appears in the monthly personnel"
                    + " data (a report or " + MonthlyPersonnel.CSV + ") but has no row here (add its name, kind and location)"));
        }
        CsvTable.Row listed = pko.byAcronym().get(acronym);
        String name = !extra.text("name").isEmpty() ? extra.text("name")
                : listed != null ? listed.required("mission_name") : null;
        if (name == null) {
            throw extra.bad("name", "is empty and " + acronym + " is not in " + PkoList.FILE);
        }
        LocalDate start = listed == null ? null : listed.date("start_date");
        LocalDate end = extra.date("end_date");
        if (end == null && listed != null) {
            end = listed.date("end_date");
        }
        String source = listed != null ? "DPPADPOSS-PKO; " + FILE : FILE;
        return new Operation(acronym, name, extra.required("kind"), extra.required("location"),
                SourceFolder.emptyToNull(extra.text("host_iso3")), start, end, source);
    }
}
