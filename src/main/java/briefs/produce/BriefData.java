package briefs.produce;

import briefs.derive.SetFigures;
import briefs.load.DataDirectory;
import briefs.load.LoadedData;
import briefs.load.ParsedDataFiles;
import briefs.load.StandingsIndex;
import briefs.model.BadInputException;
import briefs.model.Country;
import briefs.model.DataSet;
import briefs.model.Problem;
import briefs.validate.Validation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The data a few briefs need, read as cheaply as it can be. With a current
 * {@link StandingsIndex} only the reference files, the index and the chosen countries' files
 * are read; ranks and UN-wide totals come from the index. Without one (never imported, or a
 * country file changed since) every country file is read, as before. Either way the chosen
 * countries pass the same rules and get the same figures.
 *
 * @param chosen   the countries asked for, in the order typed, each once
 * @param rejected the problems of country files set aside (only the full read finds them)
 */
record BriefData(SetFigures contributors, List<Country> chosen, List<Problem> rejected) {

    /** @param templatesDir whose languages' country names may be typed too ({@link CountryLookup}) */
    static BriefData load(Path dataDir, Path templatesDir, List<String> typed) {
        return load(dataDir, templatesDir, null, typed);
    }

    /** @param keptDir where the country files' records are kept as parsed ({@link ParsedDataFiles}), or null */
    static BriefData load(Path dataDir, Path templatesDir, Path keptDir, List<String> typed) {
        // A few files are read: their records are taken from what a full read kept, and nothing is kept from here.
        ParsedDataFiles kept = ParsedDataFiles.in(keptDir, dataDir).readOnly();
        Optional<StandingsIndex> index = StandingsIndex.readIfCurrent(dataDir, kept);
        if (index.isEmpty()) {
            LoadedData data = Session.screened(dataDir, keptDir);
            SetFigures contributors = SetFigures.of(data);
            CountryLookup lookup = new CountryLookup(contributors.countries(), data.rejected().isEmpty(), templatesDir);
            return new BriefData(contributors, find(lookup, typed, data.rejected()), data.rejected());
        }
        DataSet dataSet = DataDirectory.loadReference(dataDir, kept);
        List<Country> names = new ArrayList<>();
        for (StandingsIndex.CountryEntry e : index.get().countries()) {
            // Only what a lookup reads: codes and names. The files are read below for the chosen few.
            names.add(new Country(e.iso3(), e.iso2(), null, e.name(), e.name(), e.officialName(), e.commonName(), e.unMember(),
                    null, null, null, List.of(), e.sourceNames(), List.of(), List.of(), List.of(), List.of()));
        }
        // A current index is every country file, each as import checked it: short forms may be taken.
        List<Country> wanted = find(new CountryLookup(names, true, templatesDir), typed);
        LoadedData read = DataDirectory.loadCountries(dataDir, dataSet, wanted.stream().map(Country::iso3).toList(), kept);
        // The rules hold here too, but for files a full read found to pass with these reference files.
        LoadedData data = new Validation(dataSet).screen(read, dataDir);
        if (!data.rejected().isEmpty()) {
            // The files are byte for byte those import checked, so this means the rules changed since: read everything.
            LoadedData screened = Session.screened(dataDir, keptDir);
            SetFigures contributors = SetFigures.of(screened);
            CountryLookup lookup = new CountryLookup(contributors.countries(), screened.rejected().isEmpty(), templatesDir);
            return new BriefData(contributors, find(lookup, typed, screened.rejected()), screened.rejected());
        }
        return new BriefData(SetFigures.of(dataSet, data.countries(), index.get()), data.countries(), List.of());
    }

    /**
     * A country not found may be one whose file was set aside: its problems say why, and
     * suggesting other countries' names for a code whose own file is broken would mislead.
     */
    private static List<Country> find(CountryLookup lookup, List<String> typed, List<Problem> rejected) {
        try {
            return find(lookup, typed);
        } catch (BadInputException e) {
            if (rejected.isEmpty()) {
                throw e;
            }
            for (String t : typed) {
                String file = t.strip().toUpperCase(Locale.ROOT) + ".json";
                List<Problem> own = rejected.stream()
                        .filter(p -> p.file() != null && Path.of(p.file()).getFileName().toString().equals(file)).toList();
                if (!own.isEmpty() && lookup.lacks(t)) {
                    throw new BadInputException(own);
                }
            }
            List<Problem> all = new ArrayList<>(rejected);
            all.addAll(e.problems());
            throw new BadInputException(all);
        }
    }

    /** The countries typed, each once, in the order first typed. */
    private static List<Country> find(CountryLookup lookup, List<String> typed) {
        Map<String, Country> found = new LinkedHashMap<>();
        for (String t : typed) {
            Country c = lookup.find(t);
            found.putIfAbsent(c.iso3(), c);
        }
        return new ArrayList<>(found.values());
    }
}
