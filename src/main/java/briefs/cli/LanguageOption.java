package briefs.cli;

import briefs.produce.BadChoice;
import briefs.produce.LanguageChoice;
import briefs.produce.Session;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --lang en|fr|es}, shared by {@code brief}, {@code all} and {@code mail}: one language or
 * several ({@code --lang en,fr}), or {@code preferred} for each country's own. A language the
 * templates folder has no wording for is a usage error naming those it has.
 */
public final class LanguageOption {
    @Option(names = "--lang", paramLabel = "LANG", split = ",",
            description = "Language of the files: en (default), fr, es, several (en,fr), or preferred "
                    + "(each country's own languages, from its data file).")
    private List<String> languages;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    /** The codes typed, or an empty list for English. */
    public List<String> asked() {
        return languages == null ? List.of() : languages;
    }

    /** The languages asked for, checked against the session's templates. */
    public LanguageChoice resolve(Session session) {
        try {
            return LanguageChoice.of(session.templates(), asked());
        } catch (BadChoice e) {
            throw Options.invalid(spec, "--lang", e);
        }
    }
}
