package briefs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code briefs} command: it only wires. Each subcommand is one small class, a
 * {@code Callable<Integer>} returning an {@link ExitCodes} constant; adding one is one entry in
 * {@link #COMMANDS}. {@code scope = INHERIT} gives every subcommand {@code --help},
 * {@code --version} and {@code --verbose} without it declaring them.
 */
@Command(name = "briefs",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        usageHelpWidth = 80,
        descriptionHeading = "%n",
        optionListHeading = "%nOptions:%n",
        commandListHeading = "%nCommands:%n",
        description = "Country briefs (PDF) and annexes (XLSX) on UN peacekeeping and Women, Peace and Security.",
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0   all done",
            "  1   some outputs failed, or an internal error",
            "  2   bad usage or bad input",
        })
public final class Main {
    static final String VERBOSE = "--verbose";

    /** The subcommands, in the order of the work: data in, one brief, all of them, sending, serving, measuring. */
    static final List<Class<?>> COMMANDS = List.of(
            ImportCommand.class,
            ValidateCommand.class,
            ListCommand.class,
            BriefCommand.class,
            AllCommand.class,
            MailCommand.class,
            ServeCommand.class,
            BenchCommand.class,
            HelpCommand.class);

    @Option(names = VERBOSE, scope = ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean verbose;

    public static void main(String[] args) {
        CommandLine briefs = commandLine(args);
        int code = briefs.execute(args);
        briefs.getOut().flush();
        System.out.flush();
        // PrintStream and PrintWriter swallow write errors: a list sent to a full disk would exit 0.
        // A pipe whose reader stopped reading (`briefs list | head`) took what its reader wanted.
        if ((System.out.checkError() || briefs.getOut().checkError()) && code == ExitCodes.DONE && !toAPipe()) {
            System.err.println("briefs: standard output could not be written (is the disk full?);"
                    + " what was printed is incomplete");
            code = ExitCodes.BAD_INPUT;
        }
        System.exit(code);
    }

    /** Whether standard output is a pipe; false where the system does not say (Linux does, in /proc). */
    private static boolean toAPipe() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString().startsWith("pipe:");
        } catch (IOException | RuntimeException unknown) {
            return false;
        }
    }

    /** The configured command line with every subcommand, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        return commandLine(COMMANDS);
    }

    /**
     * The command line for {@code args}: when they name a subcommand, with that one alone. Picocli
     * builds a command's model from its annotations by reflection, and building all nine took
     * most of a cold {@code briefs --version} (0.5 of 0.7 s); a run uses one. Anything else (no
     * command, {@code help}, a word that names none) gets them all, for the usage and the
     * suggestions it prints.
     */
    public static CommandLine commandLine(String[] args) {
        String word = null;
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                word = arg;
                break;
            }
        }
        for (Class<?> command : COMMANDS) {
            Command named = command.getAnnotation(Command.class);
            if (command != HelpCommand.class && named != null && named.name().equals(word)) {
                return commandLine(List.of(command));
            }
        }
        return commandLine();
    }

    private static CommandLine commandLine(List<Class<?>> commands) {
        ErrorReporter errors = new ErrorReporter();
        CommandLine briefs = new CommandLine(new Main());
        for (Class<?> command : commands) {
            briefs.addSubcommand(command);
        }
        briefs.setExecutionExceptionHandler(errors).setParameterExceptionHandler(errors);
        briefs.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, new CommandList());
        return briefs;
    }
}
