package briefs.web;

import briefs.derive.SetFigures;
import briefs.derive.CountryFigures;
import briefs.model.Country;
import briefs.produce.BadChoice;
import briefs.produce.ServedOutputs;
import briefs.produce.Session;
import briefs.render.BriefFormat;
import briefs.render.Language;
import briefs.render.SvgCharts;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each page is given: figures from the core, never markup. The templates in
 * {@code templates/web/} decide every word and tag, as the brief's do.
 */
final class Pages {
    static final String COUNTRIES = "web/countries.ftlh";
    static final String COUNTRY = "web/country.ftlh";
    static final String BULK = "web/bulk.ftlh";
    static final String PROBLEM = "web/problem.ftlh";

    /** The countries page: every country's figures for a month, largest contributors first, in {@code lang}. */
    public record CountriesView(YearMonth month, List<YearMonth> months, List<String> languages, String language,
                                List<CountryFigures> rows, List<String> unavailable, List<String> regions,
                                BriefFormat fmt, Language lang) {
    }

    /** A country's page: its figures, which charts exist, and the months either side. */
    public record CountryView(CountryFigures figures, List<String> charts, YearMonth previous, YearMonth next,
                              List<YearMonth> months, String language, BriefFormat fmt, Language lang) {
    }

    /** The bulk page: the run going or last finished, and the months it may be started for. */
    public record BulkView(BulkJob.Status status, List<YearMonth> months, YearMonth latest, String refused,
                           BriefFormat fmt, List<String> languages) {
    }

    /** A page that says what went wrong, never how (no stack trace). */
    public record ProblemView(int status, String title, String message) {
    }

    /** A month's rows for one data version: 194 countries' figures are derived once, not per request. */
    private record RowsKey(String version, YearMonth month) {
    }

    private record Rows(List<CountryFigures> figures, List<String> unavailable) {
    }

    private final BriefFormat fmt = new BriefFormat();
    private final SvgCharts svg = new SvgCharts(fmt);
    private final Map<RowsKey, Rows> rows = new ConcurrentHashMap<>();

    CountriesView countries(ServedOutputs.Current now, YearMonth asked) {
        return countries(now, asked, now.session().templates().language(Language.ENGLISH));
    }

    /** The countries page, its links and downloads in {@code lang}. */
    CountriesView countries(ServedOutputs.Current now, YearMonth asked, Language lang) {
        Session session = now.session();
        YearMonth month = month(session, asked);
        rows.keySet().removeIf(k -> !k.version().equals(now.version()));
        Rows r = rows.computeIfAbsent(new RowsKey(now.version(), month), k -> derive(session.contributors(), month));
        List<String> regions = new ArrayList<>(new TreeSet<>(r.figures().stream().map(f -> f.country().region())
                .filter(Objects::nonNull).toList()));
        return new CountriesView(month, months(session), session.templates().languages(), lang.code(),
                r.figures(), r.unavailable(), regions, lang.fmt(), lang);
    }

    CountryView country(Session session, String iso3, YearMonth asked) {
        return country(session, iso3, asked, session.templates().language(Language.ENGLISH));
    }

    /** A country's page, the brief's words on it (bottom line, key figures, talking points) in {@code lang}. */
    CountryView country(Session session, String iso3, YearMonth asked, Language lang) {
        CountryFigures f = figures(session, iso3, asked);
        List<YearMonth> months = months(session);
        int at = months.indexOf(f.month());
        // months() is newest first: the previous month is the next in the list.
        YearMonth previous = at + 1 < months.size() ? months.get(at + 1) : null;
        YearMonth next = at > 0 ? months.get(at - 1) : null;
        return new CountryView(f, List.copyOf(svg.of(f).keySet()), previous, next, months, lang.code(),
                lang.fmt(), lang);
    }

    /** One chart of a country's page as an SVG document, in {@code lang}; 404 when the country has no such chart. */
    String chart(Session session, String iso3, YearMonth asked, String id, Language lang) {
        // A new one costs nothing (it holds the language); the session's language follows edits of its words.
        SvgCharts charts = lang.isEnglish() ? svg : new SvgCharts(lang);
        String drawn = charts.of(figures(session, iso3, asked)).get(id);
        if (drawn == null) {
            throw new NotFound("There is no chart “" + id + "” for this country and month.");
        }
        return drawn;
    }

    BulkView bulk(Session session, BulkJob.Status status, String refused) {
        return new BulkView(status, months(session), session.contributors().latestMonth(), refused, fmt,
                session.templates().languages());
    }

    /** The country's figures for the month; 404 for a code or month the data does not have. */
    CountryFigures figures(Session session, String iso3, YearMonth asked) {
        YearMonth month = month(session, asked);
        boolean known = session.contributors().countries().stream().map(Country::iso3).anyMatch(iso3::equals);
        if (!known) {
            throw new NotFound("No country has the code “" + iso3 + "” in the data. The countries page lists them all.");
        }
        return session.contributors().figures(iso3, month);
    }

    static YearMonth month(Session session, YearMonth asked) {
        try {
            return session.month(asked);
        } catch (BadChoice e) {
            throw new NotFound(e.getMessage());
        }
    }

    /** Every month with data, newest first (the picker's order). */
    static List<YearMonth> months(Session session) {
        SetFigures c = session.contributors();
        return c.dataSet().months().stream().filter(c::hasMonth).sorted(Comparator.reverseOrder()).toList();
    }

    private static Rows derive(SetFigures contributors, YearMonth month) {
        List<CountryFigures> figures = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        for (Country c : contributors.countries()) {
            try {
                figures.add(contributors.figures(c.iso3(), month));
            } catch (RuntimeException e) {
                unavailable.add(c.iso3()); // one country's bad data never hides the others
            }
        }
        figures.sort(Comparator.comparing((CountryFigures f) -> f.rank() == null || f.total() == 0)
                .thenComparing(f -> f.rank() == null ? Integer.MAX_VALUE : f.rank())
                .thenComparing(f -> f.country().name()));
        return new Rows(List.copyOf(figures), List.copyOf(unavailable));
    }
}
