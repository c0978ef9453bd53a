package briefs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.BundledData;
import briefs.derive.CountryFigures;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
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
}
