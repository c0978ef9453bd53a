package briefs.validate;

import briefs.load.DataDirectory;
import briefs.load.Json;
import briefs.load.LoadedData;
import briefs.model.BadInputException;
import briefs.model.Country;
import briefs.model.DataSet;
import briefs.model.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Validation as a policy. {@link #checkFile} collects every problem of a file (schema, mapping,
 * rules) for {@code briefs validate}; {@link #screen} keeps the countries that pass the rules and
 * sets the others aside with their problems, for the commands that make briefs.
 */
public final class Validation {
    private final DataSet dataSet;
    private final CountryRules rules;

    public Validation(DataSet dataSet) {
        this.dataSet = dataSet;
        this.rules = new CountryRules(dataSet);
    }

    public DataSet dataSet() {
        return dataSet;
    }

    /** Every problem of one country file; empty when it is sound. */
    public List<Problem> checkFile(Path file) {
        String name = file.toString();
        byte[] bytes = null;
        JsonNode tree;
        try {
            bytes = DataDirectory.bytes(file);
            tree = Json.mapper().readTree(bytes);
        } catch (BadInputException e) {
            return e.problems();
        } catch (JacksonException e) {
            return List.of(DataDirectory.problem(name, e, bytes));
        }
        if (tree == null || !tree.isObject()) {
            return List.of(new Problem(name, "$", "is not a JSON object"));
        }
        List<Problem> problems = new ArrayList<>(CountrySchema.check(tree, name));
        if (!problems.isEmpty()) {
            return problems;
        }
        Country country;
        try {
            country = Json.mapper().treeToValue(tree, Country.class);
        } catch (JacksonException e) {
            return List.of(DataDirectory.problem(name, e));
        }
        problems.addAll(rules.check(country, name));
        return problems;
    }

    /** The rule problems of a country already read, for the commands that make briefs. */
    public List<Problem> check(Country country, String file) {
        return rules.check(country, file);
    }

    /**
     * The loaded data less the countries that break a rule, which join the rejected files; every
     * country left is {@link LoadedData#screened}. The countries not known to pass already are
     * checked in parallel (the rules keep no state), their order kept.
     */
    public LoadedData screen(LoadedData data, Path dataDir) {
        Path countries = dataDir.resolve(DataDirectory.COUNTRIES);
        List<List<Problem>> found = data.countries().parallelStream()
                .map(c -> data.screened().contains(c.iso3()) ? List.<Problem>of()
                        : rules.check(c, countries.resolve(c.iso3() + ".json").toString()))
                .toList();
        List<Country> sound = new ArrayList<>();
        List<Problem> rejected = new ArrayList<>(data.rejected());
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).isEmpty()) {
                sound.add(data.countries().get(i));
            } else {
                rejected.addAll(found.get(i));
            }
        }
        return new LoadedData(data.dataSet(), sound, rejected, sound.stream().map(Country::iso3).collect(Collectors.toSet()));
    }
}
