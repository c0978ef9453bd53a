package briefs.render;

import briefs.derive.ParityFigures;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LevelRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A brief's parity chart: women's share of each category as a bar, its target as a black line
 * across it, for the categories with enough people to say something ({@link BriefCharts#charted}).
 */
final class ParityChart {
    /** The width of a target line, in points. */
    private static final float TARGET_STROKE = 2.2f;
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
        for (ParityFigures p : charted) {
            plot.addAnnotation(new ShareLabel(" " + fmt.pct(p.womenShare()), lang.chartTerm(p.category()), p.womenShare(), p.target()));
        }
        ChartLook.plot(plot);
        return ChartLook.chart(plot, true);
    }

    /**
     * A share written inside its bar, from the bar's base: at the bar's end it ran into the target
     * line when the two were close (Norway: 27.3% against 30%). A bar too short to hold it
     * (Türkiye's troops, 1.1%) has it just after its end instead, where it no longer straddles the
     * bar's edge, unless it would reach the target line there; then it stays at the base. Which
     * is decided when the chart is drawn, from the text's width at the drawn size.
     */
    static final class ShareLabel extends CategoryTextAnnotation {
        private static final long serialVersionUID = 1L;
        /** Room kept between the text and the bar's end or the target line, in points. */
        private static final double ROOM = 1.5;
        private final double share;
        private final double target;

        ShareLabel(String text, Comparable<?> category, double share, double target) {
            super(text, category, 0);
            this.share = share;
            this.target = target;
            setFont(ChartLook.font(Typeface.REGULAR, 7.5f));
            setPaint(ChartLook.TEXT);
            setTextAnchor(TextAnchor.CENTER_LEFT);
        }

        /** Where the text starts, on the share axis: 0 (the bar's base) or the share (the bar's end). */
        double start(Graphics2D g2, Rectangle2D dataArea, ValueAxis shares, RectangleEdge edge) {
            double width = getFont().getStringBounds(getText(), g2.getFontRenderContext()).getWidth();
            double base = shares.valueToJava2D(0, dataArea, edge);
            double end = Math.abs(shares.valueToJava2D(share, dataArea, edge) - base);
            double line = Math.abs(shares.valueToJava2D(target, dataArea, edge) - base);
            if (end >= width + ROOM) {
                return 0;
            }
            boolean clearOfTarget = line <= end || end + width + ROOM + TARGET_STROKE / 2 <= line;
            return clearOfTarget ? share : 0;
        }

        @Override
        public void draw(Graphics2D g2, CategoryPlot plot, Rectangle2D dataArea, CategoryAxis domainAxis,
                         ValueAxis rangeAxis) {
            CategoryDataset data = plot.getDataset();
            int index = data.getColumnIndex(getCategory());
            if (index < 0) {
                return;
            }
            double across = domainAxis.getCategoryJava2DCoordinate(getCategoryAnchor(), index, data.getColumnCount(),
                    dataArea, plot.getDomainAxisEdge());
            double along = rangeAxis.valueToJava2D(start(g2, dataArea, rangeAxis, plot.getRangeAxisEdge()), dataArea,
                    plot.getRangeAxisEdge());
            boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
            g2.setFont(getFont());
            g2.setPaint(getPaint());
            TextUtils.drawRotatedString(getText(), g2, (float) (horizontal ? along : across),
                    (float) (horizontal ? across : along), getTextAnchor(), getRotationAngle(), getRotationAnchor());
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other) && other instanceof ShareLabel l && l.share == share && l.target == target;
        }

        @Override
        public int hashCode() {
            return 31 * (31 * super.hashCode() + Double.hashCode(share)) + Double.hashCode(target);
        }
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
        level.setSeriesStroke(0, new BasicStroke(TARGET_STROKE));
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
