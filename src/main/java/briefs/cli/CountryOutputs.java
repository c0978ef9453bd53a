package briefs.cli;

import briefs.derive.Contributors;
import briefs.derive.CountryFigures;
import briefs.model.DataSet;
import briefs.render.BriefTemplates;
import briefs.write.CountryBriefPdf;
import briefs.write.FlyingSaucerPdf;
import briefs.write.PoiAnnex;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;

/**
 * One country's outputs for one month: derive its figures, write the PDF brief, write the Excel
 * annex. Built once per process (templates compiled, fonts parsed once) and shared by every
 * worker: {@link #write} may be called from several threads at once. Used by {@code brief},
 * {@code all} and {@code bench}.
 */
public final class CountryOutputs {
    /** Which files a run makes for each country. */
    public enum Parts {
        BRIEF_AND_ANNEX(true, true), BRIEF_ONLY(true, false), ANNEX_ONLY(false, true);

        private final boolean brief;
        private final boolean annex;

        Parts(boolean brief, boolean annex) {
            this.brief = brief;
            this.annex = annex;
        }
    }

    /**
     * What was written for one country; a path is null for a part not asked for.
     *
     * @param figures the figures both files were made from (the index lists them)
     */
    public record Written(CountryFigures figures, Path brief, Path annex) {
    }

    private final CountryBriefPdf briefs;
    private final PoiAnnex annexes;
    private final Parts parts;

    public CountryOutputs(BriefTemplates templates, FlyingSaucerPdf pdf, Clock clock, Parts parts) {
        this.briefs = new CountryBriefPdf(templates, pdf, clock);
        this.annexes = new PoiAnnex();
        this.parts = parts;
    }

    /** Derives the country's figures for the month and writes its files into {@code outDir}. */
    public Written write(Contributors contributors, String iso3, YearMonth month, Path outDir) throws IOException {
        return write(contributors.figures(iso3, month), contributors.dataSet(), outDir);
    }

    /** Writes the files of figures already derived. */
    public Written write(CountryFigures figures, DataSet dataSet, Path outDir) throws IOException {
        Path brief = parts.brief ? brief(figures, dataSet, outDir) : null;
        Path annex = parts.annex ? annex(figures, dataSet, outDir) : null;
        return new Written(figures, brief, annex);
    }

    /** The PDF brief alone, {@code <out>/<ISO3>-brief-<YYYY-MM>.pdf}. */
    public Path brief(CountryFigures figures, DataSet dataSet, Path outDir) throws IOException {
        return briefs.write(figures, dataSet, outDir);
    }

    /** The Excel annex alone, {@code <out>/<ISO3>-annex-<YYYY-MM>.xlsx}. */
    public Path annex(CountryFigures figures, DataSet dataSet, Path outDir) throws IOException {
        Path target = outDir.resolve(PoiAnnex.fileName(figures));
        annexes.write(figures, dataSet, target);
        return target;
    }

    public Parts parts() {
        return parts;
    }
}
