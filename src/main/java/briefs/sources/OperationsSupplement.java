package briefs.sources;

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

    static List<Operation> operations(SourceFolder folder, PkoList pko, Set<String> acronymsInData) {
        Map<String, CsvTable.Row> supplement = new LinkedHashMap<>();
        for (CsvTable.Row row : folder.table(FILE, "acronym", "name", "kind", "location", "host_iso3", "end_date", "note")
                .rows()) {
            supplement.put(row.required("acronym"), row);
        }
        return acronymsInData.stream().map(acronym -> operation(acronym, supplement.get(acronym), pko)).toList();
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
