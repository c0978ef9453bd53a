package briefs.render;

import briefs.derive.CountryFigures;
import briefs.model.ParityTarget;
import briefs.model.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a brief template is given: the country's figures, the data sets they come from, the parity
 * targets, which charts exist, the day the brief is made and the formats. Only figures, never
 * markup: the template decides every word and tag.
 *
 * @param figures       the country in the brief's month
 * @param made          the day the brief is made (the title block prints it)
 * @param sources       the data sets, with publisher and as-of date
 * @param parityTargets every Uniformed Gender Parity Strategy target, by category and year
 * @param charts        the ids of the charts drawn for this country (see {@link BriefCharts});
 *                      a template places {@code <object type="application/x-chart" data="ID">}
 *                      only for these and writes a sentence instead of the others
 * @param fmt           number, share and date formats
 * @param compact       whether to lay the brief out tighter (smaller charts, less space), for a
 *                      country whose brief does not fit its pages otherwise
 * @param tight         whether to lay it out tighter still (compact too): for the few briefs
 *                      that the compact layout does not fit either (Nepal's, in months with
 *                      fifteen operations)
 * @param lang          the language: its names of countries, operations and types
 *                      ({@code lang.country(figures.country)}, {@code lang.type(t.type)}, ...);
 *                      its sentences are the wording templates the localized lookup picks
 */
public record BriefView(CountryFigures figures, LocalDate made, List<Source> sources,
                        List<ParityTarget> parityTargets, Set<String> charts, BriefFormat fmt, boolean compact,
                        Language lang, boolean tight) {
    public BriefView {
        sources = List.copyOf(sources);
        parityTargets = List.copyOf(parityTargets);
        charts = Set.copyOf(charts);
    }

    /** The English brief in its usual layout. */
    public BriefView(CountryFigures figures, LocalDate made, List<Source> sources, List<ParityTarget> parityTargets,
                     Set<String> charts, BriefFormat fmt) {
        this(figures, made, sources, parityTargets, charts, fmt, false, Language.english(), false);
    }

    /** The brief in a language, in its usual layout. */
    public BriefView(CountryFigures figures, LocalDate made, List<Source> sources, List<ParityTarget> parityTargets,
                     Set<String> charts, Language lang) {
        this(figures, made, sources, parityTargets, charts, lang.fmt(), false, lang, false);
    }

    /** The same brief laid out tighter. */
    public BriefView compacted() {
        return new BriefView(figures, made, sources, parityTargets, charts, fmt, true, lang, false);
    }

    /** The same brief in its tightest layout, compact and tight. */
    public BriefView tightened() {
        return new BriefView(figures, made, sources, parityTargets, charts, fmt, true, lang, true);
    }

    /** The layouts a brief is tried in, loosest first, until one fits its pages. */
    public List<BriefView> tighter() {
        return List.of(compacted(), tightened());
    }

}
