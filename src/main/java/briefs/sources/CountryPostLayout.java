package briefs.sources;

/**
 * The layout of March 2018 to August 2019, "Summary of Contributions to UN Peacekeeping by Country
 * and Post": no operations at all, a country's rows by personnel type, with the country's total
 * and a grand total; read by {@link CountryFirstRows}.
 */
final class CountryPostLayout {
    static final String NAME = "2018-03 to 2019-08: by country and post, no operation";

    private CountryPostLayout() {
    }

    static boolean matches(ReportText text) {
        return OlderLayouts.top(text, 2).contains("Summary of Contributions to UN Peacekeeping by Country and Post.");
    }

    static UnReport read(ReportText text, String sha256) {
        var month = ReportDate.find(text, CountryMissionPostLayout.DATE, ReportDate.DAY_MONTH_YEAR, "date (dd/mm/yyyy)");
        return new CountryFirstRows(text.file(), false).read(text).report(month, sha256, NAME);
    }
}
