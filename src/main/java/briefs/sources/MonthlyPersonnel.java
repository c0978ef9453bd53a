package briefs.sources;

import briefs.model.BadInputException;
import briefs.model.PersonnelType;
import briefs.model.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The monthly personnel source: the UN's report PDFs in {@code reports/}, each read and checked,
 * and for the months no PDF there covers (none in the bundled data), the bundled CSV converted from
 * the same reports. A month's rows come from one place only: a report replaces whatever the CSV
 * held for its month.
 */
final class MonthlyPersonnel {
    static final String CSV = "un_uniformed_personnel_monthly.csv";
    static final String REPORTS = "reports";

    /** One row of the data set, with its country resolved to ISO3. */
    record Row(YearMonth month, String mission, String country, String iso3, PersonnelType type, int male, int female,
               int total) {
    }

    /**
     * @param reports the report each month was read from, by month
     * @param genderNotes months whose report prints a split by gender that does not add up, with where
     * @param notices what a reader should know about the reports folder (a file repeating another)
     */
    record Read(List<Row> rows, Map<YearMonth, UnReport> reports, Map<YearMonth, String> genderNotes,
                List<String> notices, ReportsRead reading, Map<String, String> operationsSeenAt) {
    }

    private MonthlyPersonnel() {
    }

    /** The PDFs of a reports folder, in name order (none when the folder is absent). */
    static List<Path> reportFiles(Path sourcesDir) {
        Path dir = sourcesDir.resolve(REPORTS);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads reports in parallel (each is independent; PDF parsing is most of an import's time). */
    static List<UnReport> readReports(List<Path> files) {
        return files.parallelStream().map(ReportReader::read).toList();
    }

    /** The reports of a sources folder, their rows kept in {@code reports/.read/} for the next import. */
    static List<UnReport> readKept(Path sourcesDir) {
        return readKept(sourcesDir, null);
    }

    private static List<UnReport> readKept(Path sourcesDir, java.util.function.Consumer<ReportsRead> timing) {
        ReportCache cache = new ReportCache(sourcesDir.resolve(REPORTS).resolve(ReportCache.DIR));
        long wall = System.nanoTime();
        long cpu = ReportsRead.processCpuNanos();
        List<UnReport> read = reportFiles(sourcesDir).parallelStream().map(f -> ReportReader.read(f, cache)).toList();
        if (timing != null) {
            timing.accept(new ReportsRead(read.size(), cache.hits(), (System.nanoTime() - wall) / 1_000_000,
                    (ReportsRead.processCpuNanos() - cpu) / 1_000_000));
        }
        return read;
    }

    /**
     * @param added reports being imported now: they replace the month they print
     */
    static Read read(Path sourcesDir, CountryTable countries, CountryNameIndex names, List<UnReport> added) {
        List<String> notices = new ArrayList<>();
        java.util.NavigableMap<YearMonth, UnReport> byMonth = new TreeMap<>();
        Map<String, UnReport> bySha = new HashMap<>();
        ReportsRead[] reading = new ReportsRead[1];
        for (UnReport r : readKept(sourcesDir, t -> reading[0] = t)) {
            UnReport same = bySha.putIfAbsent(r.sha256(), r);
            if (same != null) {
                notices.add(r.file() + " is a byte-identical copy of " + same.file() + " (" + r.month() + "): read once");
                continue;
            }
            UnReport other = byMonth.put(r.month(), r);
            if (other != null) {
                throw new BadInputException(new Problem(REPORTS + "/" + r.file(), "", "reports the same month ("
                        + r.month() + ") as " + other.file() + "; keep one of them in " + REPORTS + "/"));
            }
        }
        added.forEach(r -> byMonth.put(r.month(), r));
        List<Row> rows = new ArrayList<>();
        Map<YearMonth, String> genderNotes = new TreeMap<>();
        CutNames cut = new CutNames(names, byMonth);
        Map<String, String> seenAt = new HashMap<>();
        byMonth.forEach((month, report) -> {
            for (ReportRow r : report.rows()) {
                String name = cut.name(month, r);
                if (r.mission() != null) {
                    seenAt.putIfAbsent(r.mission(), report.file() + ", " + r.where());
                }
                rows.add(new Row(month, r.mission(), name, names.iso3(name, report.file(), r.where()),
                        PersonnelType.fromSourceLabel(r.type()).orElseThrow(), r.male(), r.female(), r.total()));
            }
            if (!report.genderAddsUp()) {
                genderNotes.put(month, report.file() + ", " + report.genderNote());
            }
        });
        rows.addAll(csvRows(sourcesDir, countries, byMonth));
        return new Read(Collections.unmodifiableList(rows), Collections.unmodifiableMap(byMonth), genderNotes,
                List.copyOf(notices), reading[0], seenAt);
    }

    private static List<Row> csvRows(Path sourcesDir, CountryTable countries, Map<YearMonth, UnReport> covered) {
        // Required even when reports cover its recent months: the earlier months are only there.
        CsvTable table = new SourceFolder(sourcesDir).table(CSV, "date", "mission", "country", "iso3", "personnel_type",
                "male", "female", "total");
        List<Row> rows = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            YearMonth month = month(row);
            String iso3 = row.required("iso3");
            if (!countries.contains(iso3)) {
                throw row.bad("iso3", "is not a country code in " + CountryTable.FILE + ": " + iso3);
            }
            String typeLabel = row.required("personnel_type");
            PersonnelType type = PersonnelType.fromSourceLabel(typeLabel).orElseThrow(() -> row.bad("personnel_type",
                    "is not a known personnel type: \"" + typeLabel + "\""));
            int men = row.count("male");
            int women = row.count("female");
            int total = row.count("total");
            if (men + women != total) {
                throw row.bad("total", "is " + total + " but male + female is " + (men + women));
            }
            if (covered.containsKey(month)) {
                continue; // checked all the same: a damaged file is said, whatever months the reports cover
            }
            String mission = row.text("mission");
            rows.add(new Row(month, mission.isEmpty() ? null : mission, row.required("country"), iso3, type, men, women, total));
        }
        return rows;
    }

    private static YearMonth month(CsvTable.Row row) {
        LocalDate date;
        try {
            date = LocalDate.parse(row.required("date"));
        } catch (DateTimeParseException e) {
            throw row.bad("date", "is not a date in the form YYYY-MM-DD: \"" + row.text("date") + "\"");
        }
        if (!date.equals(date.withDayOfMonth(date.lengthOfMonth()))) {
            throw row.bad("date", "is not the last day of a month: " + date);
        }
        return YearMonth.from(date);
    }
}
