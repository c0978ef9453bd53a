package briefs.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look of every chart the briefs and the overview draw: palette, fonts, axes, bars,
 * legend. The two shades of the palette stay apart in greyscale print; change a colour here and
 * every chart follows.
 */
final class ChartLook {
    static final Color MEN = new Color(0x1f, 0x3b, 0x57);
    static final Color WOMEN = new Color(0x6c, 0xb8, 0xe6);
    static final Color ALL = new Color(0x5a, 0x6e, 0x82);
    static final Color TARGET = Color.BLACK;
    static final Color GRID = new Color(0xd9, 0xd9, 0xd9);
    static final Color TEXT = new Color(0x33, 0x33, 0x33);

    private ChartLook() {
    }

    /** The page's embedded face at a size, so chart text matches the text around it. */
    static Font font(Typeface face, float size) {
        return face.awtFont().deriveFont(size);
    }

    static void axis(Axis axis) {
        axis.setTickLabelFont(font(Typeface.REGULAR, 7f));
        axis.setTickLabelPaint(TEXT);
        axis.setLabelFont(font(Typeface.REGULAR, 7.5f));
        axis.setAxisLineVisible(false);
        axis.setTickMarkPaint(GRID);
    }

    /** Categories down the side of a horizontal bar chart, their labels on up to two lines. */
    static CategoryAxis categoryAxis() {
        CategoryAxis axis = new CategoryAxis();
        axis(axis);
        axis.setTickLabelFont(font(Typeface.REGULAR, 7.5f));
        axis.setMaximumCategoryLabelWidthRatio(0.32f);
        axis.setMaximumCategoryLabelLines(2);
        axis.setCategoryMargin(0.25);
        axis.setLowerMargin(0.04);
        axis.setUpperMargin(0.04);
        axis.setTickMarksVisible(false);
        return axis;
    }

    /** Counts of people: whole-number ticks, written as the brief writes counts. */
    static NumberAxis countAxis(BriefFormat fmt) {
        NumberAxis axis = new NumberAxis();
        axis(axis);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(fmt.locale()));
        axis.setNumberFormatOverride(fmt.countFormat());
        return axis;
    }

    /** Flat bars with labels in the page's face; {@code maxWidth} as a fraction of the plot. */
    static void bars(BarRenderer bars, double maxWidth) {
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0);
        bars.setMaximumBarWidth(maxWidth);
        bars.setDefaultItemLabelFont(font(Typeface.REGULAR, 7.5f));
        bars.setDefaultItemLabelPaint(TEXT);
    }

    static void plot(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(2, 2, 2, 8));
    }

    /** A chart without title or border, its legend (if any) on top. */
    static JFreeChart chart(Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, font(Typeface.BOLD, 9f), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setPadding(new RectangleInsets(0, 0, 0, 0));
        LegendTitle title = chart.getLegend();
        if (title != null) {
            title.setItemFont(font(Typeface.REGULAR, 7.5f));
            title.setItemPaint(TEXT);
            title.setPosition(RectangleEdge.TOP);
            title.setBorder(0, 0, 0, 0);
            title.setBackgroundPaint(Color.WHITE);
            title.setMargin(new RectangleInsets(0, 0, 4, 0));
        }
        return chart;
    }
}
