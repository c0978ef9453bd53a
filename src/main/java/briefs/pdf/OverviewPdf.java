package briefs.pdf;

import briefs.derive.SetOverview;
import briefs.model.DataSet;
import briefs.render.BriefTemplates;
import briefs.render.Chart;
import briefs.render.Language;
import briefs.render.OverviewView;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The overview of a set of briefs, {@code overview-<YYYY-MM>.pdf}: one or two pages in the
 * briefs' look, from the {@code overview.ftlx} layout of the same templates folder, rendered by
 * the same {@link FlyingSaucerPdf} (fonts parsed once per process).
 */
public final class OverviewPdf {
    /** The overview's layout, in the templates folder beside the brief's. */
    public static final String TEMPLATE = "overview.ftlx";

    private final TemplatePage page;

    public OverviewPdf(BriefTemplates templates, FlyingSaucerPdf pdf, Clock clock) {
        this.page = new TemplatePage(templates, pdf, clock);
    }

    /** {@code overview-<YYYY-MM>.pdf}. */
    public static String fileName(YearMonth month) {
        return fileName(month, Language.english());
    }

    /** {@code overview-<YYYY-MM>-fr.pdf} in French; the English name has no language, as the briefs'. */
    public static String fileName(YearMonth month, Language lang) {
        return "overview-" + month + lang.fileSuffix() + ".pdf";
    }

    /**
     * Writes the overview into {@code outDir} and returns its path.
     *
     * @param failed ISO3 codes of the countries of the run that could not be produced
     */
    public Path write(SetOverview overview, List<String> failed, DataSet dataSet, Path outDir) throws IOException {
        return write(overview, failed, dataSet, outDir, Language.english());
    }

    /** As {@link #write(SetOverview, List, DataSet, Path)}, every word and name in {@code lang}. */
    public Path write(SetOverview overview, List<String> failed, DataSet dataSet, Path outDir, Language lang)
            throws IOException {
        Path target = outDir.resolve(fileName(overview.month(), lang));
        Map<String, Chart> drawn = page.charts(lang).overview(overview);
        OverviewView view = new OverviewView(overview, failed, page.today(), dataSet.sources(),
                dataSet.parityTargets(), drawn.keySet(), lang);
        page.stage(TEMPLATE, view, drawn, target, lang.locale()).commitOrDiscard();
        return target;
    }
}
