package briefs.produce;

import briefs.model.BadInputException;
import briefs.model.Country;
import briefs.model.CountryNames;
import briefs.model.Problem;
import briefs.render.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds a country from what a user types: an ISO3 code or a name, in any case, with or without
 * accents and curly apostrophes ({@code NOR}, {@code norway}, {@code cote d'ivoire},
 * {@code Türkiye}), compared by the rule the import uses ({@link CountryNames}). Names are the
 * UN short name, the official name, the name in common use ({@code Ivory Coast}, {@code Russia},
 * {@code South Korea}) and every spelling the UN reports used, each whole: a part of a name is no
 * name (with its country's file set aside, {@code Guinea} must not find Guinea-Bissau). A name
 * that matches nothing is bad input that lists the closest names.
 *
 * <p>Short forms last: a two-letter ISO code ({@code GB}) or the initials of the UN short name or
 * the name in common use ({@code UK}, {@code US}, {@code UAE}, {@code DPRK}, {@code U.K.}), the
 * words that start with a capital letter. One is taken only when it can mean one country: {@code SA}
 * (Saudi Arabia's code, and the initials of South Africa too) or {@code ES} (Spain's code, El
 * Salvador's initials) is bad input naming each. Since that needs every country of the data, short
 * forms are not taken from a list with countries missing (their files set aside). See
 * {@link CountryNames#shortForms}.
 *
 * <p>Between the two, the names a reader of another language of the templates folder types
 * ({@code Allemagne}, {@code Royaume-Uni}, {@code Estados Unidos}, {@code RDC}) and the other
 * English names its words file lists ({@code Britain}, {@code Holland}, {@code Burma}; see
 * {@link Language#typedNames}), read only when what was typed is no name of the data or code. One
 * that two countries could answer to is bad input naming both. "The Gambia" and "St Lucia" are
 * read as the UN writes them, Gambia and Saint Lucia.
 */
public final class CountryLookup {
    private static final int SUGGESTIONS = 5;
    private static final Pattern THE = Pattern.compile("^(?i:the)\\s+");
    private static final Pattern ST = Pattern.compile("(^|\\s)(?i:st)(?:\\.\\s*|\\s+)");
    private final List<Country> countries;
    private final boolean everyCountry;
    private final Path templatesDir;
    /** Each country's names in the other languages, read on the first name not found in English. */
    private Map<Country, Set<String>> otherNames;

    /**
     * @param everyCountry whether {@code countries} is every country of the data (no file set
     *                     aside), which short forms need
     */
    public CountryLookup(List<Country> countries, boolean everyCountry) {
        this(countries, everyCountry, null);
    }

    /**
     * As {@link #CountryLookup(List, boolean)}, with the names of the languages of
     * {@code templatesDir} (null: English names only).
     */
    public CountryLookup(List<Country> countries, boolean everyCountry, Path templatesDir) {
        this.countries = List.copyOf(countries);
        this.everyCountry = everyCountry;
        this.templatesDir = templatesDir;
    }

    /** Whether nothing matches what was typed. */
    boolean lacks(String typed) {
        try {
            find(typed);
            return false;
        } catch (BadInputException e) {
            return true;
        }
    }

    public Country find(String typed) {
        String key = CountryNames.key(asNamed(typed));
        for (Country c : countries) {
            if (c.iso3().equalsIgnoreCase(typed.strip())) {
                return c;
            }
        }
        for (Country c : countries) {
            for (String name : names(c)) {
                if (CountryNames.key(name).equals(key)) {
                    return c;
                }
            }
        }
        List<Country> named = namedInAnotherLanguage(key);
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.size() > 1) {
            throw new BadInputException(new Problem("COUNTRY", "", "\"" + typed.strip() + "\" names more than one country: "
                    + String.join(", ", named.stream().map(c -> c.name() + " (" + c.iso3() + ")").toList())
                    + "; give the ISO3 code"));
        }
        List<Country> shortFor = shortFor(key);
        if (shortFor.size() == 1 && everyCountry) {
            return shortFor.get(0);
        }
        if (!shortFor.isEmpty()) {
            String meant = String.join(", ", shortFor.stream().map(c -> c.name() + " (" + c.iso3() + ")").toList());
            throw new BadInputException(new Problem("COUNTRY", "", "\"" + typed.strip() + "\" "
                    + (shortFor.size() > 1 ? "is short for more than one country: " + meant
                            : "may be short for " + meant + ", but with country files set aside it could be theirs too")
                    + "; give the ISO3 code or the name"));
        }
        throw new BadInputException(new Problem("COUNTRY", "", "no country \"" + typed.strip()
                + "\" in the data (give an ISO3 code or a name); closest: " + String.join(", ", closest(key))));
    }

    /**
     * What was typed as the names are written: without a leading "the" ("The Gambia": the UN
     * names it Gambia) and with "Saint" for "St" ("St Lucia", "St. Kitts and Nevis").
     */
    private static String asNamed(String typed) {
        String named = ST.matcher(typed.strip()).replaceAll("$1Saint ");
        return THE.matcher(named).replaceFirst("");
    }

    /** The countries a name of another language is, in the order of the list. */
    private List<Country> namedInAnotherLanguage(String key) {
        List<Country> found = new ArrayList<>();
        for (Map.Entry<Country, Set<String>> e : otherNames().entrySet()) {
            if (e.getValue().stream().anyMatch(n -> CountryNames.key(n).equals(key))) {
                found.add(e.getKey());
            }
        }
        return found;
    }

    private synchronized Map<Country, Set<String>> otherNames() {
        if (otherNames == null) {
            Map<Country, Set<String>> names = new LinkedHashMap<>();
            List<Language> languages = new ArrayList<>();
            if (templatesDir != null) {
                for (String code : Language.available(templatesDir)) {
                    languages.add(Language.read(templatesDir, code));
                }
            }
            for (Country c : countries) {
                Set<String> own = new LinkedHashSet<>();
                languages.forEach(lang -> own.addAll(lang.typedNames(c.iso3(), c.iso2())));
                names.put(c, own);
            }
            otherNames = names;
        }
        return otherNames;
    }

    /** The countries whose two-letter code or initials {@code key} is, in the order of the list. */
    private List<Country> shortFor(String key) {
        List<Country> found = new ArrayList<>();
        for (Country c : countries) {
            if (CountryNames.shortForms(c.iso2(), c.name(), c.commonName()).contains(key)) {
                found.add(c);
            }
        }
        return found;
    }

    /** Names containing what was typed first, then the names fewest edits away. */
    private List<String> closest(String key) {
        record Scored(String label, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Country c : countries) {
            int best = Integer.MAX_VALUE;
            Set<String> all = new LinkedHashSet<>(names(c));
            all.addAll(otherNames().get(c));
            for (String name : all) {
                String n = CountryNames.key(name);
                int d = !key.isEmpty() && n.contains(key) ? 0 : CountryNames.distance(key, n);
                best = Math.min(best, d);
            }
            best = Math.min(best, CountryNames.distance(key, CountryNames.key(c.iso3())));
            scored.add(new Scored(c.name() + " (" + c.iso3() + ")", best));
        }
        scored.sort(Comparator.comparingInt(Scored::score).thenComparing(Scored::label));
        return scored.stream().limit(SUGGESTIONS).map(Scored::label).toList();
    }

    private static Set<String> names(Country c) {
        Set<String> names = new LinkedHashSet<>();
        names.add(c.name());
        if (c.officialName() != null) {
            names.add(c.officialName());
        }
        if (c.commonName() != null) {
            names.add(c.commonName());
        }
        names.addAll(c.sourceNames());
        return names;
    }
}
