package briefs.render;

import briefs.derive.CountryFigures;
import briefs.derive.SetOverview;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * The charts of a brief or of the overview, by the id a template places them with, as
 * {@link Chart}s: what the PDF writer is given, so that only this stage imports JFreeChart.
 * Safe to share between threads (each call draws new charts).
 */
public final class PageCharts {
    private final BriefCharts brief;
    private final OverviewCharts overview;
    private final BriefChartText briefText;
    private final OverviewChartText overviewText;

    /** A brief's and an overview's charts in {@code lang}. */
    public PageCharts(Language lang) {
        this.brief = new BriefCharts(lang);
        this.overview = new OverviewCharts(lang);
        this.briefText = new BriefChartText(lang);
        this.overviewText = new OverviewChartText(lang);
    }

    /** The charts drawn for this country, in the order of {@link BriefCharts#of}, each described. */
    public Map<String, Chart> brief(CountryFigures figures) {
        Map<String, JFreeChart> charts = brief.of(figures);
        return paintable(charts, briefText.of(figures, charts.keySet()));
    }

    /** The charts of the overview of a set, in the order of {@link OverviewCharts#of}, each described. */
    public Map<String, Chart> overview(SetOverview set) {
        Map<String, JFreeChart> charts = overview.of(set);
        return paintable(charts, overviewText.of(set, charts.keySet()));
    }

    private static Map<String, Chart> paintable(Map<String, JFreeChart> charts, Map<String, String> descriptions) {
        Map<String, Chart> out = new LinkedHashMap<>();
        charts.forEach((id, chart) -> out.put(id, Chart.described((g, area) -> chart.draw(g, area),
                descriptions.get(id))));
        return out;
    }
}
