package briefs.cli;

import briefs.produce.BadChoice;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Option values refused after parsing (a month the data lacks, a country it has no file for)
 * take the same road as those picocli refuses while parsing: a {@link ParameterException} that
 * names the option and what the user typed, then the synopsis; exit code 2.
 */
final class Options {
    private Options() {
    }

    /** "Invalid value for option '--as-of': 2030-01 is not in the data: ..." */
    static ParameterException invalid(CommandSpec spec, String option, BadChoice refused) {
        return invalid(spec, option, refused.typed(), refused.getMessage());
    }

    /** "Invalid value for option '--jobs': '0': must be 1 or more" */
    static ParameterException invalid(CommandSpec spec, String option, String typed, String why) {
        String message = why.startsWith(typed) ? why : "'" + typed + "': " + why;
        return new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': " + message);
    }
}
