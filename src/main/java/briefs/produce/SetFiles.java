package briefs.produce;

import briefs.annex.IndexWorkbook;
import briefs.derive.CountryFigures;
import briefs.derive.SetOverview;
import briefs.model.DataSet;
import briefs.pdf.OverviewPdf;
import briefs.render.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The files of a set of briefs: {@code index-<YYYY-MM>.xlsx}, which lists every country written
 * with its figures and files, and {@code overview-<YYYY-MM>.pdf}. Each is written or failed on
 * its own: a failed overview does not cost the index.
 */
final class SetFiles {
    /** The names of the files written, and the failures of the others. */
    record Written(List<String> files, List<Failure> failed) {
    }

    /** One file's fate: its name when written, else its failure. */
    private record Outcome(String file, Failure failure) {
    }

    @FunctionalInterface
    private interface Part {
        Path write() throws IOException;
    }

    private final Session session;

    SetFiles(Session session) {
        this.session = session;
    }

    /**
     * Writes the index and the overview of the countries written, an overview in each of
     * {@code languages}; the overview names those that failed.
     *
     * @param failed ISO3 codes of the countries of the run that could not be produced
     */
    Written write(YearMonth month, List<CountryOutputs.Written> written, List<String> failed,
                  List<Language> languages) {
        Path out = session.folders().out();
        DataSet dataSet = session.contributors().dataSet();
        List<CountryFigures> set = written.stream().map(CountryOutputs.Written::figures).toList();
        SetOverview overview = SetOverview.of(set);
        List<IndexWorkbook.Entry> entries = written.stream()
                .map(w -> new IndexWorkbook.Entry(w.figures(), name(w.brief()), name(w.annex()))).toList();
        // The index and the overview are independent: one is written on another core meanwhile.
        CompletableFuture<Outcome> index = CompletableFuture.supplyAsync(() -> outcome("index",
                out.resolve(IndexWorkbook.fileName(month)), () -> new IndexWorkbook().write(entries, overview, dataSet, out)));
        OverviewPdf overviewPdf = new OverviewPdf(session.templates(), session.pdf(), session.clock());
        List<Outcome> outcomes = new ArrayList<>();
        for (Language lang : languages) {
            outcomes.add(outcome("overview", out.resolve(OverviewPdf.fileName(month, lang)),
                    () -> overviewPdf.write(overview, failed, dataSet, out, lang)));
        }
        outcomes.add(0, index.join());
        List<String> files = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.failure() != null) {
                failures.add(o.failure());
            } else {
                files.add(o.file());
            }
        }
        return new Written(files, failures);
    }

    private static Outcome outcome(String what, Path target, Part part) {
        try {
            return new Outcome(name(part.write()), null);
        } catch (IOException | RuntimeException e) {
            return new Outcome(null, Failure.of(what, target, e));
        }
    }

    private static String name(Path file) {
        return file == null ? null : file.getFileName().toString();
    }
}
