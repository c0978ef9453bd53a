package briefs.render;

import briefs.derive.SetOverview;
import briefs.model.ParityTarget;
import briefs.model.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the overview template is given: the set's figures, the files written and those that
 * failed, the data sets, which charts exist, the day and the formats. Only figures and names,
 * never markup.
 *
 * @param failed  the countries of the run that could not be produced, by ISO3 (the overview
 *                says so, so a reader does not take the set for complete)
 * @param charts  the ids of the charts drawn (see {@link OverviewCharts})
 * @param fmt     the number and date formats of {@code lang}
 * @param lang    the language: its names of countries, categories and sources
 */
public record OverviewView(SetOverview overview, List<String> failed, LocalDate made, List<Source> sources,
                           List<ParityTarget> parityTargets, Set<String> charts, BriefFormat fmt, Language lang) {
    public OverviewView(SetOverview overview, List<String> failed, LocalDate made, List<Source> sources,
                        List<ParityTarget> parityTargets, Set<String> charts, Language lang) {
        this(overview, failed, made, sources, parityTargets, charts, lang.fmt(), lang);
    }

    public OverviewView {
        failed = List.copyOf(failed);
        sources = List.copyOf(sources);
        parityTargets = List.copyOf(parityTargets);
        charts = Set.copyOf(charts);
    }
}
