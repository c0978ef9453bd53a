package briefs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.BundledData;
import briefs.derive.CountryFigures;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class BriefChartsTest {
    private final BriefCharts charts = new BriefCharts(new BriefFormat());

    @Test
    void aBarWithNoWomenIsLabelledAfterTheMensSegment() {
        // Bolivia, June 2018: 2 staff officers, no women; 22 experts on mission, 2 women.
        CountryFigures f = BundledData.contributors().figures("BOL", YearMonth.of(2018, 6));
        JFreeChart chart = charts.of(f).get(BriefCharts.BY_TYPE);
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryDataset data = plot.getDataset();
        var labels = plot.getRenderer().getDefaultItemLabelGenerator();
        int staff = data.getColumnIndex("Staff Officers");
        int experts = data.getColumnIndex("Experts on Mission");
        assertEquals("2 (0 women)", labels.generateLabel(data, 0, staff), "on the men's segment");
        assertNull(labels.generateLabel(data, 1, staff), "not on the empty women's segment at the axis");
        assertEquals("22 (2 women)", labels.generateLabel(data, 1, experts));
        assertNull(labels.generateLabel(data, 0, experts));
    }

    @Test
    void aCountryThatNeverDeployedGetsNoCharts() {
        Map<String, JFreeChart> drawn = charts.of(BundledData.contributors().figures("ISL", YearMonth.of(2025, 7)));
        assertTrue(drawn.isEmpty(), "Iceland has never deployed in the data: " + drawn.keySet());
    }

    /** No one deployed this month: no bars to draw, but the months before still make a line. */
    @Test
    void aCountryWithNoPersonnelThisMonthGetsNoChartsButTheSeries() {
        CountryFigures qatar = BundledData.contributors().figures("QAT", YearMonth.of(2025, 7));
        assertEquals(0, qatar.total(), "Qatar's last personnel left in early 2025");
        assertEquals(List.of(BriefCharts.SERIES, BriefCharts.SERIES_LONG), List.copyOf(charts.of(qatar).keySet()));
    }

    /** Nobody in the last 24 months: the recent chart would be a flat line at zero, so only the long view. */
    @Test
    void aCountryThatLeftLongAgoGetsOnlyTheLongSeries() {
        CountryFigures bulgaria = BundledData.contributors().figures("BGR", YearMonth.of(2025, 7));
        assertEquals(List.of(BriefCharts.SERIES_LONG), List.copyOf(charts.of(bulgaria).keySet()));
    }

    @Test
    void aContributorGetsEveryChartInTheBriefsOrder() {
        CountryFigures norway = BundledData.contributors().figures("NOR", YearMonth.of(2025, 7));
        assertEquals(List.of(BriefCharts.BY_TYPE, BriefCharts.PARITY, BriefCharts.SERIES, BriefCharts.SERIES_LONG),
                List.copyOf(charts.of(norway).keySet()));
    }

    /** Qatar, April 2025: none deployed, no women; the two lines end at one point and one label says 0. */
    @Test
    void equalEndsGetOneLabel() {
        CountryFigures qatar = BundledData.contributors().figures("QAT", YearMonth.of(2025, 4));
        assertEquals(0, qatar.total());
        var labels = charts.of(qatar).get(BriefCharts.SERIES).getXYPlot().getAnnotations().stream()
                .filter(a -> a instanceof org.jfree.chart.annotations.XYTextAnnotation).toList();
        assertEquals(1, labels.size(), "one label for 0 and 0");
        CountryFigures belgium = BundledData.contributors().figures("BEL", YearMonth.of(2025, 7));
        assertEquals(2, charts.of(belgium).get(BriefCharts.SERIES).getXYPlot().getAnnotations().stream()
                .filter(a -> a instanceof org.jfree.chart.annotations.XYTextAnnotation).count(), "1 and 0: two labels");
    }

    /** The parity chart's width in the brief (86 mm), in points. */
    private static final double PARITY_WIDTH = 86 / 25.4 * 72;

    /** Türkiye, July 2025: troops 1.1% (1 woman of 87), too short a bar for its share; police 11.5%. */
    @Test
    void aShareTooLongForItsBarIsWrittenAfterItsEnd() {
        CountryFigures turkey = BundledData.contributors().figures("TUR", YearMonth.of(2025, 7));
        List<double[]> labels = shareLabels(charts.of(turkey).get(BriefCharts.PARITY), 2);
        assertEquals(2, labels.size(), "troops and individual police charted");
        assertEquals(1 / 87.0, labels.get(0)[0], 1e-9);
        assertEquals(labels.get(0)[0], labels.get(0)[1], "1.1% after the bar's end");
        assertEquals(3 / 26.0, labels.get(1)[0], 1e-9);
        assertEquals(0, labels.get(1)[1], "11.5% inside its bar, from the base");
    }

    /** Norway, July 2025: 11.1% and 27.3%, each inside its bar from the base (27.3% is close to its 30% target line). */
    @Test
    void aShareThatFitsItsBarIsWrittenFromItsBase() {
        CountryFigures norway = BundledData.contributors().figures("NOR", YearMonth.of(2025, 7));
        for (double[] l : shareLabels(charts.of(norway).get(BriefCharts.PARITY), 2)) {
            assertEquals(0, l[1], "share " + l[0]);
        }
    }

    /** After a short bar only where the text then stays clear of the target line; otherwise at the base. */
    @Test
    void aShareAfterItsBarNeverReachesTheTargetLine() {
        Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        NumberAxis axis = new NumberAxis();
        axis.setRange(0, 1);
        Rectangle2D area = new Rectangle2D.Double(0, 0, 200, 40);
        assertEquals(0.05, new ParityChart.ShareLabel(" 5.0%", "Troops", 0.05, 0.5).start(g2, area, axis, RectangleEdge.TOP),
                "a 10-point bar; the target 100 points away");
        assertEquals(0, new ParityChart.ShareLabel(" 5.0%", "Troops", 0.05, 0.15).start(g2, area, axis, RectangleEdge.TOP),
                "a 10-point bar; the target 30 points from the base, within the text's reach");
        assertEquals(0.05, new ParityChart.ShareLabel(" 5.0%", "Troops", 0.05, 0.04).start(g2, area, axis, RectangleEdge.TOP),
                "the target inside the bar");
        assertEquals(0, new ParityChart.ShareLabel(" 50.0%", "Troops", 0.5, 0.15).start(g2, area, axis, RectangleEdge.TOP),
                "a 100-point bar holds its text");
        g2.dispose();
    }

    /** Each share label of a parity chart drawn at the brief's size: {share, where its text starts on the share axis}. */
    private static List<double[]> shareLabels(JFreeChart chart, int rows) {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle2D.Double(0, 0, PARITY_WIDTH, 32 + 19 * rows), info);
        Rectangle2D data = info.getPlotInfo().getDataArea();
        CategoryPlot plot = chart.getCategoryPlot();
        List<double[]> found = new ArrayList<>();
        for (Object a : plot.getAnnotations()) {
            if (a instanceof ParityChart.ShareLabel label) {
                double share = plot.getDataset().getValue(0, plot.getDataset().getColumnIndex(label.getCategory())).doubleValue();
                found.add(new double[] {share, label.start(g2, data, plot.getRangeAxis(), plot.getRangeAxisEdge())});
            }
        }
        g2.dispose();
        return found;
    }
}
