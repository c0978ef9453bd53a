/**
 * The command line: picocli commands that read their options and call the production core
 * ({@link briefs.produce}), or for {@code import} and {@code validate} the sources and validate
 * stages, and print what happened. No production logic lives here, and picocli lives nowhere else.
 *
 * <p>Each command is one class, a {@code Callable<Integer>} registered in {@link briefs.cli.Main}'s
 * {@code subcommands}. It takes the shared folders with {@code @Mixin CommonOptions options} and
 * returns an {@link briefs.cli.ExitCodes} constant. For errors it throws rather than prints:
 * {@link briefs.model.BadInputException} for bad data or templates, picocli's
 * {@code ParameterException} for a bad command-line value, with what the user typed (a
 * {@link briefs.produce.BadChoice} from the core becomes one; both exit 2 with a message, no stack
 * trace); anything else is reported as an internal error by {@link briefs.cli.ErrorReporter}, the
 * one place where exceptions become exit codes.
 *
 * <p>Commands write to {@code spec.commandLine().getOut()} / {@code getErr()} rather than
 * {@code System.out}, so tests can capture what a user sees.
 */
package briefs.cli;
