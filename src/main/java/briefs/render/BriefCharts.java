package briefs.render;

import briefs.derive.CountryFigures;
import briefs.derive.ParityFigures;
import briefs.derive.SeriesPoint;
import briefs.derive.TypeFigures;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LevelRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The charts of a brief, drawn from a country's figures. Each chart exists only when it has
 * something to show; the template asks {@link BriefView#charts()} and writes a sentence for the
 * others. Colours differ in lightness (dark men, light women, black targets) so a greyscale print
 * keeps them apart, and values are written on the bars so no one has to read an axis.
 */
public final class BriefCharts {
    public static final String BY_TYPE = "by-type";
    public static final String PARITY = "parity";
    /** The last {@link #RECENT_MONTHS} months, large enough to read each month's figure. */
    public static final String SERIES = "series";
    /** The whole history from the data's first month, small: the long view. */
    public static final String SERIES_LONG = "series-long";
    static final int RECENT_MONTHS = 24;

    private final BriefFormat fmt;
    private final Language lang;

    /** English charts. */
    public BriefCharts(BriefFormat fmt) {
        this(Language.english());
    }

    /** Charts in a language: its formats, its names of types and categories, its chart words. */
    public BriefCharts(Language lang) {
        this.lang = lang;
        this.fmt = lang.fmt();
    }

    /** The charts for one country, by id, in the order a brief shows them. */
    public Map<String, JFreeChart> of(CountryFigures f) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        if (f.total() > 0) {
            charts.put(BY_TYPE, byType(f));
        }
        if (f.total() > 0 && f.genderReported() && f.parity().stream().anyMatch(BriefCharts::charted)) {
            charts.put(PARITY, parity(f));
        }
        List<SeriesPoint> all = f.series();
        List<SeriesPoint> recent = all.subList(Math.max(0, all.size() - RECENT_MONTHS), all.size());
        // A line needs two months with personnel; the recent chart is left out when nobody served in them.
        if (active(all) >= 2) {
            if (active(recent) >= 1) {
                charts.put(SERIES, series(recent, true));
            }
            charts.put(SERIES_LONG, series(all, false));
        }
        return charts;
    }

    private JFreeChart byType(CountryFigures f) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, String> labels = new LinkedHashMap<>();
        boolean gender = f.genderReported()
                && f.byType().stream().allMatch(t -> t.men() != null && t.women() != null);
        for (TypeFigures t : f.byType()) {
            if (t.total() == 0) {
                continue;
            }
            if (gender) {
                data.addValue(t.men(), lang.word("chart.men", "Men"), lang.chartType(t.type()));
                data.addValue(t.women(), lang.word("chart.women", "Women"), lang.chartType(t.type()));
            } else {
                data.addValue(t.total(), lang.word("chart.all", "All personnel"), lang.chartType(t.type()));
            }
            labels.put(lang.chartType(t.type()), barLabel(t.total(), gender ? t.women() : null));
        }
        return stackedBars(data, labels, gender ? 1.0 : 0.3);
    }

    /** "1,234 (56 women)", "4 (1 woman)", or "1,234" when the month has no gender split. */
    private String barLabel(int total, Integer women) {
        return women == null ? fmt.count(total)
                : lang.text("chart.barLabel", "{0} ({1} {2,choice,0#women|1#woman|1<women})",
                        fmt.count(total), fmt.count(women), women);
    }

    /**
     * Horizontal bars, men then women stacked, the row's total written after each bar.
     * {@code labelRoom} is the room left after the longest bar, as a fraction of it: more in the
     * half-width chart, where the label is long against the bar.
     */
    private JFreeChart stackedBars(DefaultCategoryDataset data, Map<String, String> labels, double labelRoom) {
        StackedBarRenderer renderer = new StackedBarRenderer();
        boolean gender = data.getRowCount() == 2;
        if (gender) {
            renderer.setSeriesPaint(0, ChartLook.MEN);
            renderer.setSeriesPaint(1, ChartLook.WOMEN);
        } else {
            renderer.setSeriesPaint(0, ChartLook.ALL);
        }
        ChartLook.bars(renderer, 0.16);
        // Only the outermost segment carries a label, and it says the whole bar: total, and women.
        renderer.setDefaultItemLabelGenerator(new BarLabel(labels));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(4);

        CategoryAxis categories = categoryAxis();
        NumberAxis values = countAxis();
        // Room for the label after the longest bar; the labels carry the values, so no value axis.
        values.setUpperMargin(labelRoom);
        values.setVisible(false);
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        ChartLook.plot(plot);
        plot.setRangeGridlinesVisible(false);
        return ChartLook.chart(plot, gender);
    }

    static long active(List<SeriesPoint> points) {
        return points.stream().filter(p -> p.reported() && p.total() > 0).count();
    }

    /** A category is set against its target only with ten people or more: a share of a handful says little. */
    static boolean charted(ParityFigures p) {
        return p.womenShare() != null && !p.small();
    }

    private JFreeChart parity(CountryFigures f) {
        DefaultCategoryDataset shares = new DefaultCategoryDataset();
        DefaultCategoryDataset targets = new DefaultCategoryDataset();
        int targetYear = 0;
        double max = 0;
        for (ParityFigures p : f.parity()) {
            if (!charted(p)) {
                continue;
            }
            shares.addValue(p.womenShare(), lang.word("chart.share", "Women's share"), lang.chartTerm(p.category()));
            targetYear = p.targetYear();
            max = Math.max(max, Math.max(p.womenShare(), p.target()));
        }
        for (ParityFigures p : f.parity()) {
            if (charted(p)) {
                targets.addValue(p.target(), lang.text("chart.target", "Target for {0}", fmt.year(targetYear)), lang.chartTerm(p.category()));
            }
        }
        BarRenderer bars = new BarRenderer();
        bars.setSeriesPaint(0, ChartLook.WOMEN);
        bars.setSeriesOutlinePaint(0, ChartLook.MEN);
        bars.setDrawBarOutline(true);
        bars.setSeriesOutlineStroke(0, new BasicStroke(0.5f));
        ChartLook.bars(bars, 0.16);
        bars.setMaximumBarWidth(0.45);
        bars.setDefaultItemLabelsVisible(false);

        LevelRenderer level = new LevelRenderer();
        level.setSeriesPaint(0, ChartLook.TARGET);
        level.setSeriesStroke(0, new BasicStroke(2.2f));
        level.setMaximumItemWidth(0.8);

        CategoryAxis categories = categoryAxis();
        categories.setMaximumCategoryLabelLines(3);
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis values = new NumberAxis();
        ChartLook.axis(values);
        values.setNumberFormatOverride(fmt.wholeShareFormat());
        values.setTickUnit(new NumberTickUnit(max > 0.5 ? 0.2 : max > 0.2 ? 0.1 : 0.05));
        values.setRange(0, Math.max(0.05, max * 1.3));
        CategoryPlot plot = new CategoryPlot(shares, categories, values, bars);
        plot.setDataset(1, targets);
        plot.setRenderer(1, level);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        // Each share written at its bar's base: at the bar's end it ran into the target line
        // when the two were close (Norway: 27.3% against 30%).
        for (ParityFigures p : f.parity()) {
            if (charted(p)) {
                CategoryTextAnnotation label = new CategoryTextAnnotation(" " + fmt.pct(p.womenShare()), lang.chartTerm(p.category()), 0);
                label.setFont(ChartLook.font(Typeface.REGULAR, 7.5f));
                label.setPaint(ChartLook.TEXT);
                label.setTextAnchor(TextAnchor.CENTER_LEFT);
                plot.addAnnotation(label);
            }
        }
        ChartLook.plot(plot);
        return ChartLook.chart(plot, true);
    }

    /**
     * Total and women per month. The recent chart ticks every quarter and writes the latest values
     * after the lines' ends, apart from each other; the long one ticks years and has no labels.
     */
    private JFreeChart series(List<SeriesPoint> points, boolean recent) {
        TimeSeries total = new TimeSeries(lang.word("chart.all", "All personnel"));
        TimeSeries women = new TimeSeries(lang.word("chart.women", "Women"));
        SeriesPoint lastTotal = null;
        SeriesPoint lastWomen = null;
        int max = 0;
        for (SeriesPoint p : points) {
            Month m = new Month(p.month().getMonthValue(), p.month().getYear());
            // A null value breaks the line: months the UN did not report are not drawn as zero.
            total.add(m, p.reported() ? Integer.valueOf(p.total()) : null);
            women.add(m, p.reported() ? p.women() : null);
            if (p.reported()) {
                max = Math.max(max, p.total());
                lastTotal = p;
                if (p.women() != null) {
                    lastWomen = p;
                }
            }
        }
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.addSeries(total);
        data.addSeries(women);

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        float width = recent ? 1.6f : 1.1f;
        renderer.setSeriesPaint(0, ChartLook.MEN);
        renderer.setSeriesStroke(0, new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        renderer.setSeriesPaint(1, ChartLook.WOMEN.darker());
        renderer.setSeriesStroke(1, new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
                1f, new float[] {4f, 2.5f}, 0f));
        renderer.setDrawSeriesLineAsPath(true);

        DateAxis time = new DateAxis();
        ChartLook.axis(time);
        int years = points.getLast().month().getYear() - points.getFirst().month().getYear();
        if (recent) {
            time.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, 6,
                    fmt.shortMonthFormat()));
        } else {
            time.setTickUnit(new DateTickUnit(DateTickUnitType.YEAR, years > 6 ? 3 : 1,
                    fmt.yearFormat()));
        }
        time.setLowerMargin(0.01);
        // Room after the lines' ends for the latest values, written there rather than on the lines.
        time.setUpperMargin(recent ? 0.13 : 0.02);
        NumberAxis values = countAxis();
        if (recent) {
            // Room above the highest point for the total's label and below zero for a label level
            // with a line at zero, which the plot's edge would otherwise cut in half.
            double top = Math.max(1, max);
            values.setRange(-0.08 * top, top * 1.2);
        } else {
            values.setUpperMargin(0.1);
            values.setAutoRangeIncludesZero(true);
        }
        XYPlot plot = new XYPlot(data, time, values, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        if (recent) {
            endLabels(plot, lastTotal, lastWomen, max);
        }
        return ChartLook.chart(plot, recent);
    }

    /**
     * The latest total and women after the lines' ends. When the two values lie closer than about
     * a tenth of the axis, the total goes above its point and the women's stays level with theirs,
     * so the two labels never print over each other (Belgium: 1 and 0).
     */
    private void endLabels(XYPlot plot, SeriesPoint lastTotal, SeriesPoint lastWomen, int max) {
        if (lastTotal == null) {
            return;
        }
        double top = Math.max(1, max * 1.1);
        boolean close = lastWomen != null && (lastTotal.total() - lastWomen.women()) < 0.12 * top;
        plot.addAnnotation(endLabel(lastTotal, lastTotal.total(), ChartLook.MEN,
                close ? TextAnchor.BOTTOM_LEFT : TextAnchor.CENTER_LEFT));
        if (lastWomen != null) {
            // Level with its point, never below it: at zero a label under the point fell off the axis.
            plot.addAnnotation(endLabel(lastWomen, lastWomen.women(), ChartLook.WOMEN.darker().darker(),
                    TextAnchor.CENTER_LEFT));
        }
    }

    private XYTextAnnotation endLabel(SeriesPoint p, int value, Color colour, TextAnchor anchor) {
        Month m = new Month(p.month().getMonthValue(), p.month().getYear());
        // A little after the month's end, so the label starts clear of the line.
        XYTextAnnotation label = new XYTextAnnotation(" " + fmt.count(value), m.getLastMillisecond(), value);
        label.setFont(ChartLook.font(Typeface.BOLD, 7.5f));
        label.setPaint(colour);
        label.setTextAnchor(anchor);
        return label;
    }

    private static CategoryAxis categoryAxis() {
        CategoryAxis axis = new CategoryAxis();
        ChartLook.axis(axis);
        axis.setTickLabelFont(ChartLook.font(Typeface.REGULAR, 7.5f));
        axis.setMaximumCategoryLabelWidthRatio(0.32f);
        axis.setMaximumCategoryLabelLines(2);
        axis.setCategoryMargin(0.25);
        axis.setLowerMargin(0.04);
        axis.setUpperMargin(0.04);
        axis.setTickMarksVisible(false);
        return axis;
    }

    private NumberAxis countAxis() {
        NumberAxis axis = new NumberAxis();
        ChartLook.axis(axis);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(fmt.locale()));
        axis.setNumberFormatOverride(fmt.countFormat());
        return axis;
    }

    /** Labels a bar with the text made for its category. */
    private record BarLabel(Map<String, String> labels) implements CategoryItemLabelGenerator {
        /**
         * The label goes on the outermost segment with a value: a zero segment (no women) is
         * drawn by JFreeChart at the axis, and its label would sit over the bar.
         */
        @Override
        public String generateLabel(CategoryDataset data, int row, int column) {
            int outermost = 0;
            for (int r = data.getRowCount() - 1; r > 0; r--) {
                Number v = data.getValue(r, column);
                if (v != null && v.doubleValue() > 0) {
                    outermost = r;
                    break;
                }
            }
            return row == outermost ? labels.get(data.getColumnKey(column).toString()) : null;
        }

        @Override
        public String generateRowLabel(CategoryDataset data, int row) {
            return data.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset data, int column) {
            return data.getColumnKey(column).toString();
        }
    }
}
