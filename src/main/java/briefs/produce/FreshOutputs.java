package briefs.produce;

import briefs.annex.PoiAnnex;
import briefs.derive.CountryFigures;
import briefs.derive.SetFigures;
import briefs.files.FileLabel;
import briefs.pdf.CountryBriefPdf;
import briefs.render.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The brief and annex a message carries: the files {@code brief} and {@code all} write in the
 * output folder, made again when missing or stale. A file is stale when it is older than what it
 * is made from ({@link MadeFrom}: the data, the templates that shape it, edited without
 * rebuilding, the web page's and the e-mail's aside, and the program itself), or when its label
 * says it was made from other sources: a brief made with another templates or data folder into
 * the same output folder is newer than this run's, and only the label tells. Where the file system
 * keeps no labels, the time rule alone holds.
 */
public final class FreshOutputs {
    /** A country's brief and annex, as files in the output folder. */
    public record Pair(Path brief, Path annex) {
    }

    private final CountryOutputs outputs;
    private final Path outDir;
    private final MadeFrom madeFrom;

    public FreshOutputs(Session session) {
        // Read now, as the files it makes are labelled: a template edited after it is seen by the next one.
        this.madeFrom = MadeFrom.of(session.folders());
        this.outputs = session.outputs(CountryOutputs.Parts.BRIEF_AND_ANNEX, null, madeFrom);
        this.outDir = session.folders().out();
    }

    /** The country's brief and annex, each made again first when missing or stale. */
    public Pair ensure(CountryFigures figures, SetFigures contributors) throws IOException {
        return ensure(figures, contributors, null);
    }

    /** As {@link #ensure(CountryFigures, SetFigures)}, in a language ({@code SEN-brief-2025-07-fr.pdf}); null for English. */
    public Pair ensure(CountryFigures figures, SetFigures contributors, Language lang) throws IOException {
        Path brief = outDir.resolve(lang == null ? CountryBriefPdf.fileName(figures) : CountryBriefPdf.fileName(figures, lang));
        Path annex = outDir.resolve(lang == null ? PoiAnnex.fileName(figures) : PoiAnnex.fileName(figures, lang));
        if (stale(figures, brief, annex)) {
            // Both made again, and replaced together: a message never carries a brief and an
            // annex from different runs.
            try {
                CountryOutputs made = lang == null ? outputs : outputs.in(f -> List.of(lang));
                CountryOutputs.Written written = made.write(figures, contributors.dataSet(), outDir);
                return new Pair(written.brief(), written.annex());
            } catch (CountryOutputs.PartFailed e) {
                throw e.rethrow();
            }
        }
        return new Pair(brief, annex);
    }

    /** Those of {@code countries} whose brief or annex, each in its {@code language}, is missing or stale. */
    public List<CountryFigures> staleAmong(List<CountryFigures> countries, Function<CountryFigures, Language> language)
            throws IOException {
        List<CountryFigures> stale = new ArrayList<>();
        for (CountryFigures figures : countries) {
            Language lang = language.apply(figures);
            if (stale(figures, outDir.resolve(CountryBriefPdf.fileName(figures, lang)),
                    outDir.resolve(PoiAnnex.fileName(figures, lang)))) {
                stale.add(figures);
            }
        }
        return stale;
    }

    /**
     * Makes the brief and annex of each of {@code countries}, each in its {@code language}, on
     * {@code jobs} workers as {@code all} makes them; {@link #ensure} then finds them fresh. A
     * country whose files cannot be made here is left to {@link #ensure}, which meets its failure
     * again and throws it for that country.
     *
     * @return how many countries' files were made
     */
    public int make(List<CountryFigures> countries, Function<CountryFigures, Language> language, SetFigures contributors,
                    int jobs) throws IOException {
        CountryOutputs inTheirLanguages = outputs.in(f -> List.of(language.apply(f)));
        return new WorkerPool(inTheirLanguages, contributors.dataSet(), outDir, jobs).run(countries, iso3 -> { })
                .written().size();
    }

    /** The country's brief, made again first when missing or stale. */
    public Path brief(CountryFigures figures, SetFigures contributors) throws IOException {
        Path brief = outDir.resolve(CountryBriefPdf.fileName(figures));
        return stale(brief, madeFrom.sources(figures.country().iso3()))
                ? outputs.brief(figures, contributors.dataSet(), outDir) : brief;
    }

    /** The country's annex, made again first when missing or stale. */
    public Path annex(CountryFigures figures, SetFigures contributors) throws IOException {
        Path annex = outDir.resolve(PoiAnnex.fileName(figures));
        return stale(annex, madeFrom.sources(figures.country().iso3()))
                ? outputs.annex(figures, contributors.dataSet(), outDir) : annex;
    }

    /** Whether a country's brief or annex is stale, its sources read once for both. */
    private boolean stale(CountryFigures figures, Path brief, Path annex) throws IOException {
        MadeFrom.Sources sources = madeFrom.sources(figures.country().iso3());
        return stale(brief, sources) || stale(annex, sources);
    }

    /**
     * Missing, older than a source, or labelled as made from other sources. A file without a
     * label on a file system that keeps them was made by a version of briefs before labels, or
     * copied in: made again too.
     */
    private static boolean stale(Path file, MadeFrom.Sources sources) throws IOException {
        if (!Files.isRegularFile(file) || Files.getLastModifiedTime(file).compareTo(sources.newest()) < 0) {
            return true;
        }
        String label = FileLabel.read(file, MadeFrom.LABEL);
        return label != null && !label.equals(sources.label());
    }
}
