package briefs.produce;

import briefs.derive.SetFigures;
import briefs.load.DataDirectory;
import briefs.load.LoadedData;
import briefs.load.ParsedDataFiles;
import briefs.model.Country;
import briefs.model.MonthNote;
import briefs.model.Problem;
import briefs.pdf.FlyingSaucerPdf;
import briefs.render.BriefTemplates;
import briefs.render.UnshownText;
import briefs.validate.Validation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * What every production starts from, made once: the folders, the clock of the "made on" day,
 * the screened data (every country file that passes the rules, and the problems of those set
 * aside), the compiled templates and the parsed fonts. The {@code brief}, {@code all},
 * {@code mail} and {@code bench} commands open one; a web page would keep one open.
 *
 * <p>Fonts and templates are made on another core while the data loads: a few hundred
 * milliseconds of set-up each on a cold start. A session that only lists figures never waits
 * for them.
 */
public final class Session {
    private final Folders folders;
    private final Clock clock;
    private final SetFigures contributors;
    private final List<Problem> rejected;
    private final List<Country> chosen;
    private final Ready<FlyingSaucerPdf> pdf;
    private final Ready<BriefTemplates> templates;
    private FlyingSaucerPdf madePdf;
    private BriefTemplates madeTemplates;

    private Session(Folders folders, Clock clock, SetFigures contributors, List<Problem> rejected,
                    List<Country> chosen, Ready<FlyingSaucerPdf> pdf, Ready<BriefTemplates> templates) {
        this.folders = folders;
        this.clock = clock;
        this.contributors = contributors;
        this.rejected = List.copyOf(rejected);
        this.chosen = List.copyOf(chosen);
        this.pdf = pdf;
        this.templates = templates;
    }

    /** Every country file read and screened by the rules; nothing prepared for writing. */
    public static Session read(Folders folders, Clock clock) {
        LoadedData screened = screened(folders.data(), folders.kept());
        return new Session(folders, clock, SetFigures.of(screened), screened.rejected(), List.of(), null, null);
    }

    /**
     * Reads and screens every country file, keeping what was parsed and which files passed the
     * rules in the build folder ({@link ParsedDataFiles}): after an import, so that the run that
     * follows takes them instead of parsing and checking every file again. Nothing is read
     * when there is no build folder to keep them in.
     */
    public static void keep(Folders folders) {
        if (folders.kept() != null) {
            screened(folders.data(), folders.kept());
        }
    }

    /**
     * Every country file of {@code dataDir} read and screened by the rules; what was parsed, and
     * which files passed, kept in {@code keptDir} (if not null) for the next run.
     */
    static LoadedData screened(Path dataDir, Path keptDir) {
        ParsedDataFiles kept = ParsedDataFiles.in(keptDir, dataDir);
        LoadedData loaded = DataDirectory.load(dataDir, kept);
        // The rules (women at most the total, totals that add up, known months) hold before any figure is shown.
        LoadedData screened = new Validation(loaded.dataSet()).screen(loaded, dataDir);
        kept.save(screened);
        return screened;
    }

    /** Every country file read and screened, fonts and templates made meanwhile: for runs that write. */
    public static Session open(Folders folders, Clock clock) {
        Ready<FlyingSaucerPdf> pdf = Ready.begin(FlyingSaucerPdf::new);
        Ready<BriefTemplates> templates = templatesOf(folders);
        Session data = read(folders, clock);
        return new Session(folders, clock, data.contributors, data.rejected, List.of(), pdf, templates);
    }

    /**
     * Only what a few countries' outputs need, fonts and templates made meanwhile: with a current
     * standings index, one country file per country typed (see {@link BriefData}).
     *
     * @param typed ISO3 codes or names, as a user typed them; {@link #chosen} holds them found
     */
    public static Session openFor(Folders folders, Clock clock, List<String> typed) {
        Ready<FlyingSaucerPdf> pdf = Ready.begin(FlyingSaucerPdf::new);
        Ready<BriefTemplates> templates = templatesOf(folders);
        BriefData data = BriefData.load(folders.data(), folders.templates(), folders.kept(), typed);
        return new Session(folders, clock, data.contributors(), data.rejected(), data.chosen(), pdf, templates);
    }

    private static Ready<BriefTemplates> templatesOf(Folders folders) {
        return Ready.begin(() -> new BriefTemplates(folders.templates()).prepare());
    }

    public Folders folders() {
        return folders;
    }

    public Clock clock() {
        return clock;
    }

    /** The figures calculator over the screened data. */
    public SetFigures contributors() {
        return contributors;
    }

    /**
     * What the brief of a country cannot show, each text with its JSON path in the country's
     * file (see {@link UnshownText}): to be told as warnings, the brief is still written.
     */
    public List<Problem> unshown(Country country) {
        String file = folders.data().resolve(DataDirectory.COUNTRIES).resolve(country.iso3() + ".json").toString();
        return UnshownText.in(country, file);
    }

    /** The problems of the country files set aside by the rules, one or more per file. */
    public List<Problem> rejected() {
        return rejected;
    }

    /**
     * Finds a country from what a user types ({@link CountryLookup}): short forms too while no
     * country file is set aside.
     */
    public CountryLookup lookup() {
        return new CountryLookup(contributors.countries(), rejected.isEmpty(), folders.templates());
    }

    /** The countries {@link #openFor} was given, found, each once, in the order first typed. */
    public List<Country> chosen() {
        return chosen;
    }

    /** The fonts, parsed once per session; shared by every brief and the overview. */
    public FlyingSaucerPdf pdf() {
        return pdf != null ? pdf.value() : lazyPdf();
    }

    /** The brief's, the overview's and the mail's templates, compiled once per session. */
    public BriefTemplates templates() {
        return templates != null ? templates.value() : lazyTemplates();
    }

    private synchronized FlyingSaucerPdf lazyPdf() {
        if (madePdf == null) {
            madePdf = new FlyingSaucerPdf();
        }
        return madePdf;
    }

    private synchronized BriefTemplates lazyTemplates() {
        if (madeTemplates == null) {
            madeTemplates = new BriefTemplates(folders.templates());
        }
        return madeTemplates;
    }

    /**
     * Takes the output folder for a run of {@code what} ("brief", "all", "mail") that writes to it,
     * sweeping what killed runs left there; see {@link TakenFolder}.
     */
    public TakenFolder takeOutput(String what, java.util.function.Consumer<String> waiting) throws java.io.IOException {
        return TakenFolder.take(folders.out(), what, waiting);
    }

    /** A country's outputs made with this session's templates, fonts and clock, on the calling thread. */
    public CountryOutputs outputs(CountryOutputs.Parts parts) {
        return outputs(parts, null);
    }

    /**
     * A country's outputs that make the annex on {@code side} while the calling thread makes the
     * PDF (see {@link CountryOutputs}); the caller owns the executor.
     */
    public CountryOutputs outputs(CountryOutputs.Parts parts, ExecutorService side) {
        return outputs(parts, side, MadeFrom.of(folders));
    }

    /** As {@link #outputs(CountryOutputs.Parts, ExecutorService)}, labelling each file with {@code madeFrom}. */
    CountryOutputs outputs(CountryOutputs.Parts parts, ExecutorService side, MadeFrom madeFrom) {
        return new CountryOutputs(templates(), pdf(), clock, parts, side, madeFrom);
    }

    /**
     * The month asked for, or the latest of the data when none was.
     *
     * @throws BadChoice when the month is outside the data or one the UN reports lack, saying why
     */
    public YearMonth month(YearMonth asked) {
        if (asked == null) {
            return contributors.latestMonth();
        }
        if (contributors.hasMonth(asked)) {
            return asked;
        }
        var dataSet = contributors.dataSet();
        String why = dataSet.missingMonths().stream().filter(n -> n.month().equals(asked)).map(MonthNote::note)
                .findFirst().orElse("the data runs from " + dataSet.first() + " to " + dataSet.last() + ".");
        throw new BadChoice(asked.toString(), asked + " is not in the data: " + why);
    }
}
