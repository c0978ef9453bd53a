package briefs.render;

import briefs.derive.CountryIdentity;
import briefs.model.BadInputException;
import briefs.model.PersonnelType;
import briefs.model.Problem;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A language the briefs are written in: its code ({@code en}, {@code fr}, {@code es}), its
 * formats ({@link BriefFormat} in its locale) and the words Java places itself: the names of
 * countries, operations, personnel types, parity categories and fatality categories, and the
 * words of the charts. Those words are read from the templates folder,
 * {@code wording/words.properties} (English, and the fallback of every key) and
 * {@code wording/words_<code>.properties}; a language exists when its file does, so a fourth one
 * is wording files, not code. Every name falls back to the data's English name, so a missing
 * translation shows as English (which the tests scan for) rather than as nothing.
 *
 * <p>Country names: English takes the data's names; another language takes
 * {@code country.<ISO3>} from its file and, where the file has none, the JDK's CLDR name for
 * the ISO 3166 code. Immutable and thread-safe.
 */
public final class Language {
    /** The language of the briefs when none is asked for. */
    public static final String ENGLISH = "en";
    private static final String FOLDER = "wording";
    private static final String FILE = "words";

    private static final Pattern NOT_KEY = Pattern.compile("[^A-Za-z0-9]+");
    /** The keys of the English phrases met so far: the data has a few hundred, looked up for every brief. */
    private static final ConcurrentMap<String, String> KEYS =
            new ConcurrentHashMap<>();

    private final String code;
    private final ConcurrentMap<String, MessageFormat> patterns =
            new ConcurrentHashMap<>();
    private final Properties words;
    /** The articles that make a country's name plural in a sentence (the words file's grammar.pluralArticles). */
    private final List<String> pluralArticles;
    /** The articles a country's name in a sentence may start with (grammar.articles), taken off a name typed. */
    private final List<String> articles;
    private final Locale locale;
    private final BriefFormat fmt;

    private Language(String code, Properties words) {
        this.code = code;
        this.words = words;
        this.pluralArticles = articles(words, "grammar.pluralArticles");
        this.articles = articles(words, "grammar.articles");
        String tag = words.getProperty("locale");
        this.locale = tag != null ? Locale.forLanguageTag(tag) : code.equals(ENGLISH) ? BriefFormat.LOCALE : Locale.forLanguageTag(code);
        this.fmt = new BriefFormat(locale, words.getProperty("grammar.firstOfMonth"));
    }

    /**
     * The articles a words file lists under {@code key}, each as a name starts with it: a word and
     * its space ("les "), or an elided article and no space ("l’").
     */
    private static List<String> articles(Properties words, String key) {
        return Arrays.stream(words.getProperty(key, "").split(",")).map(String::strip).filter(a -> !a.isEmpty())
                .map(a -> a.endsWith("’") || a.endsWith("'") ? a : a + " ").toList();
    }

    /** The languages a templates folder has wording for, English first. */
    public static List<String> available(Path templatesDir) {
        TreeSet<String> codes = new TreeSet<>();
        Path folder = templatesDir.resolve(FOLDER);
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.map(p -> p.getFileName().toString())
                        .filter(n -> n.matches(FILE + "_[a-z]{2,3}\\.properties"))
                        .forEach(n -> codes.add(n.substring(FILE.length() + 1, n.length() - ".properties".length())));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folder, e);
            }
        }
        codes.remove(ENGLISH);
        List<String> all = new ArrayList<>();
        all.add(ENGLISH);
        all.addAll(codes);
        return all;
    }

    /** Reads a language's words from a templates folder; an unknown code is bad input naming the known ones. */
    public static Language read(Path templatesDir, String code) {
        String c = code == null ? ENGLISH : code.strip().toLowerCase(Locale.ROOT);
        List<String> known = available(templatesDir);
        if (!known.contains(c)) {
            throw new BadInputException(new Problem("--lang", null, "unknown language '" + code
                    + "': the templates folder has wording for " + String.join(", ", known)
                    + " (a language is " + FOLDER + "/" + FILE + "_<code>.properties and its wording templates)"));
        }
        Properties words = new Properties();
        load(words, templatesDir.resolve(FOLDER).resolve(FILE + ".properties"));
        if (!c.equals(ENGLISH)) {
            Properties own = new Properties(words);
            load(own, templatesDir.resolve(FOLDER).resolve(FILE + "_" + c + ".properties"));
            words = own;
        }
        return new Language(c, words);
    }

    /** English with no words file: the data's names and the built-in chart words. */
    public static Language english() {
        return new Language(ENGLISH, new Properties());
    }

    private static void load(Properties into, Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            into.load(in);
        } catch (IOException e) {
            throw new BadInputException(new Problem(file.toString(), null, "cannot read: " + e.getMessage()), e);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(new Problem(file.toString(), null, "not a properties file: " + e.getMessage()), e);
        }
    }

    public String code() {
        return code;
    }

    public boolean isEnglish() {
        return code.equals(ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    public BriefFormat fmt() {
        return fmt;
    }

    /** What a file name adds for this language: nothing for English, "-fr" for French. */
    public String fileSuffix() {
        return isEnglish() ? "" : "-" + code;
    }

    /** A word by key, or {@code fallback} when the language has none. */
    public String word(String key, String fallback) {
        return words.getProperty(key, fallback);
    }

    /** A pattern of the words file with its arguments ({@link MessageFormat}, in the language's locale). */
    public String text(String key, String fallback, Object... args) {
        return format(word(key, fallback), args);
    }

    /**
     * A {@link MessageFormat} pattern with its arguments, in the language's locale. Each pattern is
     * parsed once: the charts' labels use a few patterns thousands of times in a bulk run, and
     * parsing a {@code choice} pattern throws and catches an exception inside the JDK each time.
     */
    public String format(String pattern, Object... args) {
        MessageFormat parsed = patterns.computeIfAbsent(pattern, p -> new MessageFormat(p, locale));
        synchronized (parsed) { // a MessageFormat keeps state while it formats
            return parsed.format(args);
        }
    }

    /** A personnel type as tables and charts head it: "Staff Officers", "Officiers d'état-major". */
    public String type(PersonnelType type) {
        return word("type." + type.name(), type.label());
    }

    /** A personnel type as a chart's axis writes it, where room is short (chart.type.X), else {@link #type}. */
    public String chartType(PersonnelType type) {
        return word("chart.type." + type.name(), type(type));
    }

    /** A parity category as a chart's axis writes it (chart.term.X), else {@link #term}. */
    public String chartTerm(String english) {
        return word("chart.term." + key(english), term(english));
    }

    /** A region as the data names it ("Africa"): {@code region.<English>} in the words file, else as the data has it. */
    public String region(String english) {
        return english == null ? null : word("region." + key(english), english);
    }

    /** A UN regional group by its code (AG, WEOG): {@code regionalGroup.<code>}, else {@code english}. */
    public String regionalGroup(String code, String english) {
        return code == null ? english : word("regionalGroup." + code, english);
    }

    /** A parity category ("Military contingents"), a fatality category or cause, a plan kind. */
    public String term(String english) {
        return english == null ? null : word("term." + key(english), english);
    }

    /**
     * Whether this language has its own word for a term of the data ({@code term.<key>} of the words
     * file); English, the data's own language, has every one.
     */
    public boolean hasTerm(String english) {
        return english != null && (code.equals(ENGLISH) || words.getProperty("term." + key(english)) != null);
    }

    /**
     * A source's title, publisher or note ({@code field}) in this language: {@code source.<id>.<field>}
     * of the words file, else as the data set writes it. A published source is cited by its own
     * title, so the words files translate only the title this data set gives its own compilation.
     */
    public String source(String id, String field, String english) {
        return english == null ? null : word("source." + id + "." + field, english);
    }

    /** Where a parity target comes from, as the data set writes it, keyed by its English text. */
    public String targetSource(String english) {
        return english == null ? null : word("targetSource." + key(english), english);
    }

    /** A note of the data set about a month (a report missing, a split not usable), keyed by its English text. */
    public String monthNote(String english) {
        return english == null ? null : word("note." + key(english), english);
    }

    /** An operation's full name; its acronym stays as the UN writes it (MINUSCA, MONUSCO). */
    public String operation(String acronym, String englishName) {
        return word("operation." + acronym, englishName);
    }

    /** Where an operation is: "Central African Republic", "République centrafricaine". */
    public String place(String acronym, String englishPlace) {
        return englishPlace == null ? null : word("place." + acronym, englishPlace);
    }

    /** A country's name in headings and tables: "Senegal", "Sénégal", "Senegal". */
    public String country(CountryIdentity c) {
        if (isEnglish()) {
            return c.name();
        }
        String cldr = commonName(c.iso2());
        return word("country." + c.iso3(), cldr != null ? cldr : c.name());
    }

    /** The name in common use in this language's locale for a two-letter code (CLDR); null when it has none. */
    private String commonName(String iso2) {
        if (iso2 == null || iso2.isBlank()) {
            return null;
        }
        String name = Locale.of("", iso2).getDisplayCountry(locale);
        return name.isBlank() || name.equalsIgnoreCase(iso2) ? null : name;
    }

    /**
     * Whether a country's name in a sentence is plural ("les Philippines", "las Bahamas"), so its
     * verbs are too: it starts with one of the articles the words file lists as plural
     * ({@code grammar.pluralArticles=les}); English lists none ("the Philippines is").
     */
    public boolean pluralName(String nameInText) {
        return pluralArticles.stream().anyMatch(nameInText::startsWith);
    }

    /** A country's name in a sentence, with its article: "the Niger", "le Sénégal", "el Uruguay". */
    public String countryInText(CountryIdentity c) {
        return isEnglish() ? c.nameInText() : word("country." + c.iso3() + ".text", country(c));
    }

    /**
     * The names a reader of this language may type for a country, beyond the data's English ones:
     * its name in the briefs ({@code country.<ISO3>}, "Royaume-Uni de Grande-Bretagne et d’Irlande
     * du Nord"), its name in a sentence without the article ("Royaume-Uni"; the articles are the
     * words file's {@code grammar.articles}), the name in common use in the language's locale
     * (CLDR: "Allemagne", "États-Unis", "Países Bajos") and the other names the words file gives
     * ({@code country.<ISO3>.also=RDC}, several separated by semicolons: short forms, a name the UN
     * does not use). For English only the last: the data's names are English.
     */
    public Set<String> typedNames(String iso3, String iso2) {
        Set<String> names = new LinkedHashSet<>();
        if (isEnglish()) {
            addOthers(names, iso3);
            return names;
        }
        String name = words.getProperty("country." + iso3);
        if (name != null) {
            names.add(name);
        }
        String inText = words.getProperty("country." + iso3 + ".text");
        if (inText != null) {
            String article = articles.stream().filter(inText::startsWith).findFirst().orElse("");
            names.add(inText.substring(article.length()).strip());
        }
        String cldr = commonName(iso2);
        if (cldr != null) {
            names.add(cldr);
        }
        addOthers(names, iso3);
        return names;
    }

    /** The names the words file lists for a country beside its own ({@code country.<ISO3>.also}). */
    private void addOthers(Set<String> names, String iso3) {
        for (String form : words.getProperty("country." + iso3 + ".also", "").split(";")) {
            if (!form.isBlank()) {
                names.add(form.strip());
            }
        }
    }

    /** A key of the words file for an English phrase: letters and digits, the rest underscores. */
    static String key(String english) {
        return KEYS.computeIfAbsent(english, e -> NOT_KEY.matcher(e.strip()).replaceAll("_"));
    }
}
