package briefs.render;

import briefs.derive.CountryFigures;
import briefs.derive.ParityFigures;
import briefs.derive.SeriesPoint;
import briefs.derive.TypeFigures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

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
            charts.put(PARITY, new ParityChart(lang).draw(f.parity()));
        }
        List<SeriesPoint> all = f.series();
        List<SeriesPoint> recent = all.subList(Math.max(0, all.size() - RECENT_MONTHS), all.size());
        // A line needs two months with personnel; the recent chart is left out when nobody served in them.
        if (active(all) >= 2) {
            if (active(recent) >= 1) {
                charts.put(SERIES, new SeriesChart(lang).draw(recent, true));
            }
            charts.put(SERIES_LONG, new SeriesChart(lang).draw(all, false));
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

        CategoryAxis categories = ChartLook.categoryAxis();
        NumberAxis values = ChartLook.countAxis(fmt);
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
