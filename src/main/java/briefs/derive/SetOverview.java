package briefs.derive;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a whole set of briefs made for one month: who contributes most, how the
 * women's share is spread, how many countries meet each parity target, where the plans stand.
 * Computed from the countries' own {@link CountryFigures}, so the overview agrees with every
 * brief in the set.
 *
 * @param countries      countries in the set
 * @param withPersonnel  of them, those with personnel deployed in the month
 * @param total          their personnel, summed
 * @param women          women among them; null when the month has no gender split
 * @param womenShare     women / total; null when total is 0 or gender is unavailable
 * @param contributors   countries the month's report lists, UN-wide (as in every brief)
 * @param unTotal        all uniformed personnel that month, UN-wide
 * @param unWomenShare   the UN-wide share of women; null when gender is unavailable
 * @param top            the largest contributors of the set, largest first, at most {@link #TOP}
 * @param topShares      the highest women's shares among countries with at least
 *                       {@link #SHARE_RANKING_MINIMUM} personnel, highest first, at most {@link #TOP_SHARES}
 * @param shareBands     countries with personnel and a gender split, by women's share
 * @param targets        per parity category: met, missed, none deployed
 * @param plans          countries per National Action Plan status, in the enum's order
 */
public record SetOverview(YearMonth month, boolean genderReported, int countries, int withPersonnel, int total,
                          Integer women, Double womenShare, int contributors, int unTotal, Double unWomenShare,
                          List<CountryFigures> top, List<CountryFigures> topShares, List<ShareBand> shareBands,
                          List<TargetCount> targets, List<PlanCount> plans) {
    /** How many countries the list of largest contributors holds. */
    public static final int TOP = 15;
    /** How many countries the list of highest women's shares holds. */
    public static final int TOP_SHARES = 10;
    /** Shares of a handful of people swing wildly; the share ranking leaves them out. */
    public static final int SHARE_RANKING_MINIMUM = 100;
    /** Band edges for the women's share, as fractions; the last band is open above. */
    private static final double[] BAND_EDGES = {0, 0.05, 0.10, 0.15, 0.20, 0.25, 0.30};

    public SetOverview {
        top = List.copyOf(top);
        topShares = List.copyOf(topShares);
        shareBands = List.copyOf(shareBands);
        targets = List.copyOf(targets);
        plans = List.copyOf(plans);
    }

    /** {@link #SHARE_RANKING_MINIMUM}, for templates. */
    public int shareRankingMinimum() {
        return SHARE_RANKING_MINIMUM;
    }

    /** {@link ParityFigures#SMALL_GROUP}, below which no target is judged, for templates. */
    public int smallGroup() {
        return ParityFigures.SMALL_GROUP;
    }

    /** Countries with a plan in force in the month's year, with or without an end year. */
    public int plansInForce() {
        return plans.stream().filter(p -> p.status() == PlanStatus.IN_FORCE || p.status() == PlanStatus.OPEN_ENDED)
                .mapToInt(PlanCount::countries).sum();
    }

    /**
     * Countries whose women's share is at least {@code from} and below {@code to}.
     *
     * @param to null for the last band, which is open above
     */
    public record ShareBand(double from, Double to, int countries) {
    }

    /**
     * One parity category across the set.
     *
     * @param met      countries with personnel in the category that meet the year's target
     * @param missed   those that do not
     * @param tooFew   those with fewer than {@link ParityFigures#SMALL_GROUP} of the category: no target judged
     * @param noGender those with personnel in the category in a month without a gender split
     */
    public record TargetCount(String category, int targetYear, double target, int met, int missed, int tooFew,
                              int noGender) {
        public int deploying() {
            return met + missed + tooFew + noGender;
        }
    }

    public record PlanCount(PlanStatus status, int countries) {
    }

    /** The overview of figures all made for the same month. */
    public static SetOverview of(List<CountryFigures> set) {
        if (set.isEmpty()) {
            throw new IllegalArgumentException("set is empty: an overview needs at least one country");
        }
        CountryFigures first = set.get(0);
        YearMonth month = first.month();
        for (CountryFigures f : set) {
            if (!f.month().equals(month)) {
                throw new IllegalArgumentException("figures of different months in one set: " + month + " and "
                        + f.month() + " (" + f.country().iso3() + ")");
            }
        }
        boolean gender = first.genderReported();
        int total = 0;
        int women = 0;
        int withPersonnel = 0;
        for (CountryFigures f : set) {
            total += f.total();
            women += f.women() == null ? 0 : f.women();
            withPersonnel += f.total() > 0 ? 1 : 0;
        }
        List<CountryFigures> top = set.stream().filter(f -> f.total() > 0)
                .sorted(Comparator.comparingInt(CountryFigures::total).reversed()
                        .thenComparing(f -> f.country().iso3()))
                .limit(TOP).toList();
        List<CountryFigures> topShares = set.stream()
                .filter(f -> f.total() >= SHARE_RANKING_MINIMUM && f.womenShare() != null)
                .sorted(Comparator.comparingDouble(CountryFigures::womenShare).reversed()
                        .thenComparing(f -> f.country().iso3()))
                .limit(TOP_SHARES).toList();
        return new SetOverview(month, gender, set.size(), withPersonnel, total, gender ? women : null,
                gender ? SetFigures.share(women, total) : null, first.contributors(), first.unTotal(),
                first.unWomenShare(), top, topShares, bands(set), targets(set), plans(set));
    }

    private static List<ShareBand> bands(List<CountryFigures> set) {
        int[] counts = new int[BAND_EDGES.length];
        for (CountryFigures f : set) {
            if (f.womenShare() == null) {
                continue;
            }
            int band = 0;
            // Compared at the precision a brief prints (0.1%), so a printed 5.0% is never in the band below 5%.
            double share = Math.round(f.womenShare() * 1000) / 1000.0;
            while (band + 1 < BAND_EDGES.length && share >= BAND_EDGES[band + 1]) {
                band++;
            }
            counts[band]++;
        }
        List<ShareBand> bands = new ArrayList<>();
        for (int i = 0; i < BAND_EDGES.length; i++) {
            bands.add(new ShareBand(BAND_EDGES[i], i + 1 < BAND_EDGES.length ? BAND_EDGES[i + 1] : null, counts[i]));
        }
        return bands;
    }

    private static List<TargetCount> targets(List<CountryFigures> set) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, ParityFigures> example = new LinkedHashMap<>();
        for (CountryFigures f : set) {
            for (ParityFigures p : f.parity()) {
                int[] c = counts.computeIfAbsent(p.category(), k -> new int[4]);
                example.putIfAbsent(p.category(), p);
                if (p.total() == 0) {
                    continue;
                }
                if (p.met() == null) {
                    c[f.genderReported() ? 2 : 3]++; // a handful of people, or a month without the split
                } else if (p.met()) {
                    c[0]++;
                } else {
                    c[1]++;
                }
            }
        }
        List<TargetCount> result = new ArrayList<>();
        counts.forEach((category, c) -> {
            ParityFigures p = example.get(category);
            result.add(new TargetCount(category, p.targetYear(), p.target(), c[0], c[1], c[2], c[3]));
        });
        return result;
    }

    private static List<PlanCount> plans(List<CountryFigures> set) {
        int[] counts = new int[PlanStatus.values().length];
        set.forEach(f -> counts[f.planStatus().ordinal()]++);
        List<PlanCount> result = new ArrayList<>();
        for (PlanStatus s : PlanStatus.values()) {
            result.add(new PlanCount(s, counts[s.ordinal()]));
        }
        return result;
    }
}
