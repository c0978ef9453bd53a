package briefs.produce;

import briefs.annex.IndexWorkbook;
import briefs.annex.PoiAnnex;
import briefs.derive.CountryFigures;
import briefs.derive.SetOverview;
import briefs.model.DataSet;
import briefs.pdf.CountryBriefPdf;
import briefs.pdf.OverviewPdf;
import briefs.render.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The files of a set of briefs: {@code index-<YYYY-MM>.xlsx}, which lists every country written
 * with its figures and files, and {@code overview-<YYYY-MM>.pdf}, a pair in each language of the
 * run ({@code -fr} in French). Each is written or failed on its own: a failed overview does not
 * cost the index.
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
     * Writes the index and the overview of the countries written in each of {@code languages}; the
     * overview names those that failed.
     *
     * @param failed ISO3 codes of the countries of the run that could not be produced
     */
    Written write(YearMonth month, List<CountryOutputs.Written> written, List<String> failed,
                  List<Language> languages) {
        Path out = session.folders().out();
        DataSet dataSet = session.contributors().dataSet();
        List<CountryFigures> set = written.stream().map(CountryOutputs.Written::figures).toList();
        SetOverview overview = SetOverview.of(set);
        OverviewPdf overviewPdf = new OverviewPdf(session.templates(), session.pdf(), session.clock());
        List<Outcome> outcomes = new ArrayList<>();
        for (Language lang : languages) {
            List<IndexWorkbook.Entry> entries = written.stream().map(w -> entry(w, lang)).toList();
            // The index and the overview are independent: one is written on another core meanwhile.
            CompletableFuture<Outcome> index = CompletableFuture.supplyAsync(() -> outcome("index",
                    out.resolve(IndexWorkbook.fileName(month, lang)),
                    () -> new IndexWorkbook(lang).write(entries, overview, dataSet, out)));
            Outcome pdf = outcome("overview", out.resolve(OverviewPdf.fileName(month, lang)),
                    () -> overviewPdf.write(overview, failed, dataSet, out, lang));
            outcomes.add(index.join());
            outcomes.add(pdf);
        }
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

    /**
     * A country's line of the index in {@code lang}: its brief and annex in that language, or in its
     * first language when it has none in this one ({@code --lang preferred}: Senegal's in French alone).
     */
    private static IndexWorkbook.Entry entry(CountryOutputs.Written w, Language lang) {
        Set<String> names = new HashSet<>();
        w.files().forEach(f -> names.add(name(f)));
        String brief = CountryBriefPdf.fileName(w.figures(), lang);
        String annex = PoiAnnex.fileName(w.figures(), lang);
        return new IndexWorkbook.Entry(w.figures(), names.contains(brief) ? brief : name(w.brief()),
                names.contains(annex) ? annex : name(w.annex()));
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
