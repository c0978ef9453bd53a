package briefs.load;

import briefs.model.Country;
import briefs.model.DataSet;
import briefs.model.Problem;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A data folder as read: the data set's reference files, the country files that could be read,
 * and the problems of those that could not (each such file is left out of {@code countries}).
 *
 * @param screened the ISO3 codes of the countries known to pass the rules: their files, and the
 *                 reference files, have the very bytes they had when this build checked them
 *                 ({@link ParsedDataFiles}), or they were checked since they were read
 */
public record LoadedData(DataSet dataSet, List<Country> countries, List<Problem> rejected, Set<String> screened) {
    public LoadedData {
        countries = List.copyOf(countries);
        rejected = List.copyOf(rejected);
        screened = Set.copyOf(screened);
    }

    /** Countries none of which is known to pass the rules yet. */
    public LoadedData(DataSet dataSet, List<Country> countries, List<Problem> rejected) {
        this(dataSet, countries, rejected, Set.of());
    }

    public Optional<Country> country(String iso3) {
        return countries.stream().filter(c -> c.iso3().equals(iso3)).findFirst();
    }
}
