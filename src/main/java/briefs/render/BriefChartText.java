package briefs.render;

import briefs.derive.CountryFigures;
import briefs.derive.ParityFigures;
import briefs.derive.SeriesPoint;
import briefs.derive.TypeFigures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    public BriefChartText(BriefFormat fmt) {
        this.fmt = fmt;
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
                bars.add(count(t.total(), t.label().toLowerCase(Locale.ROOT), gender ? t.women() : null));
            }
        }
        return "Bar chart of personnel by type" + (gender ? ", men and women" : "") + ": " + String.join(", ", bars)
                + ".";
    }

    private String parity(CountryFigures f) {
        List<String> bars = new ArrayList<>();
        int year = 0;
        for (ParityFigures p : f.parity()) {
            if (BriefCharts.charted(p)) {
                year = p.targetYear();
                bars.add(p.category().toLowerCase(Locale.ROOT) + " " + fmt.pct(p.womenShare()) + " (target "
                        + fmt.pct0(p.target()) + ")");
            }
        }
        return "Bar chart of women's share against the targets for " + fmt.year(year) + ": "
                + String.join(", ", bars) + ".";
    }

    private String series(List<SeriesPoint> points) {
        List<SeriesPoint> reported = points.stream().filter(SeriesPoint::reported).toList();
        SeriesPoint first = reported.getFirst();
        SeriesPoint last = reported.getLast();
        SeriesPoint peak = first;
        for (SeriesPoint p : reported) {
            peak = p.total() > peak.total() ? p : peak;
        }
        StringBuilder s = new StringBuilder("Line chart of personnel deployed each month from ")
                .append(fmt.month(first.month())).append(" to ").append(fmt.month(last.month())).append(": ")
                .append(fmt.count(first.total())).append(" at the start, ").append(fmt.count(last.total()))
                .append(" at the end");
        if (last.women() != null) {
            s.append(", of whom ").append(fmt.count(last.women())).append(last.women() == 1 ? " woman" : " women");
        }
        return s.append("; most, ").append(fmt.count(peak.total())).append(", in ").append(fmt.month(peak.month()))
                .append(".").toString();
    }

    /** "15 staff officers (2 women)", or without the women when the month has no split by gender. */
    private String count(int total, String what, Integer women) {
        String s = fmt.count(total) + " " + what;
        return women == null ? s : s + " (" + fmt.count(women) + (women == 1 ? " woman)" : " women)");
    }
}
