package briefs.render;

import briefs.derive.CountryFigures;
import briefs.derive.SetOverview;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The charts of the overview of a set of briefs, in the briefs' look: the same font, the same
 * dark (men) and light (women) blues, values written on the bars. Each exists only when it has
 * something to show; the template writes a sentence for the others.
 */
public final class OverviewCharts {
    public static final String TOP = "top";
    public static final String SHARES = "shares";
    public static final String TARGETS = "targets";

    private static final Color MEN = new Color(0x1f, 0x3b, 0x57);
    private static final Color WOMEN = new Color(0x6c, 0xb8, 0xe6);
    private static final Color MISSED = new Color(0xc8, 0xd3, 0xdd);
    private static final Color UNKNOWN = new Color(0xee, 0xee, 0xee);
    private static final Color GRID = new Color(0xd9, 0xd9, 0xd9);
    private static final Color TEXT = new Color(0x33, 0x33, 0x33);

    private final BriefFormat fmt;

    public OverviewCharts(BriefFormat fmt) {
        this.fmt = fmt;
    }

    /** The charts for a set, by id. */
    public Map<String, JFreeChart> of(SetOverview o) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        if (!o.top().isEmpty()) {
            charts.put(TOP, top(o));
        }
        if (o.genderReported() && o.shareBands().stream().anyMatch(b -> b.countries() > 0)) {
            charts.put(SHARES, shares(o));
        }
        if (o.targets().stream().anyMatch(t -> t.deploying() > 0)) {
            charts.put(TARGETS, targets(o));
        }
        return charts;
    }

    private JFreeChart top(SetOverview o) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        boolean gender = o.genderReported() && o.top().stream().allMatch(f -> f.women() != null);
        Map<String, String> labels = new LinkedHashMap<>();
        for (CountryFigures f : o.top()) {
            String name = f.country().name();
            if (gender) {
                data.addValue(f.men(), "Men", name);
                data.addValue(f.women(), "Women", name);
                labels.put(name, fmt.count(f.total()) + " (" + fmt.pct(f.womenShare()) + " women)");
            } else {
                data.addValue(f.total(), "All personnel", name);
                labels.put(name, fmt.count(f.total()));
            }
        }
        StackedBarRenderer bars = new StackedBarRenderer();
        bars.setSeriesPaint(0, MEN);
        bars.setSeriesPaint(1, WOMEN);
        look(bars);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(CategoryDataset d, int row, int column) {
                return labels.get(d.getColumnKey(column).toString());
            }
        });
        bars.setDefaultItemLabelsVisible(false);
        bars.setSeriesItemLabelsVisible(data.getRowCount() - 1, true);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        bars.setItemLabelAnchorOffset(4);
        NumberAxis values = new NumberAxis();
        values.setVisible(false);
        values.setUpperMargin(0.45);
        return chart(plot(data, values, bars, PlotOrientation.HORIZONTAL), gender);
    }

    private JFreeChart shares(SetOverview o) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (SetOverview.ShareBand b : o.shareBands()) {
            // "0–5%", "30%+".
            String label = b.to() == null ? fmt.pct0(b.from()) + "+"
                    : Math.round(b.from() * 100) + "\u2013" + fmt.pct0(b.to());
            data.addValue(b.countries(), "Countries", label);
        }
        BarRenderer bars = new BarRenderer();
        bars.setSeriesPaint(0, WOMEN);
        bars.setSeriesOutlinePaint(0, MEN);
        look(bars);
        bars.setDrawBarOutline(true);
        bars.setSeriesOutlineStroke(0, new BasicStroke(0.5f));
        bars.setMaximumBarWidth(0.7);
        bars.setDefaultItemLabelGenerator(new NonZeroLabels());
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        bars.setItemLabelAnchorOffset(3);
        NumberAxis values = new NumberAxis();
        axisLook(values);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(BriefFormat.LOCALE));
        values.setNumberFormatOverride(fmt.countFormat());
        values.setUpperMargin(0.15);
        // Bands down the side, like the other charts: their labels need no wrapping there.
        return chart(plot(data, values, bars, PlotOrientation.HORIZONTAL), false);
    }

    private JFreeChart targets(SetOverview o) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        boolean unknown = o.targets().stream().anyMatch(t -> t.unknown() > 0);
        for (SetOverview.TargetCount t : o.targets()) {
            String label = t.category() + " (" + fmt.pct0(t.target()) + ")";
            data.addValue(t.met(), "Meet the target", label);
            data.addValue(t.missed(), "Miss the target", label);
            if (unknown) {
                data.addValue(t.unknown(), "No gender split", label);
            }
        }
        StackedBarRenderer bars = new StackedBarRenderer();
        bars.setSeriesPaint(0, MEN);
        bars.setSeriesPaint(1, MISSED);
        bars.setSeriesPaint(2, UNKNOWN);
        look(bars);
        bars.setMaximumBarWidth(0.22);
        bars.setDefaultItemLabelGenerator(new NonZeroLabels());
        bars.setDefaultItemLabelsVisible(true);
        bars.setSeriesItemLabelPaint(0, Color.WHITE);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        NumberAxis values = new NumberAxis();
        axisLook(values);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(BriefFormat.LOCALE));
        values.setNumberFormatOverride(fmt.countFormat());
        CategoryPlot plot = plot(data, values, bars, PlotOrientation.HORIZONTAL);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        return chart(plot, true);
    }

    /** Counts on the bars, none on an empty bar: a row of zeros along the axis reads as clutter. */
    private final class NonZeroLabels extends StandardCategoryItemLabelGenerator {
        private static final long serialVersionUID = 1L;

        NonZeroLabels() {
            super("{2}", fmt.countFormat());
        }

        @Override
        public String generateLabel(CategoryDataset data, int row, int column) {
            Number n = data.getValue(row, column);
            return n == null || n.intValue() == 0 ? null : super.generateLabel(data, row, column);
        }
    }

    private static CategoryPlot plot(DefaultCategoryDataset data, NumberAxis values, BarRenderer renderer,
                                     PlotOrientation orientation) {
        CategoryAxis categories = new CategoryAxis();
        axisLook(categories);
        categories.setTickLabelFont(BriefCharts.font(Typeface.REGULAR, 7.5f));
        if (orientation == PlotOrientation.HORIZONTAL) {
            // Names sit left of the bars: leave the bars most of the width.
            categories.setMaximumCategoryLabelWidthRatio(0.3f);
        }
        categories.setMaximumCategoryLabelLines(2);
        categories.setCategoryMargin(0.25);
        categories.setLowerMargin(0.03);
        categories.setUpperMargin(0.03);
        categories.setTickMarksVisible(false);
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(orientation);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(2, 2, 2, 8));
        return plot;
    }

    private static void look(BarRenderer bars) {
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0);
        bars.setMaximumBarWidth(0.5);
        bars.setDefaultItemLabelFont(BriefCharts.font(Typeface.REGULAR, 7.5f));
        bars.setDefaultItemLabelPaint(TEXT);
    }

    private static void axisLook(org.jfree.chart.axis.Axis axis) {
        axis.setTickLabelFont(BriefCharts.font(Typeface.REGULAR, 7f));
        axis.setTickLabelPaint(TEXT);
        axis.setLabelFont(BriefCharts.font(Typeface.REGULAR, 7.5f));
        axis.setAxisLineVisible(false);
        axis.setTickMarkPaint(GRID);
    }

    private static JFreeChart chart(CategoryPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, BriefCharts.font(Typeface.BOLD, 9f), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setPadding(new RectangleInsets(0, 0, 0, 0));
        LegendTitle title = chart.getLegend();
        if (title != null) {
            title.setItemFont(BriefCharts.font(Typeface.REGULAR, 7.5f));
            title.setItemPaint(TEXT);
            title.setPosition(RectangleEdge.TOP);
            title.setBorder(0, 0, 0, 0);
            title.setBackgroundPaint(Color.WHITE);
            title.setMargin(new RectangleInsets(0, 0, 4, 0));
        }
        return chart;
    }
}
