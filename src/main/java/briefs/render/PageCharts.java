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

    public PageCharts(BriefFormat fmt) {
        this.brief = new BriefCharts(fmt);
        this.overview = new OverviewCharts(fmt);
    }

    /** The charts drawn for this country, in the order of {@link BriefCharts#of}. */
    public Map<String, Chart> brief(CountryFigures figures) {
        return paintable(brief.of(figures));
    }

    /** The charts of the overview of a set, in the order of {@link OverviewCharts#of}. */
    public Map<String, Chart> overview(SetOverview set) {
        return paintable(overview.of(set));
    }

    private static Map<String, Chart> paintable(Map<String, JFreeChart> charts) {
        Map<String, Chart> out = new LinkedHashMap<>();
        charts.forEach((id, chart) -> out.put(id, (g, area) -> chart.draw(g, area)));
        return out;
    }
}
