package briefs.render;

import briefs.derive.SeriesPoint;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTick;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.time.Month;
import org.jfree.data.time.RegularTimePeriod;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * Total and women per month. The recent chart ticks every six months and writes the latest
 * values after the lines' ends, apart from each other; the long one ticks years and has no labels.
 */
final class SeriesChart {
    private final BriefFormat fmt;
    private final Language lang;

    SeriesChart(Language lang) {
        this.lang = lang;
        this.fmt = lang.fmt();
    }

    /**
     * JFreeChart's months, made once each: a new one asks the JDK for a new calendar to find its
     * first and last instants, and every brief draws some 150 of them. A month is a value (only
     * {@code peg}, which nothing here calls, changes it), so the two charts of every brief share them.
     */
    private static final ConcurrentMap<YearMonth, Month> MONTHS = new ConcurrentHashMap<>();

    private static Month month(YearMonth m) {
        return MONTHS.computeIfAbsent(m, k -> new Month(k.getMonthValue(), k.getYear()));
    }

    /** The two lines and what the axes and labels need to know of them. */
    private record Lines(TimeSeriesCollection data, SeriesPoint lastTotal, SeriesPoint lastWomen, int max) {
    }

    JFreeChart draw(List<SeriesPoint> points, boolean recent) {
        Lines lines = lines(points);
        XYPlot plot = new XYPlot(lines.data(), timeAxis(points, recent), valueAxis(lines.max(), recent), renderer(recent));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        if (recent) {
            endLabels(plot, lines.lastTotal(), lines.lastWomen(), lines.max());
        }
        return ChartLook.chart(plot, recent);
    }

    private Lines lines(List<SeriesPoint> points) {
        TimeSeries total = new TimeSeries(lang.word("chart.all", "All personnel"));
        TimeSeries women = new TimeSeries(lang.word("chart.women", "Women"));
        SeriesPoint lastTotal = null;
        SeriesPoint lastWomen = null;
        int max = 0;
        for (SeriesPoint p : points) {
            Month m = month(p.month());
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
        TimeSeriesCollection data = new PeggedMonths();
        data.addSeries(total);
        data.addSeries(women);
        return new Lines(data, lastTotal, lastWomen, max);
    }

    /**
     * The months' series, each point at its month's first millisecond, as JFreeChart places it.
     * JFreeChart works that instant out again with a calendar every time the chart asks for a
     * point's place (several times a point as a chart is drawn: 1.5% of the CPU of a month's briefs); a
     * month made here already holds it, for the same time zone.
     */
    static final class PeggedMonths extends TimeSeriesCollection {
        @Override
        protected long getX(RegularTimePeriod period) {
            return period.getFirstMillisecond();
        }

        /**
         * The lowest and highest values of the visible series whose months start within
         * {@code xRange}, as JFreeChart finds them for the value axis's automatic range (null
         * values left out; no value at all is a range of NaN), with each month's start read from
         * the month rather than worked out with a calendar for every point of every drawing.
         */
        @Override
        @SuppressWarnings("rawtypes")
        public Range getRangeBounds(List visibleSeriesKeys, Range xRange, boolean includeInterval) {
            Range result = null;
            for (Object key : visibleSeriesKeys) {
                TimeSeries series = getSeries((Comparable<?>) key);
                double low = Double.POSITIVE_INFINITY;
                double high = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < series.getItemCount(); i++) {
                    Number value = series.getValue(i);
                    if (value != null && !Double.isNaN(value.doubleValue())
                            && xRange.contains(series.getTimePeriod(i).getFirstMillisecond())) {
                        low = Math.min(low, value.doubleValue());
                        high = Math.max(high, value.doubleValue());
                    }
                }
                Range r = low <= high ? new Range(low, high) : new Range(Double.NaN, Double.NaN);
                result = Range.combineIgnoringNaN(result, r);
            }
            return result;
        }
    }

    private static XYLineAndShapeRenderer renderer(boolean recent) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        float width = recent ? 1.6f : 1.1f;
        renderer.setSeriesPaint(0, ChartLook.MEN);
        renderer.setSeriesStroke(0, new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        renderer.setSeriesPaint(1, ChartLook.WOMEN.darker());
        renderer.setSeriesStroke(1, new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
                1f, new float[] {4f, 2.5f}, 0f));
        renderer.setDrawSeriesLineAsPath(true);
        return renderer;
    }

    private DateAxis timeAxis(List<SeriesPoint> points, boolean recent) {
        DateAxis time = recent ? new EndOnLastMonth(points.getLast().month()) : new DateAxis();
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
        // Room after the lines' ends for the latest values, written there rather than on the lines:
        // at 0.13 a four-digit total in bold ("6,095", Nepal) lost its last digit to the plot's edge.
        time.setUpperMargin(recent ? 0.18 : 0.02);
        return time;
    }

    private NumberAxis valueAxis(int max, boolean recent) {
        NumberAxis values = ChartLook.countAxis(fmt);
        if (recent) {
            // Room above the highest point for the total's label and below zero for a label level
            // with a line at zero, which the plot's edge would otherwise cut in half.
            double top = Math.max(1, max);
            values.setRange(-0.08 * top, top * 1.2);
        } else {
            values.setUpperMargin(0.1);
            values.setAutoRangeIncludesZero(true);
        }
        return values;
    }

    /**
     * A time axis with no tick after the last month: the room there holds the end labels, and a
     * tick in it ("Dec 23" after an August) was cut by the chart's edge.
     */
    private static final class EndOnLastMonth extends DateAxis {
        private final long lastMonthEnd;

        EndOnLastMonth(YearMonth last) {
            this.lastMonthEnd = month(last).getLastMillisecond();
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"}) // JFreeChart's tick lists are raw
        protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
            List ticks = new ArrayList(super.refreshTicksHorizontal(g2, dataArea, edge));
            ticks.removeIf(t -> t instanceof DateTick d && d.getDate().getTime() > lastMonthEnd);
            return ticks;
        }
    }

    /**
     * The latest total and women after the lines' ends. When the two values lie closer than about
     * a tenth of the axis, the total goes above its point and the women's stays level with theirs,
     * so the two labels never print over each other (Belgium: 1 and 0). When they are equal (both
     * none: Qatar, April 2025) the lines end at one point and one label says it.
     */
    private void endLabels(XYPlot plot, SeriesPoint lastTotal, SeriesPoint lastWomen, int max) {
        if (lastTotal == null) {
            return;
        }
        double top = Math.max(1, max * 1.1);
        boolean same = lastWomen != null && lastWomen.month().equals(lastTotal.month())
                && lastWomen.women() == lastTotal.total();
        boolean close = lastWomen != null && !same && (lastTotal.total() - lastWomen.women()) < 0.12 * top;
        plot.addAnnotation(endLabel(lastTotal, lastTotal.total(), ChartLook.MEN,
                close ? TextAnchor.BOTTOM_LEFT : TextAnchor.CENTER_LEFT));
        if (lastWomen != null && !same) {
            // Level with its point, never below it: at zero a label under the point fell off the axis.
            plot.addAnnotation(endLabel(lastWomen, lastWomen.women(), ChartLook.WOMEN.darker().darker(),
                    TextAnchor.CENTER_LEFT));
        }
    }

    private XYTextAnnotation endLabel(SeriesPoint p, int value, Color colour, TextAnchor anchor) {
        Month m = month(p.month());
        // A little after the month's end, so the label starts clear of the line.
        XYTextAnnotation label = new XYTextAnnotation(" " + fmt.count(value), m.getLastMillisecond(), value);
        label.setFont(ChartLook.font(Typeface.BOLD, 7.5f));
        label.setPaint(colour);
        label.setTextAnchor(anchor);
        return label;
    }
}
