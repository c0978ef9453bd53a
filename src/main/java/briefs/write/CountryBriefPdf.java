package briefs.write;

import briefs.derive.CountryFigures;
import briefs.model.DataSet;
import briefs.model.ParityTarget;
import briefs.model.Source;
import briefs.render.BriefChartText;
import briefs.render.BriefCharts;
import briefs.render.BriefFormat;
import briefs.render.BriefTemplates;
import briefs.render.BriefView;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * Makes one country's PDF brief: figures to view and charts, the brief template to XHTML, XHTML
 * to PDF. Built once per run and shared (the templates and fonts it holds are parsed once);
 * {@link #write} may be called from several threads. The {@code brief} and {@code all} commands
 * both use it.
 */
public final class CountryBriefPdf {
    private final BriefTemplates templates;
    private final FlyingSaucerPdf pdf;
    private final Clock clock;
    private final BriefFormat fmt = new BriefFormat();
    private final BriefCharts charts = new BriefCharts(fmt);
    private final BriefChartText chartText = new BriefChartText(fmt);

    public CountryBriefPdf(BriefTemplates templates, FlyingSaucerPdf pdf, Clock clock) {
        this.templates = templates;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** {@code <ISO3>-brief-<YYYY-MM>.pdf}: the data month, not the day it was made. */
    public static String fileName(CountryFigures figures) {
        String iso3 = figures.country().iso3();
        // No code from the data may name a path outside the output folder ("../x", "a/b").
        if (iso3 == null || !iso3.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("iso3 is not three capital letters: " + iso3);
        }
        return iso3 + "-brief-" + figures.month() + ".pdf";
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
        Map<String, JFreeChart> drawn = charts.of(figures);
        BriefView view = new BriefView(figures, LocalDate.now(clock), sources, parityTargets, drawn.keySet(), fmt);
        String xhtml = templates.render(BriefTemplates.BRIEF, view);
        String source = templates.dir().resolve(BriefTemplates.BRIEF).toString();
        return pdf.stage(target, xhtml, templates.dir(), source, drawn, chartText.of(figures, drawn.keySet()));
    }
}
