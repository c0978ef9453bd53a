package briefs.sources;

import briefs.load.DataDirectory;
import briefs.load.LoadedData;
import briefs.model.BadInputException;
import briefs.model.Country;
import briefs.model.MonthlyDeployment;
import briefs.model.Operation;
import briefs.model.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code import --report}: brings new monthly report PDFs into the data set. Each is read and
 * checked first; a copy of a report already in {@code reports/} is said and skipped. The data
 * folder is rewritten with the new months (all or nothing, by {@link DataFolder}), and only then
 * are the PDFs put into {@code reports/} under their month's name, replacing an older report of
 * that month, so that a plain {@code briefs import} rebuilds the same data from the PDFs.
 */
public final class ReportImport {
    private final Path sourcesDir;
    private final DataFolder folder;
    private final Path dataDir;

    public ReportImport(Path sourcesDir, Path dataDir) {
        this.sourcesDir = sourcesDir;
        this.dataDir = dataDir;
        this.folder = new DataFolder(dataDir);
    }

    /** What one report changed. */
    public record MonthChange(YearMonth month, String file, String layout, boolean replaced, int total, Integer women,
                              int contributors, List<String> changedCountries, List<String> newCountries) {
    }

    /** What the import did: the months, operations seen for the first time, and notices. */
    public record Outcome(List<MonthChange> months, List<String> newOperations, List<String> notices,
                          DataFolder.Written written, SourceImport.Result result, ReportsRead newReports) {
    }

    public Outcome run(List<Path> pdfs) {
        List<String> notices = new ArrayList<>();
        long wall = System.nanoTime();
        long cpu = ReportsRead.processCpuNanos();
        List<SourceImport.NewReport> read = SourceImport.readReports(pdfs);
        ReportsRead reading = new ReportsRead(pdfs.size(), 0, (System.nanoTime() - wall) / 1_000_000,
                (ReportsRead.processCpuNanos() - cpu) / 1_000_000);
        List<SourceImport.NewReport> added = distinct(read, notices);
        LoadedData before = previous();
        SourceImport.Result result = new SourceImport(sourcesDir).read(folder.notes(), added);
        Map<YearMonth, Path> staged = stage(added);
        DataFolder.Written written;
        try {
            written = folder.write(result);
        } catch (RuntimeException e) {
            staged.values().forEach(ReportImport::deleteQuietly);
            throw e;
        }
        place(staged, result);
        notices.addAll(result.notices());
        return new Outcome(changes(added, before, result), newOperations(before, result), notices, written, result,
                reading);
    }

    /** Drops a report given twice, or one that is already in reports/ byte for byte. */
    private List<SourceImport.NewReport> distinct(List<SourceImport.NewReport> reports, List<String> notices) {
        Map<String, String> known = new HashMap<>();
        for (UnReport r : MonthlyPersonnel.readKept(sourcesDir)) {
            known.put(r.sha256(), MonthlyPersonnel.REPORTS + "/" + r.file());
        }
        Map<YearMonth, SourceImport.NewReport> byMonth = new LinkedHashMap<>();
        for (SourceImport.NewReport r : reports) {
            String same = known.putIfAbsent(r.report().sha256(), r.file().toString());
            if (same != null) {
                notices.add(r.file() + " is a byte-identical copy of " + same + " (the report of " + r.month()
                        + "): not imported again");
                continue;
            }
            SourceImport.NewReport other = byMonth.put(r.month(), r);
            if (other != null) {
                throw new BadInputException(new Problem(r.file().toString(), "", "reports the same month (" + r.month()
                        + ") as " + other.file() + ", which is a different file: give one report per month"));
            }
        }
        return List.copyOf(byMonth.values());
    }

    /** The data before the import, to say what changed; a folder that holds none yet counts as empty. */
    private LoadedData previous() {
        if (!Files.isDirectory(dataDir.resolve(DataDirectory.COUNTRIES))) {
            return null;
        }
        try {
            return DataDirectory.load(dataDir);
        } catch (BadInputException | UncheckedIOException e) {
            return null;
        }
    }

    private Map<YearMonth, Path> stage(List<SourceImport.NewReport> added) {
        Map<YearMonth, Path> staged = new LinkedHashMap<>();
        try {
            Path dir = Files.createDirectories(sourcesDir.resolve(MonthlyPersonnel.REPORTS));
            for (SourceImport.NewReport r : added) {
                Path temp = dir.resolve("." + r.month() + ".pdf.new");
                Files.copy(r.file(), temp, StandardCopyOption.REPLACE_EXISTING);
                staged.put(r.month(), temp);
            }
        } catch (IOException e) {
            staged.values().forEach(ReportImport::deleteQuietly);
            throw new UncheckedIOException("cannot copy the reports into " + sourcesDir.resolve(MonthlyPersonnel.REPORTS)
                    + ": " + e.getMessage(), e);
        }
        return staged;
    }

    /** Moves the staged copies to {@code reports/YYYY-MM.pdf}, removing an older file of the same month. */
    private void place(Map<YearMonth, Path> staged, SourceImport.Result result) {
        Path dir = sourcesDir.resolve(MonthlyPersonnel.REPORTS);
        try {
            for (Path file : MonthlyPersonnel.reportFiles(sourcesDir)) {
                UnReport old = ReportReader.read(file);
                if (staged.containsKey(old.month()) && !file.getFileName().toString().equals(old.month() + ".pdf")) {
                    Files.delete(file);
                }
            }
            for (Map.Entry<YearMonth, Path> e : staged.entrySet()) {
                Files.move(e.getValue(), dir.resolve(e.getKey() + ".pdf"), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the data folder was updated, but the reports could not be put into " + dir
                    + ": " + e.getMessage() + " (copy them there by hand, named YYYY-MM.pdf)", e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temporary copy is named .YYYY-MM.pdf.new and is not read as a report
        }
    }

    private static List<MonthChange> changes(List<SourceImport.NewReport> added, LoadedData before,
                                             SourceImport.Result result) {
        Map<String, Country> old = before == null ? Map.of() : before.countries().stream()
                .collect(Collectors.toMap(Country::iso3, Function.identity()));
        Set<YearMonth> oldMonths = before == null ? Set.of() : Set.copyOf(before.dataSet().months());
        List<MonthChange> out = new ArrayList<>();
        for (SourceImport.NewReport r : added) {
            YearMonth m = r.month();
            int total = 0;
            Integer women = 0;
            int contributors = 0;
            List<String> changed = new ArrayList<>();
            List<String> fresh = new ArrayList<>();
            for (Country c : result.countries()) {
                MonthlyDeployment now = deployment(c, m);
                Country was = old.get(c.iso3());
                MonthlyDeployment then = was == null ? null : deployment(was, m);
                if (now != null) {
                    contributors++;
                    total += now.total();
                    women = women == null || now.women() == null ? null : women + now.women();
                }
                if (!Objects.equals(now, then)) {
                    changed.add(c.name());
                }
                if (now != null && (was == null || was.deployments().isEmpty())) {
                    fresh.add(c.name());
                }
            }
            out.add(new MonthChange(m, r.file().getFileName().toString(), r.report().layout(), oldMonths.contains(m),
                    total, women, contributors, changed, fresh));
        }
        return out;
    }

    private static MonthlyDeployment deployment(Country c, YearMonth m) {
        return c.deployments().stream().filter(d -> d.month().equals(m)).findFirst().orElse(null);
    }

    private static List<String> newOperations(LoadedData before, SourceImport.Result result) {
        Set<String> old = before == null ? Set.of()
                : before.dataSet().operations().stream().map(Operation::acronym).collect(Collectors.toSet());
        return result.operations().operations().stream().map(Operation::acronym).filter(a -> !old.contains(a))
                .collect(Collectors.toCollection(TreeSet::new)).stream().toList();
    }
}
