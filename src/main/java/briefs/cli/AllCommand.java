package briefs.cli;

import briefs.cli.BulkRun.Failure;
import briefs.cli.CountryOutputs.Written;
import briefs.derive.Contributors;
import briefs.derive.CountryFigures;
import briefs.derive.SetOverview;
import briefs.load.DataDirectory;
import briefs.load.LoadedData;
import briefs.model.BadInputException;
import briefs.model.Country;
import briefs.model.Problem;
import briefs.render.BriefTemplates;
import briefs.validate.Validation;
import briefs.write.AtomicFile;
import briefs.write.FlyingSaucerPdf;
import briefs.write.IndexWorkbook;
import briefs.write.OverviewPdf;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code briefs all}: the brief and the annex of every UN member state (or of the countries
 * asked for) for one month, on several workers, then the index workbook and the overview PDF of
 * the set. A country that fails, in its data file or in rendering, is named with the file and
 * the reason and the others are still written; the exit code is then 1.
 */
@Command(name = "all",
        description = "Write the brief and the annex of every UN member state for a data month (default: the latest), "
                + "then index-<YYYY-MM>.xlsx and overview-<YYYY-MM>.pdf of the set. A country that fails is named "
                + "with its file and why, the others are still written, and the exit code is 1.")
public final class AllCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Worker threads (default: the number of processors).")
    Integer jobs;

    @Option(names = "--countries", paramLabel = "ISO3", split = ",",
            description = "Only these countries, by ISO3 code: NOR,SWE,CIV (default: every UN member state).")
    List<String> countries;

    @Option(names = "--contributors-only",
            description = "Only countries with uniformed personnel deployed in the month.")
    boolean contributorsOnly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        int workers = workers();
        Path dataDir = options.dataDir();
        Path out = options.outDir();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();

        // Fonts are parsed while the data loads: both take a few hundred milliseconds of one core.
        CompletableFuture<FlyingSaucerPdf> pdfReady = CompletableFuture.supplyAsync(FlyingSaucerPdf::new);
        LoadedData loaded = DataDirectory.load(dataDir);
        LoadedData screened = new Validation(loaded.dataSet()).screen(loaded, dataDir);
        Contributors contributors = Contributors.of(screened);
        YearMonth month = asOf.resolve(contributors);
        Set<String> asked = asked(contributors, screened);

        List<Failure> failed = new ArrayList<>(rejected(screened, asked));
        List<CountryFigures> chosen = new ArrayList<>();
        for (Country c : contributors.countries()) {
            if (asked != null ? !asked.contains(c.iso3()) : !c.unMember()) {
                continue;
            }
            try {
                CountryFigures f = contributors.figures(c.iso3(), month);
                if (!contributorsOnly || f.total() > 0) {
                    chosen.add(f);
                }
            } catch (RuntimeException e) {
                failed.add(BulkRun.failure(c.iso3(), countryFile(dataDir, c.iso3()), e));
            }
        }

        int inRun = chosen.size() + failed.size();
        Files.createDirectories(out);
        int swept = AtomicFile.removeLeftovers(out);
        if (swept > 0) {
            stderr.printf("removed %d temporary file%s left by an interrupted run%n", swept, swept == 1 ? "" : "s");
        }
        BriefTemplates templates = new BriefTemplates(options.templatesDir());
        FlyingSaucerPdf pdf = Ready.value(pdfReady);
        Clock clock = Clock.systemDefaultZone();
        CountryOutputs outputs = new CountryOutputs(templates, pdf, clock, CountryOutputs.Parts.BRIEF_AND_ANNEX);

        BulkRun.Result result;
        try (Progress progress = Progress.of("briefs all", chosen.size(), stderr)) {
            result = new BulkRun(outputs, contributors.dataSet(), out, workers).run(chosen, progress);
        }
        failed.addAll(result.failed());
        failed.sort((a, b) -> a.country().compareTo(b.country()));

        List<String> setFiles = new ArrayList<>();
        if (!result.written().isEmpty()) {
            List<CountryFigures> set = result.written().stream().map(Written::figures).toList();
            SetOverview overview = SetOverview.of(set);
            List<IndexWorkbook.Entry> entries = result.written().stream().map(w -> new IndexWorkbook.Entry(w.figures(),
                    name(w.brief()), name(w.annex()))).toList();
            List<String> failedCodes = failed.stream().map(Failure::country).distinct().toList();
            // The index and the overview are independent: one is written on another core meanwhile.
            CompletableFuture<Object> index = CompletableFuture.supplyAsync(() -> {
                try {
                    return name(new IndexWorkbook().write(entries, overview, contributors.dataSet(), out));
                } catch (IOException | RuntimeException e) {
                    return BulkRun.failure("index", out.resolve(IndexWorkbook.fileName(month)), e);
                }
            });
            Object overviewResult;
            try {
                overviewResult = name(new OverviewPdf(templates, pdf, clock).write(overview, failedCodes,
                        contributors.dataSet(), out));
            } catch (IOException | RuntimeException e) {
                overviewResult = BulkRun.failure("overview", out.resolve(OverviewPdf.fileName(month)), e);
            }
            for (Object r : List.of(index.join(), overviewResult)) {
                if (r instanceof Failure f) {
                    failed.add(f);
                } else {
                    setFiles.add((String) r);
                }
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        summary(stdout, stderr, month, workers, inRun, result, failed, setFiles, out, wall);
        return failed.isEmpty() ? ExitCodes.DONE : ExitCodes.FAILED;
    }

    private int workers() {
        if (jobs == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be 1 or more, not " + jobs);
        }
        return jobs;
    }

    /**
     * The ISO3 codes of {@code --countries}, upper-cased, or null for the default set. A code
     * that names no country file is bad usage; one whose file was rejected stays in, so that
     * its failure is reported.
     */
    private Set<String> asked(Contributors contributors, LoadedData screened) {
        if (countries == null || countries.isEmpty()) {
            return null;
        }
        Set<String> known = new LinkedHashSet<>();
        contributors.countries().forEach(c -> known.add(c.iso3()));
        screened.rejected().forEach(p -> known.add(iso3OfFile(p.file())));
        Set<String> asked = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String typed : countries) {
            String code = typed.strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            (known.contains(code) ? asked : unknown).add(code);
        }
        if (!unknown.isEmpty()) {
            throw new BadInputException(new Problem("--countries", "", "no country file for " + String.join(", ", unknown)
                    + " in " + options.dataDir().resolve(DataDirectory.COUNTRIES) + " (give ISO3 codes, e.g. NOR,SWE,CIV)"));
        }
        return asked;
    }

    /** One failure per rejected country file that the run asked for (all of them by default). */
    private static List<Failure> rejected(LoadedData screened, Set<String> asked) {
        Map<String, List<Problem>> byFile = new LinkedHashMap<>();
        screened.rejected().forEach(p -> byFile.computeIfAbsent(p.file(), k -> new ArrayList<>()).add(p));
        List<Failure> failures = new ArrayList<>();
        byFile.forEach((file, problems) -> {
            String iso3 = iso3OfFile(file);
            if (asked != null && !asked.contains(iso3)) {
                return;
            }
            Problem first = problems.get(0);
            String where = first.location() == null || first.location().isEmpty() ? "" : first.location() + ": ";
            String more = problems.size() == 1 ? "" : " (and " + (problems.size() - 1) + " more problems: briefs validate lists them)";
            failures.add(new Failure(iso3, file, BulkRun.oneLine(where + first.message()) + more));
        });
        return failures;
    }

    private static String iso3OfFile(String file) {
        String name = Path.of(file).getFileName().toString();
        return (name.endsWith(".json") ? name.substring(0, name.length() - 5) : name).toUpperCase(Locale.ROOT);
    }

    private static Path countryFile(Path dataDir, String iso3) {
        return dataDir.resolve(DataDirectory.COUNTRIES).resolve(iso3 + ".json");
    }

    private static String name(Path file) {
        return file == null ? null : file.getFileName().toString();
    }

    private static void summary(PrintWriter stdout, PrintWriter stderr, YearMonth month, int workers, int countries,
                                BulkRun.Result result, List<Failure> failed, List<String> setFiles, Path out,
                                double wall) {
        long briefs = result.written().stream().filter(w -> w.brief() != null).count();
        long annexes = result.written().stream().filter(w -> w.annex() != null).count();
        if (!failed.isEmpty()) {
            stderr.printf("failed: %d%n", failed.size());
            failed.forEach(f -> stderr.println("  " + f));
            stderr.flush();
        }
        stdout.printf("briefs all: data month %s, %d countries on %d worker%s%n", month, countries, workers,
                workers == 1 ? "" : "s");
        stdout.printf("written: %d briefs, %d annexes%s in %s%n", briefs, annexes,
                setFiles.isEmpty() ? "" : ", " + String.join(", ", setFiles), out);
        stdout.printf("failed: %d%n", failed.size());
        stdout.printf(Locale.ROOT, "time: %.1f s wall (%.1f s writing: %.1f countries/s, %.1f files/s)%n", wall,
                result.wall().toNanos() / 1e9, result.countriesPerSecond(), result.filesPerSecond());
        stdout.flush();
    }
}
