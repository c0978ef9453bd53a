package briefs.produce;

import briefs.derive.SetFigures;
import briefs.derive.CountryFigures;
import briefs.load.DataDirectory;
import briefs.model.BadInputException;
import briefs.model.Country;
import briefs.produce.CountryOutputs.Written;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The bulk run of {@code briefs all}: the brief and the annex of every UN member state (or of
 * the countries asked for) for one month on several workers, then the set's index workbook and
 * overview PDF. A country that fails, in its data file or in rendering, is recorded with the
 * file and the reason and the others are still written.
 *
 * <p>{@link #plan} chooses the countries and derives their figures; {@link #run} writes them.
 * Between the two the caller knows how many there are (to size a progress bar).
 */
public final class BulkRun {
    /**
     * What to make.
     *
     * @param month            the data month, or null for the latest
     * @param countries        ISO3 codes in any case, or null or empty for every UN member state
     * @param contributorsOnly only countries with uniformed personnel deployed in the month
     * @param jobs             worker threads, 1 or more
     * @param languages        language codes ({@code en}, {@code fr}, {@code preferred}); empty for English
     */
    public record Request(YearMonth month, List<String> countries, boolean contributorsOnly, int jobs,
                          List<String> languages) {
        public Request {
            if (jobs < 1) {
                throw new IllegalArgumentException("jobs < 1: " + jobs);
            }
            countries = countries == null ? List.of() : List.copyOf(countries);
            languages = languages == null ? List.of() : List.copyOf(languages);
        }

        /** In English. */
        public Request(YearMonth month, List<String> countries, boolean contributorsOnly, int jobs) {
            this(month, countries, contributorsOnly, jobs, List.of());
        }
    }

    /**
     * What a run did.
     *
     * @param countries how many countries the run was for, written or failed
     * @param pool      what the workers wrote (in ISO3 order), what failed there, and how long it took
     * @param failed    every country and file of the set that failed, in order of country
     * @param setFiles  the names of the index and the overview written
     * @param warnings  text of the countries' files the briefs print as a replacement mark ({@link Session#unshown})
     */
    public record Report(YearMonth month, int jobs, int countries, WorkerPool.Result pool, List<Failure> failed,
                         List<String> setFiles, List<Failure> warnings) {
        public Report {
            failed = List.copyOf(failed);
            setFiles = List.copyOf(setFiles);
            warnings = List.copyOf(warnings);
        }

        public List<Written> written() {
            return pool.written();
        }

        public long briefs() {
            return files("-brief-");
        }

        public long annexes() {
            return files("-annex-");
        }

        private long files(String part) {
            return pool.written().stream().flatMap(w -> w.files().stream())
                    .filter(p -> p.getFileName().toString().contains(part)).count();
        }
    }

    private final Session session;
    private final Request request;
    private final YearMonth month;
    private final List<CountryFigures> chosen;
    private final List<Failure> refused;
    private final LanguageChoice languages;
    private final List<Failure> strays;

    private BulkRun(Session session, Request request, YearMonth month, List<CountryFigures> chosen,
                    List<Failure> refused, List<Failure> strays, LanguageChoice languages) {
        this.languages = languages;
        this.session = session;
        this.request = request;
        this.month = month;
        this.chosen = List.copyOf(chosen);
        this.refused = List.copyOf(refused);
        this.strays = List.copyOf(strays);
    }

    /**
     * Chooses the countries and derives their figures. A country whose file the rules set aside,
     * or whose figures cannot be derived, is a failure of the run, not a reason to stop it.
     *
     * @throws BadChoice when a code asked for names no country file, or the month is not in the data
     */
    public static BulkRun plan(Session session, Request request) {
        SetFigures contributors = session.contributors();
        YearMonth month = session.month(request.month());
        Set<String> asked = asked(session, request.countries());
        Set<String> read = new LinkedHashSet<>();
        contributors.countries().forEach(c -> read.add(c.iso3()));
        RejectedFiles rejectedFiles = new RejectedFiles(session.rejected(), read);
        List<Failure> failed = new ArrayList<>(rejected(rejectedFiles, asked));
        List<CountryFigures> chosen = new ArrayList<>();
        for (Country c : contributors.countries()) {
            if (asked != null ? !asked.contains(c.iso3()) : !c.unMember()) {
                continue;
            }
            try {
                CountryFigures f = contributors.figures(c.iso3(), month);
                if (!request.contributorsOnly() || f.total() > 0) {
                    chosen.add(f);
                }
            } catch (RuntimeException e) {
                failed.add(Failure.of(c.iso3(), countryFile(session, c.iso3()), e));
            }
        }
        LanguageChoice languages = LanguageChoice.of(session.templates(), request.languages());
        return new BulkRun(session, request, month, chosen, failed, rejectedFiles.strays(), languages);
    }

    public YearMonth month() {
        return month;
    }

    /** How many countries the run writes (those that failed before writing are not counted). */
    public int size() {
        return chosen.size();
    }

    /**
     * Takes the output folder for this run, creating it and sweeping what killed runs left there
     * (see {@link TakenFolder#swept}); waits for another run writing to it, telling {@code waiting}
     * so. Hold it, with try-with-resources, around {@link #run}.
     */
    public TakenFolder takeFolder(Consumer<String> waiting) throws IOException {
        return session.takeOutput("all", waiting);
    }

    /**
     * Writes every country's brief and annex, then the index and the overview of those written.
     * {@code finished} hears each country's ISO3 code as it is done.
     */
    public Report run(Consumer<String> finished) throws IOException {
        Path out = session.folders().out();
        CountryOutputs outputs = session.outputs(CountryOutputs.Parts.BRIEF_AND_ANNEX).in(languages.perCountry());
        WorkerPool.Result result = new WorkerPool(outputs, session.contributors().dataSet(), out, request.jobs())
                .run(chosen, finished);
        List<Failure> failed = new ArrayList<>(refused);
        failed.addAll(result.failed());
        failed.sort(Comparator.comparing(Failure::country));
        List<String> setFiles = new ArrayList<>();
        if (!result.written().isEmpty()) {
            List<String> failedCodes = failed.stream().map(Failure::country).distinct().toList();
            SetFiles.Written set = new SetFiles(session).write(month, result.written(), failedCodes,
                    languages.ofSet());
            setFiles.addAll(set.files());
            failed.addAll(set.failed());
        }
        List<Failure> warnings = new ArrayList<>(strays);
        Set<String> made = new LinkedHashSet<>();
        chosen.forEach(f -> made.add(f.country().iso3()));
        for (Country c : session.contributors().countries()) {
            if (made.contains(c.iso3())) {
                session.unshown(c).forEach(p -> warnings.add(new Failure(c.iso3(), p.file(), p.where() + p.message())));
            }
        }
        return new Report(month, request.jobs(), chosen.size() + refused.size(), result, failed, setFiles, warnings);
    }

    /**
     * The ISO3 codes asked for, or null for the default set: each typed as a code, in any case,
     * or as a name or short form {@link CountryLookup} finds ("norway", "Ivory Coast", "UK"), or as
     * such separated by spaces ("NOR SWE UK", where a list was typed without commas), tried only once
     * the whole is none, so that "Ivory Coast" stays one country. One that names no
     * country file is a bad choice; a code whose file was rejected stays in, so that its failure
     * is reported.
     */
    private static Set<String> asked(Session session, List<String> countries) {
        if (countries.isEmpty()) {
            return null;
        }
        Set<String> known = new LinkedHashSet<>();
        session.contributors().countries().forEach(c -> known.add(c.iso3()));
        session.rejected().forEach(p -> known.add(RejectedFiles.iso3OfFile(p.file())));
        CountryLookup names = session.lookup();
        Set<String> asked = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String typed : countries) {
            if (typed.isBlank()) {
                continue;
            }
            try {
                asked.add(one(typed, known, names));
            } catch (BadInputException notOne) {
                List<String> each = eachWord(typed, known, names);
                if (each.isEmpty()) {
                    unknown.add(notOne.problems().get(0).message());
                }
                asked.addAll(each);
            }
        }
        if (!unknown.isEmpty()) {
            throw new BadChoice(String.join(",", countries), String.join("; ", unknown) + " (the country files are in "
                    + session.folders().data().resolve(DataDirectory.COUNTRIES) + ")");
        }
        return asked;
    }

    /**
     * The country {@code typed} is: a code with a country file (one set aside included), or what
     * {@link CountryLookup} finds.
     */
    private static String one(String typed, Set<String> known, CountryLookup names) {
        String code = typed.strip().toUpperCase(Locale.ROOT);
        return known.contains(code) ? code : names.find(typed).iso3();
    }

    /** Each word of {@code typed} as a country, when it has several words and each is one; else none. */
    private static List<String> eachWord(String typed, Set<String> known, CountryLookup names) {
        String[] words = typed.strip().split("\\s+");
        List<String> each = new ArrayList<>();
        for (String word : words) {
            try {
                each.add(one(word, known, names));
            } catch (BadInputException notOne) {
                return List.of();
            }
        }
        return words.length > 1 ? each : List.of();
    }

    /** One failure per rejected country file that the run asked for (all of them by default). */
    private static List<Failure> rejected(RejectedFiles files, Set<String> asked) {
        return files.countries().stream().filter(iso3 -> asked == null || asked.contains(iso3))
                .map(files::failure).toList();
    }

    private static Path countryFile(Session session, String iso3) {
        return session.folders().data().resolve(DataDirectory.COUNTRIES).resolve(iso3 + ".json");
    }
}
