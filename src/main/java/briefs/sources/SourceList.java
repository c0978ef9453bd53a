package briefs.sources;

import briefs.model.Source;
import java.util.List;
import java.util.Map;

/** {@code sources.csv}: the title, publisher, address and caveat of each data set, as briefs cite them. */
final class SourceList {
    static final String FILE = "sources.csv";

    private SourceList() {
    }

    /** @param asOf how recent each data set is, by id ("personnel", "fatalities", "operations") */
    static List<Source> read(SourceFolder folder, Map<String, String> asOf) {
        return folder.table(FILE, "id", "title", "publisher", "url", "note").rows().stream().map(row -> {
            String id = row.required("id");
            return new Source(id, row.required("title"), row.required("publisher"),
                    SourceFolder.emptyToNull(row.text("url")), asOf.get(id), SourceFolder.emptyToNull(row.text("note")));
        }).toList();
    }
}
