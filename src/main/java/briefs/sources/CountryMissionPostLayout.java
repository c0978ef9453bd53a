package briefs.sources;

import java.util.regex.Pattern;

/**
 * The layout of May 2017 to February 2018, "Summary of Contributions to UN Peacekeeping by
 * Country, Mission and Post": staff officers are a type of their own; read by {@link CountryFirstRows}.
 */
final class CountryMissionPostLayout {
    static final String NAME = "2017-05 to 2018-02: by country, operation and post";
    static final Pattern DATE = Pattern.compile("(\\d{1,2}/\\d{1,2}/\\d{4})");

    private CountryMissionPostLayout() {
    }

    static boolean matches(ReportText text) {
        return OlderLayouts.top(text, 2).contains("Summary of Contributions to UN Peacekeeping by Country, Mission and Post");
    }

    static UnReport read(ReportText text, String sha256) {
        var month = ReportDate.find(text, DATE, ReportDate.DAY_MONTH_YEAR, "date (dd/mm/yyyy)");
        return new CountryFirstRows(text.file(), true).read(text).report(month, sha256, NAME);
    }
}
