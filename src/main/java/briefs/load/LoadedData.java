package briefs.load;

import briefs.model.Country;
import briefs.model.DataSet;
import briefs.model.Problem;
import java.util.List;
import java.util.Optional;

/**
 * A data folder as read: the data set's reference files, the country files that could be read,
 * and the problems of those that could not (each such file is left out of {@code countries}).
 */
public record LoadedData(DataSet dataSet, List<Country> countries, List<Problem> rejected) {
    public LoadedData {
        countries = List.copyOf(countries);
        rejected = List.copyOf(rejected);
    }

    public Optional<Country> country(String iso3) {
        return countries.stream().filter(c -> c.iso3().equals(iso3)).findFirst();
    }
}
