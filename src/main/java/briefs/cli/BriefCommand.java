package briefs.cli;

import briefs.produce.TakenFolder;
import briefs.derive.SetFigures;
import briefs.model.Country;
import briefs.produce.CountryOutputs;
import briefs.produce.LanguageChoice;
import briefs.produce.Session;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code briefs brief COUNTRY...}: per country, the PDF brief {@code <out>/<ISO3>-brief-<YYYY-MM>.pdf}
 * and its Excel annex {@code <out>/<ISO3>-annex-<YYYY-MM>.xlsx} (or only one of them).
 * Every country is looked up before anything is written, so a typo costs no half-done run.
 */
@Command(name = "brief",
        description = {"Write the PDF country brief and its Excel annex of each COUNTRY for a data month",
                "(default: the latest). Prints the path of each file written."})
public final class BriefCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Mixin
    AsOfOption asOf;

    @Mixin
    LanguageOption lang;

    @Parameters(arity = "1..*", paramLabel = "COUNTRY",
            description = "ISO3 code or name in English, French or Spanish (the UN's, or the one in common "
                    + "use), in any case, accents optional: NOR, norway, \"cote d'ivoire\", \"Ivory Coast\", Allemagne.")
    List<String> countries;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Parts parts = new Parts();

    /** --no-annex and --annex-only, one at most. */
    static final class Parts {
        @Option(names = "--no-annex", description = "Write the PDF brief only.")
        boolean noAnnex;

        @Option(names = "--annex-only", description = "Write the Excel annex only.")
        boolean annexOnly;

        CountryOutputs.Parts chosen() {
            return noAnnex ? CountryOutputs.Parts.BRIEF_ONLY
                    : annexOnly ? CountryOutputs.Parts.ANNEX_ONLY : CountryOutputs.Parts.BRIEF_AND_ANNEX;
        }
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        // One country file per brief when the standings index is current; every file otherwise.
        Session session = Session.openFor(options.folders(), Clock.systemDefaultZone(), countries);
        session.rejected().forEach(p -> spec.commandLine().getErr().println("skipped: " + p));
        YearMonth month = asOf.resolve(session);
        LanguageChoice languages = lang.resolve(session);
        SetFigures contributors = session.contributors();
        CountryOutputs.Parts which = (parts == null ? new Parts() : parts).chosen();
        ExecutorService side = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "annex");
            t.setDaemon(true);
            return t;
        });
        try (TakenFolder folder = session.takeOutput("brief", spec.commandLine().getErr()::println)) {
            CountryOutputs outputs = session.outputs(which, side).in(languages.perCountry());
            for (Country c : session.chosen()) {
                if (which != CountryOutputs.Parts.ANNEX_ONLY) {
                    session.unshown(c).forEach(p -> spec.commandLine().getErr().println("warning: " + c.iso3() + ": " + p));
                }
                CountryOutputs.Written written;
                try {
                    written = outputs.write(contributors.figures(c.iso3(), month), contributors.dataSet(),
                            options.outDir());
                } catch (CountryOutputs.PartFailed e) {
                    throw e.rethrow();
                }
                written.files().forEach(this::print);
            }
        } finally {
            side.shutdownNow();
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.DONE;
    }

    private void print(Path written) {
        if (written != null) {
            spec.commandLine().getOut().println(written);
        }
    }
}
