package briefs.cli;

import briefs.produce.Session;
import briefs.sources.DataFolder;
import briefs.sources.ReportImport;
import briefs.sources.SourceImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code briefs import}: the UN source files to country files, validated before they replace the old ones. */
@Command(name = "import",
        description = {"Read the UN source files in data/sources/ (the UN's monthly report PDFs in",
                "data/sources/reports/ among them) and write one JSON file per country to",
                "data/countries/ and the reference files to data/reference/. Notes written",
                "in the country files are kept. Nothing is replaced unless every new file",
                "validates. With --report, first read and check new monthly reports (PDFs",
                "as the UN publishes them), add or replace their months, and keep a copy",
                "in data/sources/reports/."})
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Option(names = "--sources", paramLabel = "DIR",
            description = "Folder of the source files (default: sources/ in the data folder).")
    Path sources;

    @Option(names = "--report", paramLabel = "PDF", arity = "1..*",
            description = "A UN monthly report of uniformed personnel by mission, country and type (PDF); several may be given.")
    List<Path> reports;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path dataDir = options.dataDir();
        Path sourcesDir = sources != null ? sources : dataDir.resolve("sources");
        PrintWriter out = spec.commandLine().getOut();
        SourceImport.Result result;
        DataFolder.Written written;
        if (reports != null && !reports.isEmpty()) {
            ReportImport.Outcome outcome = new ReportImport(sourcesDir, dataDir).run(reports);
            out.println("Read the new " + outcome.newReports().describe().replaceFirst(", \\d+ of them .*", ""));
            outcome.notices().forEach(n -> out.println("Note: " + n));
            outcome.months().forEach(m -> printMonth(out, m));
            if (!outcome.newOperations().isEmpty()) {
                out.println("Operations seen for the first time: " + String.join(", ", outcome.newOperations()));
            }
            result = outcome.result();
            written = outcome.written();
        } else {
            DataFolder folder = new DataFolder(dataDir);
            result = new SourceImport(sourcesDir).read(folder.notes());
            result.notices().forEach(n -> out.println("Note: " + n));
            written = folder.write(result);
        }
        try {
            // The files were checked before they replaced the old ones; the next run takes their
            // records, and the rules' verdict, from what this read keeps (0.8 CPU-s of a bulk run).
            Session.keep(options.folders());
        } catch (RuntimeException e) {
            out.println("Note: the next run reads and checks every file itself: " + e.getMessage());
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (result.reading() != null) {
            out.println("Read " + result.reading().describe());
        }
        out.printf("Imported %d countries, %d months (%s to %s; %d read from report PDFs), %d operations: %,d bytes in %d ms%s%n",
                written.countries(), result.dataSet().months().size(), result.dataSet().first(), result.dataSet().last(),
                result.reports().size(), result.operations().operations().size(), written.bytes(), ms,
                written.notesKept() > 0 ? "; kept the notes of " + written.notesKept() + " countries" : "");
        out.flush();
        return ExitCodes.DONE;
    }

    private static void printMonth(PrintWriter out, ReportImport.MonthChange m) {
        out.printf(Locale.ROOT, "%s %s from %s (%s): %,d uniformed personnel UN-wide, %s, from %d countries%n",
                m.replaced() ? "Replaced" : "Added", m.month(), m.file(), m.layout(), m.total(),
                m.women() == null ? "women not reported (the report's split by gender does not add up)"
                        : String.format(Locale.ROOT, "%,d women (%.1f%%)", m.women(), 100.0 * m.women() / Math.max(1, m.total())),
                m.contributors());
        if (m.replaced()) {
            out.println("  Countries whose figures changed: " + (m.changedCountries().isEmpty() ? "none"
                    : m.changedCountries().size() + ": " + String.join(", ", m.changedCountries())));
        }
        if (!m.newCountries().isEmpty()) {
            out.println("  Countries contributing for the first time in the data: " + String.join(", ", m.newCountries()));
        }
    }
}
