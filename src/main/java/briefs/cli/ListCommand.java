package briefs.cli;

import briefs.derive.SetFigures;
import briefs.model.Country;
import briefs.model.MonthlyDeployment;
import briefs.produce.Session;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code briefs list}: every country with its ISO3 code, name, total and rank in a month. */
@Command(name = "list",
        description = {"List every country with its ISO3 code, UN name, uniformed personnel, women",
                "and rank among contributors in the data month (default: the latest)."})
public final class ListCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--by-rank", description = "Sort by rank (largest contributor first) instead of by ISO3 code.")
    boolean byRank;

    @Override
    public Integer call() {
        // A file that breaks a rule (women above the total, totals that do not add up) shows no figure.
        Session session = Session.read(options.folders(), Clock.systemDefaultZone());
        session.rejected().forEach(p -> System.err.println("skipped: " + p));
        SetFigures contributors = session.contributors();
        YearMonth month = asOf.resolve(session);
        SetFigures.Standing standing = contributors.standing(month);
        List<Country> countries = contributors.countries();
        if (byRank) {
            countries = countries.stream().sorted(Comparator.comparing((Country c) -> standing.ranks()
                    .getOrDefault(c.iso3(), Integer.MAX_VALUE)).thenComparing(Country::iso3)).toList();
        }
        System.out.printf("%-4s %-44s %8s %7s %9s%n", "ISO3", "Country (" + month + ")", "Total", "Women", "Rank");
        for (Country c : countries) {
            MonthlyDeployment m = c.deployments().stream().filter(d -> d.month().equals(month)).findFirst().orElse(null);
            int total = m == null ? 0 : m.total();
            String women = m == null ? "0" : m.women() == null ? "n/a" : String.format("%,d", m.women());
            Integer rank = standing.ranks().get(c.iso3());
            System.out.printf("%-4s %-44s %8s %7s %9s%n", c.iso3(), shorten(c.name(), 44), String.format("%,d", total),
                    women, rank == null ? "-" : rank + " of " + standing.contributors());
        }
        System.out.printf("%d countries; %d contributors in %s; %,d uniformed personnel in all%n",
                countries.size(), standing.contributors(), month, standing.unTotal());
        return session.rejected().isEmpty() ? ExitCodes.DONE : ExitCodes.FAILED;
    }

    private static String shorten(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
