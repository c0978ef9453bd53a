package briefs.render;

import briefs.derive.CountryFigures;
import briefs.derive.ParityFigures;
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

    private static final Color MISSED = new Color(0xc8, 0xd3, 0xdd);
    private static final Color UNKNOWN = new Color(0xee, 0xee, 0xee);
    /** Between "miss" and "no gender split": known people, too few to judge. */
    private static final Color TOO_FEW = new Color(0xdd, 0xdd, 0xdd);

    private final Language lang;
    private final BriefFormat fmt;

    /** The charts in {@code lang}: its names of countries and categories, its words ({@code chart.*}) and formats. */
    public OverviewCharts(Language lang) {
        this.lang = lang;
        this.fmt = lang.fmt();
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
        String men = lang.word("chart.men", "Men");
        String women = lang.word("chart.women", "Women");
        String all = lang.word("chart.all", "All personnel");
        for (CountryFigures f : o.top()) {
            String name = lang.country(f.country());
            if (gender) {
                data.addValue(f.men(), men, name);
                data.addValue(f.women(), women, name);
                labels.put(name, lang.text("overview.chart.topLabel", "{0} ({1} women)", fmt.count(f.total()),
                        fmt.pct(f.womenShare())));
            } else {
                data.addValue(f.total(), all, name);
                labels.put(name, fmt.count(f.total()));
            }
        }
        StackedBarRenderer bars = new StackedBarRenderer();
        bars.setSeriesPaint(0, ChartLook.MEN);
        bars.setSeriesPaint(1, ChartLook.WOMEN);
        ChartLook.bars(bars, 0.5);
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
        return ChartLook.chart(plot(data, values, bars, PlotOrientation.HORIZONTAL), gender);
    }

    private JFreeChart shares(SetOverview o) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String countries = lang.word("overview.chart.countries", "Countries");
        for (SetOverview.ShareBand b : o.shareBands()) {
            // "0–5%", "30%+".
            String label = b.to() == null ? lang.text("overview.chart.bandFrom", "{0}+", fmt.pct0(b.from()))
                    : Math.round(b.from() * 100) + "\u2013" + fmt.pct0(b.to());
            data.addValue(b.countries(), countries, label);
        }
        BarRenderer bars = new BarRenderer();
        bars.setSeriesPaint(0, ChartLook.WOMEN);
        bars.setSeriesOutlinePaint(0, ChartLook.MEN);
        ChartLook.bars(bars, 0.5);
        bars.setDrawBarOutline(true);
        bars.setSeriesOutlineStroke(0, new BasicStroke(0.5f));
        bars.setMaximumBarWidth(0.7);
        bars.setDefaultItemLabelGenerator(new NonZeroLabels());
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        bars.setItemLabelAnchorOffset(3);
        NumberAxis values = new NumberAxis();
        ChartLook.axis(values);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(fmt.locale()));
        values.setNumberFormatOverride(fmt.countFormat());
        values.setUpperMargin(0.15);
        // Bands down the side, like the other charts: their labels need no wrapping there.
        return ChartLook.chart(plot(data, values, bars, PlotOrientation.HORIZONTAL), false);
    }

    private JFreeChart targets(SetOverview o) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        boolean tooFew = o.targets().stream().anyMatch(t -> t.tooFew() > 0);
        boolean noGender = o.targets().stream().anyMatch(t -> t.noGender() > 0);
        String few = lang.text("overview.chart.tooFew", "Fewer than {0}: not judged", ParityFigures.SMALL_GROUP);
        String split = lang.word("overview.chart.noGender", "No gender split");
        String meet = lang.word("overview.chart.meet", "Meet the target");
        String miss = lang.word("overview.chart.miss", "Miss the target");
        for (SetOverview.TargetCount t : o.targets()) {
            String label = lang.chartTerm(t.category()) + " (" + fmt.pct0(t.target()) + ")";
            data.addValue(t.met(), meet, label);
            data.addValue(t.missed(), miss, label);
            if (tooFew) {
                data.addValue(t.tooFew(), few, label);
            }
            if (noGender) {
                data.addValue(t.noGender(), split, label);
            }
        }
        StackedBarRenderer bars = new StackedBarRenderer();
        bars.setSeriesPaint(0, ChartLook.MEN);
        bars.setSeriesPaint(1, MISSED);
        if (tooFew) {
            bars.setSeriesPaint(data.getRowIndex(few), TOO_FEW);
        }
        if (noGender) {
            bars.setSeriesPaint(data.getRowIndex(split), UNKNOWN);
        }
        ChartLook.bars(bars, 0.5);
        bars.setMaximumBarWidth(0.22);
        bars.setDefaultItemLabelGenerator(new NonZeroLabels());
        bars.setDefaultItemLabelsVisible(true);
        bars.setSeriesItemLabelPaint(0, Color.WHITE);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        NumberAxis values = new NumberAxis();
        ChartLook.axis(values);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(fmt.locale()));
        values.setNumberFormatOverride(fmt.countFormat());
        CategoryPlot plot = plot(data, values, bars, PlotOrientation.HORIZONTAL);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        return ChartLook.chart(plot, true);
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
        ChartLook.axis(categories);
        categories.setTickLabelFont(ChartLook.font(Typeface.REGULAR, 7.5f));
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
        ChartLook.plot(plot);
        return plot;
    }
}
