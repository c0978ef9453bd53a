package briefs.render;

import briefs.derive.CountryFigures;
import briefs.derive.ParityFigures;
import briefs.derive.SeriesPoint;
import briefs.derive.TypeFigures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each chart of a brief shows, as a sentence a listener can use instead of the picture
 * (the chart's alternative text in the tagged PDF): "Bar chart: 15 staff officers (2 women), 12
 * experts on mission (1 woman)". Made from the same figures and in the same order as
 * {@link BriefCharts} draws them, so the sentence and the bars cannot disagree.
 */
public final class BriefChartText {
    private final BriefFormat fmt;
    private final Language lang;

    /** English sentences. */
    public BriefChartText(BriefFormat fmt) {
        this(Language.english());
    }

    /** Sentences in a language, from the patterns of its words file ({@code alt.*}). */
    public BriefChartText(Language lang) {
        this.lang = lang;
        this.fmt = lang.fmt();
    }

    /** The sentence of each chart in {@code drawn} (ids of {@link BriefCharts}). */
    public Map<String, String> of(CountryFigures f, Set<String> drawn) {
        Map<String, String> text = new LinkedHashMap<>();
        for (String id : drawn) {
            text.put(id, switch (id) {
                case BriefCharts.BY_TYPE -> byType(f);
                case BriefCharts.PARITY -> parity(f);
                case BriefCharts.SERIES -> series(f.series().subList(
                        Math.max(0, f.series().size() - BriefCharts.RECENT_MONTHS), f.series().size()));
                case BriefCharts.SERIES_LONG -> series(f.series());
                default -> throw new IllegalArgumentException("no sentence for chart " + id);
            });
        }
        return text;
    }

    private String byType(CountryFigures f) {
        boolean gender = f.genderReported()
                && f.byType().stream().allMatch(t -> t.men() != null && t.women() != null);
        List<String> bars = new ArrayList<>();
        for (TypeFigures t : f.byType()) {
            if (t.total() > 0) {
                bars.add(count(t.total(), lang.type(t.type()).toLowerCase(lang.locale()), gender ? t.women() : null));
            }
        }
        return gender ? lang.text("alt.byTypeGender", "Bar chart of personnel by type, men and women: {0}.", String.join(", ", bars))
                : lang.text("alt.byType", "Bar chart of personnel by type: {0}.", String.join(", ", bars));
    }

    private String parity(CountryFigures f) {
        List<String> bars = new ArrayList<>();
        int year = 0;
        for (ParityFigures p : f.parity()) {
            if (BriefCharts.charted(p)) {
                year = p.targetYear();
                bars.add(lang.text("alt.parityBar", "{0} {1} (target {2})",
                        lang.term(p.category()).toLowerCase(lang.locale()), fmt.pct(p.womenShare()), fmt.pct0(p.target())));
            }
        }
        return lang.text("alt.parity", "Bar chart of women''s share against the targets for {0}: {1}.",
                fmt.year(year), String.join(", ", bars));
    }

    private String series(List<SeriesPoint> points) {
        List<SeriesPoint> reported = points.stream().filter(SeriesPoint::reported).toList();
        SeriesPoint first = reported.getFirst();
        SeriesPoint last = reported.getLast();
        SeriesPoint peak = first;
        for (SeriesPoint p : reported) {
            peak = p.total() > peak.total() ? p : peak;
        }
        String start = fmt.month(first.month());
        String end = fmt.month(last.month());
        String peakMonth = fmt.month(peak.month());
        if (last.women() != null) {
            return lang.text("alt.seriesWomen", "Line chart of personnel deployed each month from {0} to {1}: {2} at the start, "
                            + "{3} at the end, of whom {4} {5,choice,0#women|1#woman|1<women}; most, {6}, in {7}.",
                    start, end, fmt.count(first.total()), fmt.count(last.total()), fmt.count(last.women()), last.women(),
                    fmt.count(peak.total()), peakMonth);
        }
        return lang.text("alt.series", "Line chart of personnel deployed each month from {0} to {1}: {2} at the start, "
                        + "{3} at the end; most, {4}, in {5}.",
                start, end, fmt.count(first.total()), fmt.count(last.total()), fmt.count(peak.total()), peakMonth);
    }

    /** "15 staff officers (2 women)", or without the women when the month has no split by gender. */
    private String count(int total, String what, Integer women) {
        return women == null ? fmt.count(total) + " " + what
                : lang.text("alt.typeBar", "{0} {1} ({2} {3,choice,0#women|1#woman|1<women})", fmt.count(total), what,
                        fmt.count(women), women);
    }
}
