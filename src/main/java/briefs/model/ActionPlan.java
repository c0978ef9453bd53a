package briefs.model;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * A National Action Plan on Security Council resolution 1325 (Women, Peace and Security).
 *
 * @param number  the plan's order (1 for the first), or null where no source states it
 * @param startYear null where the sources give no year (the plan is known to exist, not when)
 * @param endYear   null where the sources give none
 * @param kind      {@link #NATIONAL_ACTION_PLAN}, or {@link #STRATEGY} for a national document on
 *                  Women, Peace and Security not styled a plan (the United States' 2019 Strategy)
 */
public record ActionPlan(Integer number, Integer startYear, Integer endYear, String title, String sourceUrl,
                         String sourceNote, List<FocusArea> focusAreas, String kind) {
    public static final String NATIONAL_ACTION_PLAN = "National Action Plan";
    public static final String STRATEGY = "Strategy";

    public ActionPlan {
        focusAreas = List.copyOf(focusAreas);
    }

    /** A National Action Plan. */
    public ActionPlan(Integer number, Integer startYear, Integer endYear, String title, String sourceUrl,
                      String sourceNote, List<FocusArea> focusAreas) {
        this(number, startYear, endYear, title, sourceUrl, sourceNote, focusAreas, NATIONAL_ACTION_PLAN);
    }

    /**
     * The site of the source as a reader knows it: the host of its address, written in its own
     * letters ("lamañana.uy", where the address holds "xn--lamaana-7za.uy"); null without an address.
     */
    public String sourceSite() {
        if (sourceUrl == null) {
            return null;
        }
        String host;
        try {
            host = new URI(sourceUrl).getHost();
        } catch (URISyntaxException e) {
            host = null;
        }
        if (host == null) { // not an address with a host: what follows the scheme, up to the path
            int from = sourceUrl.indexOf("://");
            host = sourceUrl.substring(from < 0 ? 0 : from + 3);
            int slash = host.indexOf('/');
            host = slash < 0 ? host : host.substring(0, slash);
        }
        return IDN.toUnicode(host, IDN.ALLOW_UNASSIGNED);
    }

    /** Whether this is a National Action Plan (not a strategy or other document). */
    public boolean nationalActionPlan() {
        return NATIONAL_ACTION_PLAN.equals(kind);
    }
}
