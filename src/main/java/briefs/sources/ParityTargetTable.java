package briefs.sources;

import briefs.model.ParityTarget;
import briefs.model.PersonnelType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {@code parity_targets.csv}: the Uniformed Gender Parity Strategy's targets, one row per category and year. */
final class ParityTargetTable {
    static final String FILE = "parity_targets.csv";

    private ParityTargetTable() {
    }

    static List<ParityTarget> read(SourceFolder folder) {
        List<ParityTarget> result = new ArrayList<>();
        for (CsvTable.Row row : folder.table(FILE, "category", "personnel_types", "year", "share", "source").rows()) {
            List<PersonnelType> types = new ArrayList<>();
            for (String label : row.required("personnel_types").split(";")) {
                types.add(PersonnelType.fromLabel(label.strip()).orElseThrow(() -> row.bad("personnel_types",
                        "names an unknown personnel type: \"" + label.strip() + "\"")));
            }
            double share;
            try {
                share = Double.parseDouble(row.required("share"));
            } catch (NumberFormatException e) {
                throw row.bad("share", "is not a number: \"" + row.text("share") + "\"");
            }
            if (share <= 0 || share > 1) {
                throw row.bad("share", "must be a fraction between 0 and 1, e.g. 0.15 for 15%");
            }
            result.add(new ParityTarget(row.required("category"), types, row.count("year"), share, row.required("source")));
        }
        result.sort(Comparator.comparing((ParityTarget t) -> t.appliesTo().get(0)).thenComparingInt(ParityTarget::year));
        return List.copyOf(result);
    }
}
