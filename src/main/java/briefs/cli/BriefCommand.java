package briefs.cli;

import briefs.derive.Contributors;
import briefs.model.Country;
import briefs.render.BriefTemplates;
import briefs.write.CountryBriefPdf;
import briefs.write.FlyingSaucerPdf;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code briefs brief COUNTRY...}: one PDF brief per country, {@code <out>/<ISO3>-brief-<YYYY-MM>.pdf}.
 * Every country is looked up before anything is written, so a typo costs no half-done run.
 */
@Command(name = "brief",
        description = {"Write the PDF country brief of each COUNTRY for a data month (default: the latest).",
                "Prints the path of each file written."})
public final class BriefCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Mixin
    AsOfOption asOf;

    @Parameters(arity = "1..*", paramLabel = "COUNTRY",
            description = "ISO3 code or name, in any case, accents optional: NOR, norway, \"cote d'ivoire\".")
    List<String> countries;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        // One country file per brief when the standings index is current; every file otherwise.
        BriefData data = BriefData.load(options.dataDir(), countries);
        data.rejected().forEach(p -> spec.commandLine().getErr().println("skipped: " + p));
        Contributors contributors = data.contributors();
        YearMonth month = asOf.resolve(contributors);
        List<Country> chosen = data.chosen();
        CountryBriefPdf briefs = new CountryBriefPdf(new BriefTemplates(options.templatesDir()),
                new FlyingSaucerPdf(), Clock.systemDefaultZone());
        Path out = options.outDir();
        for (Country c : chosen) {
            Path written = briefs.write(contributors.figures(c.iso3(), month), contributors.dataSet(), out);
            spec.commandLine().getOut().println(written);
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.DONE;
    }
}
