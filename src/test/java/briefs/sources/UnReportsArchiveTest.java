package briefs.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.model.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every report the UN published from 2015-01 to 2025-07 (the shared archive, when it is beside the
 * project), read and compared row for row with the bundled CSV converted from the same reports:
 * all 121 months the CSV holds, in eight layouts; names the PDFs cut are completed as import does.
 */
class UnReportsArchiveTest {
    private static final Path ARCHIVE = Path.of("../shared/un-reports");
    private static final Path SOURCES = Path.of("data/sources");

    private record Outcome(Path file, UnReport report, String refusal) {
    }

    @Test
    void everyReportReadEqualsTheBundledCsvRowForRow() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(ARCHIVE),
                "the UN report archive (../shared/un-reports beside the project) is absent: comparison skipped");
        List<Path> files;
        try (Stream<Path> s = Files.list(ARCHIVE)) {
            files = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        List<Outcome> outcomes = files.parallelStream().map(f -> {
            try {
                return new Outcome(f, ReportReader.read(f), null);
            } catch (BadInputException e) {
                return new Outcome(f, null, e.getMessage());
            }
        }).toList();
        Map<YearMonth, List<String>> csv = csvRows();
        CountryNameIndex names = new SourceImport(SOURCES).nameIndex();
        Map<String, Outcome> bySha = new HashMap<>();
        java.util.NavigableMap<YearMonth, UnReport> byMonth = new TreeMap<>();
        List<String> duplicates = new ArrayList<>();
        for (Outcome o : outcomes) {
            String name = o.file().getFileName().toString();
            if (o.report() == null) {
                System.out.println("not read: " + o.refusal());
                // 2023-09 only: the report of totals by country and type, refused by design.
                assertTrue(name.endsWith("2023_09.pdf"), o.refusal());
                continue;
            }
            Outcome same = bySha.putIfAbsent(o.report().sha256(), o);
            if (same != null) {
                duplicates.add(name + " = " + same.file().getFileName() + " (" + o.report().month() + ")");
            } else {
                byMonth.put(o.report().month(), o.report());
            }
        }
        CutNames cut = new CutNames(names, byMonth);
        Map<String, Integer> layouts = new TreeMap<>();
        int identical = 0;
        for (UnReport r : byMonth.values()) {
            layouts.merge(r.layout(), 1, Integer::sum);
            List<String> got = new ArrayList<>();
            for (ReportRow row : r.rows()) {
                String country = cut.name(r.month(), row);
                got.add(key(row.mission() == null ? "" : row.mission(), country, names.iso3(country, r.file(), row.where()),
                        row.type(), row.male(), row.female(), row.total()));
            }
            got.sort(null);
            assertEquals(csv.get(r.month()), got, r.file() + " (" + r.month() + ") differs from the CSV");
            identical++;
        }
        System.out.println("months read from the PDFs and identical to the CSV, row for row: " + identical + " of "
                + csv.size() + "; by layout: " + layouts + "; byte-identical copies: " + duplicates);
        assertEquals(List.of("UN_country_contributions_2015_04.pdf = UN_country_contributions_2015_03.pdf (2015-04)",
                "UN_country_contributions_2016_04.pdf = UN_country_contributions_2016_03.pdf (2016-04)",
                "UN_country_contributions_2017_04.pdf = UN_country_contributions_2017_03.pdf (2017-04)",
                "UN_country_contributions_2022_06.pdf = UN_country_contributions_2020_06.pdf (2022-06)"), duplicates);
        assertEquals(csv.keySet(), byMonth.keySet(), "every month of the CSV, and only those, read from the PDFs");
        assertEquals(121, identical);
        assertEquals(8, layouts.size(), layouts.toString());
        assertFalse(byMonth.get(YearMonth.of(2020, 8)).genderAddsUp(), "2020-08: the split by gender is seen to be wrong");
        assertEquals(1, byMonth.values().stream().filter(r -> !r.genderAddsUp()).count(), "no other month's gender refused");
        Outcome september = outcomes.stream().filter(o -> o.file().endsWith("UN_country_contributions_2023_09.pdf"))
                .findFirst().orElseThrow();
        assertTrue(september.refusal().contains("totals by country and personnel type only"), september.refusal());
    }

    private static String key(String mission, String country, String iso3, String type, int male, int female, int total) {
        return String.join("|", mission, country, iso3, type, "" + male, "" + female, "" + total);
    }

    private static Map<YearMonth, List<String>> csvRows() {
        CsvTable table = CsvTable.read(SOURCES.resolve(MonthlyPersonnel.CSV), List.of("date", "mission", "country",
                "iso3", "personnel_type", "male", "female", "total"));
        Map<YearMonth, List<String>> byMonth = new HashMap<>();
        for (CsvTable.Row r : table.rows()) {
            byMonth.computeIfAbsent(YearMonth.parse(r.text("date").substring(0, 7)), k -> new ArrayList<>())
                    .add(key(r.text("mission"), r.text("country"), r.text("iso3"), r.text("personnel_type"),
                            r.count("male"), r.count("female"), r.count("total")));
        }
        byMonth.values().forEach(l -> l.sort(null));
        return byMonth;
    }
}
