package briefs.render;

import briefs.derive.CountryFigures;
import briefs.derive.OperationFigures;
import briefs.derive.ParityFigures;
import briefs.derive.SeriesPoint;
import briefs.derive.TypeFigures;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;
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
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
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
    public static final String SERIES = "series";
    public static final String BY_OPERATION = "by-operation";

    private final BriefFormat fmt;

    public BriefCharts(BriefFormat fmt) {
        this.fmt = fmt;
    }

    /** The charts for one country, by id, in the order a brief shows them. */
    public Map<String, JFreeChart> of(CountryFigures f) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        if (f.total() > 0) {
            charts.put(BY_TYPE, byType(f));
        }
        if (f.total() > 0 && f.genderReported() && f.parity().stream().anyMatch(p -> p.womenShare() != null)) {
            charts.put(PARITY, parity(f));
        }
        if (f.series().stream().filter(p -> p.reported() && p.total() > 0).count() >= 2) {
            charts.put(SERIES, series(f));
        }
        if (f.byOperation().size() >= 2) {
            charts.put(BY_OPERATION, byOperation(f));
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
                data.addValue(t.men(), "Men", t.label());
                data.addValue(t.women(), "Women", t.label());
            } else {
                data.addValue(t.total(), "All personnel", t.label());
            }
            labels.put(t.label(), barLabel(t.total(), gender ? t.women() : null));
        }
        return stackedBars(data, labels, gender ? 1.0 : 0.3);
    }

    private JFreeChart byOperation(CountryFigures f) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, String> labels = new LinkedHashMap<>();
        boolean gender = f.genderReported() && f.byOperation().stream().allMatch(o -> o.women() != null);
        for (OperationFigures o : f.byOperation()) {
            if (gender) {
                // The figures give women and total per operation; the men's segment is the rest.
                data.addValue(o.total() - o.women(), "Men", o.acronym());
                data.addValue(o.women(), "Women", o.acronym());
            } else {
                data.addValue(o.total(), "All personnel", o.acronym());
            }
            labels.put(o.acronym(), barLabel(o.total(), gender ? o.women() : null));
        }
        return stackedBars(data, labels, gender ? 0.5 : 0.2);
    }

    /** "1,234 (56 women)", "4 (1 woman)", or "1,234" when the month has no gender split. */
    private String barLabel(int total, Integer women) {
        return women == null ? fmt.count(total)
                : fmt.count(total) + " (" + fmt.count(women) + (women == 1 ? " woman)" : " women)");
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

    private JFreeChart parity(CountryFigures f) {
        DefaultCategoryDataset shares = new DefaultCategoryDataset();
        DefaultCategoryDataset targets = new DefaultCategoryDataset();
        int targetYear = 0;
        double max = 0;
        for (ParityFigures p : f.parity()) {
            if (p.womenShare() == null) {
                continue;
            }
            shares.addValue(p.womenShare(), "Women's share", p.category());
            targetYear = p.targetYear();
            max = Math.max(max, Math.max(p.womenShare(), p.target()));
        }
        for (ParityFigures p : f.parity()) {
            if (p.womenShare() != null) {
                targets.addValue(p.target(), "Target for " + fmt.year(targetYear), p.category());
            }
        }
        BarRenderer bars = new BarRenderer();
        bars.setSeriesPaint(0, ChartLook.WOMEN);
        bars.setSeriesOutlinePaint(0, ChartLook.MEN);
        bars.setDrawBarOutline(true);
        bars.setSeriesOutlineStroke(0, new BasicStroke(0.5f));
        ChartLook.bars(bars, 0.16);
        bars.setMaximumBarWidth(0.45);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", fmt.shareFormat()));
        bars.setDefaultItemLabelsVisible(true);
        // At the bar's base, inside it: a label at the bar's end would collide with the target line.
        bars.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.INSIDE9, TextAnchor.CENTER_LEFT));
        bars.setPositiveItemLabelPositionFallback(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        bars.setItemLabelAnchorOffset(3);

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
        ChartLook.plot(plot);
        return ChartLook.chart(plot, true);
    }

    private JFreeChart series(CountryFigures f) {
        TimeSeries total = new TimeSeries("All personnel");
        TimeSeries women = new TimeSeries("Women");
        SeriesPoint lastTotal = null;
        SeriesPoint lastWomen = null;
        for (SeriesPoint p : f.series()) {
            Month m = new Month(p.month().getMonthValue(), p.month().getYear());
            // A null value breaks the line: months the UN did not report are not drawn as zero.
            total.add(m, p.reported() ? Integer.valueOf(p.total()) : null);
            women.add(m, p.reported() ? p.women() : null);
            if (p.reported()) {
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
        renderer.setSeriesPaint(0, ChartLook.MEN);
        renderer.setSeriesStroke(0, new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        renderer.setSeriesPaint(1, ChartLook.WOMEN.darker());
        renderer.setSeriesStroke(1, new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
                1f, new float[] {4f, 2.5f}, 0f));
        renderer.setDrawSeriesLineAsPath(true);

        DateAxis time = new DateAxis();
        ChartLook.axis(time);
        int years = f.series().isEmpty() ? 1
                : f.series().getLast().month().getYear() - f.series().getFirst().month().getYear();
        time.setTickUnit(new DateTickUnit(DateTickUnitType.YEAR, years > 12 ? 2 : 1,
                new java.text.SimpleDateFormat("yyyy", BriefFormat.LOCALE)));
        time.setLowerMargin(0.01);
        time.setUpperMargin(0.01);
        NumberAxis values = countAxis();
        values.setUpperMargin(0.12);
        XYPlot plot = new XYPlot(data, time, values, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        // Direct labels on the latest values, so the reader need not go to the legend and back.
        if (lastTotal != null) {
            plot.addAnnotation(endLabel(lastTotal, lastTotal.total(), ChartLook.MEN, TextAnchor.BOTTOM_RIGHT));
        }
        if (lastWomen != null) {
            // Above the line when it runs well below the total (a label under it would fall off the
            // axis), below it when the two lines are close and the total's label sits above.
            boolean close = lastTotal != null && lastWomen.women() > 0.7 * lastTotal.total();
            plot.addAnnotation(endLabel(lastWomen, lastWomen.women(), ChartLook.WOMEN.darker().darker(),
                    close ? TextAnchor.TOP_RIGHT : TextAnchor.BOTTOM_RIGHT));
        }
        return ChartLook.chart(plot, true);
    }

    private XYTextAnnotation endLabel(SeriesPoint p, int value, Color colour, TextAnchor anchor) {
        Month m = new Month(p.month().getMonthValue(), p.month().getYear());
        XYTextAnnotation label = new XYTextAnnotation(fmt.count(value), m.getMiddleMillisecond(), value);
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
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(BriefFormat.LOCALE));
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
