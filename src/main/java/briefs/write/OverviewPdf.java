package briefs.write;

import briefs.derive.SetOverview;
import briefs.model.DataSet;
import briefs.render.BriefFormat;
import briefs.render.BriefTemplates;
import briefs.render.OverviewChartText;
import briefs.render.OverviewCharts;
import briefs.render.OverviewView;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * The overview of a set of briefs, {@code overview-<YYYY-MM>.pdf}: one or two pages in the
 * briefs' look, from the {@code overview.ftlx} layout of the same templates folder, rendered by
 * the same {@link FlyingSaucerPdf} (fonts parsed once per process).
 */
public final class OverviewPdf {
    /** The overview's layout, in the templates folder beside the brief's. */
    public static final String TEMPLATE = "overview.ftlx";

    private final BriefTemplates templates;
    private final FlyingSaucerPdf pdf;
    private final Clock clock;
    private final BriefFormat fmt = new BriefFormat();
    private final OverviewCharts charts = new OverviewCharts(fmt);
    private final OverviewChartText chartText = new OverviewChartText(fmt);

    public OverviewPdf(BriefTemplates templates, FlyingSaucerPdf pdf, Clock clock) {
        this.templates = templates;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** {@code overview-<YYYY-MM>.pdf}. */
    public static String fileName(YearMonth month) {
        return "overview-" + month + ".pdf";
    }

    /**
     * Writes the overview into {@code outDir} and returns its path.
     *
     * @param failed ISO3 codes of the countries of the run that could not be produced
     */
    public Path write(SetOverview overview, List<String> failed, DataSet dataSet, Path outDir) throws IOException {
        Path target = outDir.resolve(fileName(overview.month()));
        Map<String, JFreeChart> drawn = charts.of(overview);
        OverviewView view = new OverviewView(overview, failed, LocalDate.now(clock), dataSet.sources(),
                dataSet.parityTargets(), drawn.keySet(), fmt);
        String xhtml = templates.render(TEMPLATE, view);
        pdf.write(target, xhtml, templates.dir(), templates.dir().resolve(TEMPLATE).toString(), drawn,
                chartText.of(overview, drawn.keySet()));
        return target;
    }
}
