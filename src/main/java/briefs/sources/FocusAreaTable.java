package briefs.sources;

import briefs.model.FocusArea;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** {@code wps_nap_focus_areas.csv}: the focus areas of each national action plan, keyed "ISO3/start year". */
final class FocusAreaTable {
    static final String FILE = "wps_nap_focus_areas.csv";

    private FocusAreaTable() {
    }

    static Map<String, List<FocusArea>> read(SourceFolder folder) {
        record Keyed(String key, FocusArea area) {
        }
        return folder.table(FILE, "iso3", "nap_start_year", "area_number", "area_title", "source_url").rows().stream()
                .map(row -> new Keyed(row.required("iso3") + "/" + row.count("nap_start_year"),
                        new FocusArea(row.count("area_number"), row.required("area_title"),
                                SourceFolder.emptyToNull(row.text("source_url")))))
                .collect(Collectors.groupingBy(Keyed::key, TreeMap::new, Collectors.mapping(Keyed::area,
                        Collectors.collectingAndThen(Collectors.toList(),
                                l -> l.stream().sorted(Comparator.comparingInt(FocusArea::number)).toList()))));
    }
}
