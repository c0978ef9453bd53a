package briefs.produce;

import briefs.model.LineFolding;
import briefs.model.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The country files the rules set aside, one {@link Failure} per file with its first problem.
 * A run that was asked for such a country reports it failed, as it would a brief that could not
 * be rendered, and goes on with the others.
 *
 * <p>A set-aside file named like a country that was read ({@code nor.json} beside
 * {@code NOR.json}) is no failure of that country, whose brief is made from its own file: it is
 * a stray, told once as a warning.
 */
final class RejectedFiles {
    private final Map<String, Failure> byCountry = new LinkedHashMap<>();
    private final List<Failure> strays = new ArrayList<>();

    RejectedFiles(List<Problem> rejected, Set<String> read) {
        Map<String, List<Problem>> byFile = new LinkedHashMap<>();
        rejected.forEach(p -> byFile.computeIfAbsent(p.file(), k -> new ArrayList<>()).add(p));
        byFile.forEach((file, problems) -> {
            String iso3 = iso3OfFile(file);
            if (read.contains(iso3)) {
                strays.add(new Failure(iso3, file, "not read: " + iso3 + ".json is the file of " + iso3
                        + " (a country file is named <ISO3>.json, in capitals); remove or rename this one"));
                return;
            }
            Problem first = problems.get(0);
            String more = problems.size() == 1 ? ""
                    : " (and " + (problems.size() - 1) + " more problems: briefs validate lists them)";
            // Two files for one code (nor.json beside NOR.json) are one country's failure, told once.
            byCountry.merge(iso3, new Failure(iso3, file, LineFolding.oneLine(first.where() + first.message()) + more),
                    (a, b) -> a);
        });
    }

    /** The ISO3 codes of the files set aside, in the order their problems were found. */
    List<String> countries() {
        return List.copyOf(byCountry.keySet());
    }

    /** Files set aside that are named like a country that was read from its own file. */
    List<Failure> strays() {
        return List.copyOf(strays);
    }

    /** Why the country's file was set aside, or null when it was not. */
    Failure failure(String iso3) {
        return byCountry.get(iso3);
    }

    static String iso3OfFile(String file) {
        String name = Path.of(file).getFileName().toString();
        return (name.endsWith(".json") ? name.substring(0, name.length() - 5) : name).toUpperCase(Locale.ROOT);
    }
}
