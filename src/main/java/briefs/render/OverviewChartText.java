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
    private final Language lang;
    private final BriefFormat fmt;

    /** Sentences in a language, from the patterns of its words file ({@code overview.alt.*}). */
    public OverviewChartText(Language lang) {
        this.lang = lang;
        this.fmt = lang.fmt();
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
            String name = lang.country(f.country());
            bars.add(gender ? lang.text("overview.alt.topBarWomen", "{0} {1} ({2} women)", name, fmt.count(f.total()),
                    fmt.pct(f.womenShare())) : name + " " + fmt.count(f.total()));
        }
        // Number words are English only here ("ten"); the other languages write the figure.
        int n = o.top().size();
        return lang.text("overview.alt.top", "Bar chart of the {0} largest contributors: {1}.",
                lang.isEnglish() ? fmt.words(n) : fmt.count(n), String.join(", ", bars));
    }

    private String shares(SetOverview o) {
        List<String> bars = new ArrayList<>();
        for (SetOverview.ShareBand b : o.shareBands()) {
            String band = b.to() == null ? lang.text("overview.alt.bandFrom", "{0} or more", fmt.pct0(b.from()))
                    : lang.text("overview.alt.band", "{0} to {1}", Math.round(b.from() * 100), fmt.pct0(b.to()));
            bars.add(lang.text("overview.alt.bandBar", "{0}: {1} {2,choice,0#countries|1#country|1<countries}", band,
                    fmt.count(b.countries()), b.countries()));
        }
        return lang.text("overview.alt.shares", "Bar chart of countries by women''s share of their personnel: {0}.",
                String.join(", ", bars));
    }

    private String targets(SetOverview o) {
        List<String> bars = new ArrayList<>();
        for (SetOverview.TargetCount t : o.targets()) {
            String s = lang.text("overview.alt.targetBar", "{0} (target {1}): {2} meet it, {3} miss it",
                    lang.term(t.category()), fmt.pct0(t.target()), fmt.count(t.met()), fmt.count(t.missed()));
            if (t.tooFew() > 0) {
                s += lang.text("overview.alt.tooFew", ", {0} with fewer than {1} (not judged)", fmt.count(t.tooFew()),
                        ParityFigures.SMALL_GROUP);
            }
            bars.add(t.noGender() > 0 ? s + lang.text("overview.alt.noGender", ", {0} without gender split",
                    fmt.count(t.noGender())) : s);
        }
        return lang.text("overview.alt.targets", "Bar chart of countries meeting the parity targets: {0}.",
                String.join(lang.word("overview.alt.separator", "; "), bars));
    }
}
