package briefs.render;

import briefs.derive.ParityFigures;
import java.awt.BasicStroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LevelRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A brief's parity chart: women's share of each category as a bar, its target as a black line
 * across it, for the categories with enough people to say something ({@link BriefCharts#charted}).
 */
final class ParityChart {
    private final BriefFormat fmt;
    private final Language lang;

    ParityChart(Language lang) {
        this.lang = lang;
        this.fmt = lang.fmt();
    }

    JFreeChart draw(List<ParityFigures> parity) {
        List<ParityFigures> charted = parity.stream().filter(BriefCharts::charted).toList();
        DefaultCategoryDataset shares = new DefaultCategoryDataset();
        DefaultCategoryDataset targets = new DefaultCategoryDataset();
        int targetYear = 0;
        double max = 0;
        for (ParityFigures p : charted) {
            shares.addValue(p.womenShare(), lang.word("chart.share", "Women's share"), lang.chartTerm(p.category()));
            targetYear = p.targetYear();
            max = Math.max(max, Math.max(p.womenShare(), p.target()));
        }
        // The legend names the target year of the last category charted.
        for (ParityFigures p : charted) {
            targets.addValue(p.target(), lang.text("chart.target", "Target for {0}", fmt.year(targetYear)), lang.chartTerm(p.category()));
        }
        CategoryPlot plot = new CategoryPlot(shares, categoryAxis(), shareAxis(max), bars());
        plot.setDataset(1, targets);
        plot.setRenderer(1, targetLines());
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        // Each share written at its bar's base: at the bar's end it ran into the target line
        // when the two were close (Norway: 27.3% against 30%).
        for (ParityFigures p : charted) {
            CategoryTextAnnotation label = new CategoryTextAnnotation(" " + fmt.pct(p.womenShare()), lang.chartTerm(p.category()), 0);
            label.setFont(ChartLook.font(Typeface.REGULAR, 7.5f));
            label.setPaint(ChartLook.TEXT);
            label.setTextAnchor(TextAnchor.CENTER_LEFT);
            plot.addAnnotation(label);
        }
        ChartLook.plot(plot);
        return ChartLook.chart(plot, true);
    }

    private static BarRenderer bars() {
        BarRenderer bars = new BarRenderer();
        bars.setSeriesPaint(0, ChartLook.WOMEN);
        bars.setSeriesOutlinePaint(0, ChartLook.MEN);
        bars.setDrawBarOutline(true);
        bars.setSeriesOutlineStroke(0, new BasicStroke(0.5f));
        ChartLook.bars(bars, 0.16);
        bars.setMaximumBarWidth(0.45);
        bars.setDefaultItemLabelsVisible(false);
        return bars;
    }

    private static LevelRenderer targetLines() {
        LevelRenderer level = new LevelRenderer();
        level.setSeriesPaint(0, ChartLook.TARGET);
        level.setSeriesStroke(0, new BasicStroke(2.2f));
        level.setMaximumItemWidth(0.8);
        return level;
    }

    private static CategoryAxis categoryAxis() {
        CategoryAxis categories = ChartLook.categoryAxis();
        categories.setMaximumCategoryLabelLines(3);
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        return categories;
    }

    /** Shares up to a little above the highest share or target, ticked every 5, 10 or 20 points. */
    private NumberAxis shareAxis(double max) {
        NumberAxis values = new NumberAxis();
        ChartLook.axis(values);
        values.setNumberFormatOverride(fmt.wholeShareFormat());
        values.setTickUnit(new NumberTickUnit(max > 0.5 ? 0.2 : max > 0.2 ? 0.1 : 0.05));
        values.setRange(0, Math.max(0.05, max * 1.3));
        return values;
    }
}
