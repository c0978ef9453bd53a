package briefs.pdf;

import briefs.derive.CountryFigures;
import briefs.files.AtomicFile;
import briefs.model.DataSet;
import briefs.model.Iso3;
import briefs.model.ParityTarget;
import briefs.model.Source;
import briefs.render.BriefTemplates;
import briefs.render.BriefView;
import briefs.render.Chart;
import briefs.render.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Makes one country's PDF brief: figures to view and charts, the brief template to XHTML, XHTML
 * to PDF. Built once per run and shared (the templates and fonts it holds are parsed once);
 * {@link #write} may be called from several threads. The {@code brief} and {@code all} commands
 * both use it.
 */
public final class CountryBriefPdf {
    /** The pages a brief should fill. */
    public static final int PAGES = 2;

    private final TemplatePage page;
    private final BriefTemplates templates;

    public CountryBriefPdf(BriefTemplates templates, FlyingSaucerPdf pdf, Clock clock) {
        this.page = new TemplatePage(templates, pdf, clock);
        this.templates = templates;
    }

    /** {@code <ISO3>-brief-<YYYY-MM>.pdf}: the data month, not the day it was made. */
    public static String fileName(CountryFigures figures) {
        return new Iso3(figures.country().iso3()) + "-brief-" + figures.month() + ".pdf";
    }

    /** {@code <ISO3>-brief-<YYYY-MM>-fr.pdf} in French; the English name has no language. */
    public static String fileName(CountryFigures figures, Language lang) {
        return new Iso3(figures.country().iso3()) + "-brief-" + figures.month() + lang.fileSuffix() + ".pdf";
    }

    /** Makes the brief in a language under a temporary name in {@code outDir}. */
    public AtomicFile.Staged stage(CountryFigures figures, DataSet dataSet, Path outDir, Language lang)
            throws IOException {
        Path target = outDir.resolve(fileName(figures, lang));
        Map<String, Chart> drawn = page.charts(lang).brief(figures);
        BriefView view = new BriefView(figures, page.today(), dataSet.sources(), dataSet.parityTargets(),
                drawn.keySet(), lang);
        return page.stage(BriefTemplates.BRIEF, view, view.tighter(), PAGES, drawn, target, lang.locale());
    }

    /** Writes the brief in a language into {@code outDir} and returns its path. */
    public Path write(CountryFigures figures, DataSet dataSet, Path outDir, Language lang) throws IOException {
        stage(figures, dataSet, outDir, lang).commitOrDiscard();
        return outDir.resolve(fileName(figures, lang));
    }

    /** A language of the templates folder the briefs are made from. */
    public Language language(String code) {
        return templates.language(code);
    }

    /** Writes the brief into {@code outDir} and returns its path. */
    public Path write(CountryFigures figures, DataSet dataSet, Path outDir) throws IOException {
        return write(figures, dataSet.sources(), dataSet.parityTargets(), outDir);
    }

    /** Makes the brief under a temporary name in {@code outDir}, for {@link AtomicFile.Staged#commit} to put in place. */
    public AtomicFile.Staged stage(CountryFigures figures, DataSet dataSet, Path outDir) throws IOException {
        return stage(figures, dataSet.sources(), dataSet.parityTargets(), outDir);
    }

    /** Writes the brief with the data set's sources and parity targets given one by one. */
    public Path write(CountryFigures figures, List<Source> sources, List<ParityTarget> parityTargets, Path outDir)
            throws IOException {
        stage(figures, sources, parityTargets, outDir).commitOrDiscard();
        return outDir.resolve(fileName(figures));
    }

    private AtomicFile.Staged stage(CountryFigures figures, List<Source> sources, List<ParityTarget> parityTargets,
                                    Path outDir) throws IOException {
        Path target = outDir.resolve(fileName(figures));
        Map<String, Chart> drawn = page.charts().brief(figures);
        BriefView view = new BriefView(figures, page.today(), sources, parityTargets, drawn.keySet(), page.fmt());
        // A minister reads two pages: the usual layout, or a tighter one when that runs longer (two steps).
        return page.stage(BriefTemplates.BRIEF, view, view.tighter(), PAGES, drawn, target);
    }
}
