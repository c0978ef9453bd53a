package briefs.render;

import briefs.derive.CountryFigures;
import briefs.derive.ParityFigures;
import briefs.derive.SetOverview;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each chart of the overview shows, as a sentence for its alternative text, from the
 * same figures and in the same order as {@link OverviewCharts} draws them.
 */
public final class OverviewChartText {
    private final BriefFormat fmt;

    public OverviewChartText(BriefFormat fmt) {
        this.fmt = fmt;
    }

    /** The sentence of each chart in {@code drawn} (ids of {@link OverviewCharts}). */
    public Map<String, String> of(SetOverview o, Set<String> drawn) {
        Map<String, String> text = new LinkedHashMap<>();
        for (String id : drawn) {
            text.put(id, switch (id) {
                case OverviewCharts.TOP -> top(o);
                case OverviewCharts.SHARES -> shares(o);
                case OverviewCharts.TARGETS -> targets(o);
                default -> throw new IllegalArgumentException("no sentence for chart " + id);
            });
        }
        return text;
    }

    private String top(SetOverview o) {
        boolean gender = o.genderReported() && o.top().stream().allMatch(f -> f.women() != null);
        List<String> bars = new ArrayList<>();
        for (CountryFigures f : o.top()) {
            bars.add(f.country().name() + " " + fmt.count(f.total())
                    + (gender ? " (" + fmt.pct(f.womenShare()) + " women)" : ""));
        }
        return "Bar chart of the " + fmt.words(o.top().size()) + " largest contributors: " + String.join(", ", bars)
                + ".";
    }

    private String shares(SetOverview o) {
        List<String> bars = new ArrayList<>();
        for (SetOverview.ShareBand b : o.shareBands()) {
            String band = b.to() == null ? fmt.pct0(b.from()) + " or more"
                    : Math.round(b.from() * 100) + " to " + fmt.pct0(b.to());
            bars.add(band + ": " + fmt.count(b.countries()) + (b.countries() == 1 ? " country" : " countries"));
        }
        return "Bar chart of countries by women's share of their personnel: " + String.join(", ", bars) + ".";
    }

    private String targets(SetOverview o) {
        List<String> bars = new ArrayList<>();
        for (SetOverview.TargetCount t : o.targets()) {
            String s = t.category() + " (target " + fmt.pct0(t.target()) + "): " + fmt.count(t.met()) + " meet it, "
                    + fmt.count(t.missed()) + " miss it";
            if (t.tooFew() > 0) {
                s += ", " + fmt.count(t.tooFew()) + " with fewer than " + ParityFigures.SMALL_GROUP + " (not judged)";
            }
            bars.add(t.noGender() > 0 ? s + ", " + fmt.count(t.noGender()) + " without gender split" : s);
        }
        return "Bar chart of countries meeting the parity targets: " + String.join("; ", bars) + ".";
    }
}
