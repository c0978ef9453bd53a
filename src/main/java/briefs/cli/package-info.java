/**
 * The command line: picocli commands that wire the stages (load, validate, derive, render, write)
 * and nothing else.
 *
 * <p>Each command is one class, a {@code Callable<Integer>} registered in {@link briefs.cli.Main}'s
 * {@code subcommands}. It takes the shared folders with {@code @Mixin CommonOptions options} and
 * returns an {@link briefs.cli.ExitCodes} constant. For errors it throws rather than prints:
 * {@link briefs.model.BadInputException} for bad data or templates, picocli's
 * {@code ParameterException} for a bad command-line value (both exit 2 with a message, no stack
 * trace); anything else is reported as an internal error by {@link briefs.cli.ErrorReporter}, the
 * one place where exceptions become exit codes.
 *
 * <p>Commands write to {@code spec.commandLine().getOut()} / {@code getErr()} rather than
 * {@code System.out}, so tests can capture what a user sees.
 */
package briefs.cli;
