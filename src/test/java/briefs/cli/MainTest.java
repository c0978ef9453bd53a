package briefs.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import briefs.model.BadInputException;
import briefs.model.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class MainTest {

    /** A command that exists only here, to see how the frame maps what a real command may throw. */
    @Command(name = "explode", description = "Throws what it is told to.")
    static final class ExplodingCommand implements Callable<Integer> {
        @Option(names = "--with", required = true)
        String kind;

        @Override
        public Integer call() {
            switch (kind) {
                case "bad-input" -> throw new BadInputException(List.of(
                        new Problem("data/countries/NOR.json", "$.deployments[3].women", "women (12) above total (9)"),
                        new Problem("data/countries/SWE.json", "line 4, column 7",
                                "Unexpected character ('}')\n at [Source: SWE.json; line: 4]")));
                case "wrapped-bad-input" -> throw new IllegalStateException("worker failed",
                        new BadInputException(new Problem("data/countries/XYZ.json", "", "file name XYZ does not match iso3 NOR")));
                case "bug" -> throw new IllegalStateException("figures for NOR were never derived");
                case "no-message" -> throw new NullPointerException();
                case "some-failed" -> {
                    return ExitCodes.FAILED;
                }
                default -> {
                    return ExitCodes.DONE;
                }
            }
        }
    }

    private static CommandRun withExplode(String... args) {
        CommandLine briefs = Main.commandLine().addSubcommand(new ExplodingCommand());
        return CommandRun.of(briefs, args);
    }

    @Test
    void versionPrintsTheBuildVersionAndExitsZero() {
        CommandRun run = CommandRun.briefs("--version");
        assertEquals(ExitCodes.DONE, run.exitCode());
        assertEquals("briefs " + Version.number() + "\n", run.out());
        assertTrue(Version.number().matches("\\d+\\.\\d+\\.\\d+.*"), "a filtered version, not ${project.version}: " + Version.number());
    }

    @Test
    void helpExitsZeroOnStdout() {
        CommandRun run = CommandRun.briefs("--help");
        assertEquals(ExitCodes.DONE, run.exitCode());
        assertTrue(run.out().startsWith("Usage: briefs"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void everySubcommandHasHelpAndVersion() {
        CommandLine briefs = Main.commandLine().addSubcommand(new ExplodingCommand());
        for (String name : briefs.getSubcommands().keySet()) {
            CommandRun help = CommandRun.of(Main.commandLine().addSubcommand(new ExplodingCommand()), name, "--help");
            assertEquals(ExitCodes.DONE, help.exitCode(), name + " --help");
            assertTrue(help.out().contains("Usage: briefs " + name + " "), name + " --help printed: " + help.out());
        }
        CommandRun version = withExplode("explode", "--version");
        assertEquals(ExitCodes.DONE, version.exitCode());
        assertEquals("briefs " + Version.number() + "\n", version.out());
    }

    /** A run builds only the command it names: its help and its parsing must be those of the full command line. */
    @Test
    void aCommandBuiltAloneSaysWhatItSaysAmongAll() {
        for (String name : Main.commandLine().getSubcommands().keySet()) {
            if (name.equals("help")) {
                continue;
            }
            String[] args = {"--verbose", name, "--help"};
            CommandLine alone = Main.commandLine(args);
            assertEquals(List.of(name), List.copyOf(alone.getSubcommands().keySet()), name);
            assertEquals(CommandRun.of(Main.commandLine(), args).out(), CommandRun.of(alone, args).out(), name);
        }
        assertEquals(Main.commandLine().getSubcommands().keySet(),
                Main.commandLine(new String[] {"help", "brief"}).getSubcommands().keySet());
        assertEquals(Main.commandLine().getSubcommands().keySet(),
                Main.commandLine(new String[] {"frobnicate"}).getSubcommands().keySet());
    }

    @Test
    void unknownCommandIsBadUsage() {
        CommandRun run = CommandRun.briefs("frobnicate");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().startsWith("Unknown command: 'frobnicate'\n"), run.err());
        assertTrue(run.err().contains("Try 'briefs --help' for more information."), run.err());
        assertEquals("", run.out());
    }

    @Test
    void mistypedCommandGetsASuggestion() {
        CommandRun run = withExplode("explod");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("explode"), run.err());
    }

    @Test
    void unknownOptionOfASubcommandIsBadUsageAndNamesTheSubcommand() {
        CommandRun run = withExplode("explode", "--with", "x", "--colour");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("Unknown option: '--colour'"), run.err());
        assertTrue(run.err().contains("Try 'briefs explode --help' for more information."), run.err());
    }

    @Test
    void missingRequiredOptionIsBadUsage() {
        CommandRun run = withExplode("explode");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--with"), run.err());
    }

    @Test
    void noArgumentsPrintsUsageOnStderrAndExitsTwo() {
        CommandRun run = CommandRun.briefs();
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().startsWith("Usage: briefs"), run.err());
    }

    @Test
    void badInputPrintsEachProblemOnOneLineWithoutStackTrace() {
        CommandRun run = withExplode("explode", "--with", "bad-input");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals(List.of(
                "data/countries/NOR.json: $.deployments[3].women: women (12) above total (9)",
                "data/countries/SWE.json: line 4, column 7: Unexpected character ('}') at [Source: SWE.json; line: 4]"),
                run.err().lines().toList());
        assertEquals("", run.out());
    }

    @Test
    void badInputWrappedInAnotherExceptionIsStillBadInput() {
        CommandRun run = withExplode("explode", "--with", "wrapped-bad-input");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals("data/countries/XYZ.json: file name XYZ does not match iso3 NOR\n", run.err());
    }

    @Test
    void badInputWithVerboseAddsTheStackTrace() {
        CommandRun run = withExplode("explode", "--with", "bad-input", "--verbose");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().startsWith("data/countries/NOR.json: $.deployments[3].women:"), run.err());
        assertTrue(run.err().contains("at briefs.cli.MainTest$ExplodingCommand.call"), run.err());
    }

    @Test
    void internalErrorIsOneLineAndExitsOne() {
        CommandRun run = withExplode("explode", "--with", "bug");
        assertEquals(ExitCodes.FAILED, run.exitCode());
        assertEquals("briefs: internal error: figures for NOR were never derived"
                + " (run with --verbose for the stack trace)\n", run.err());
    }

    @Test
    void internalErrorWithoutMessageNamesTheException() {
        CommandRun run = withExplode("explode", "--with", "no-message");
        assertEquals(ExitCodes.FAILED, run.exitCode());
        assertTrue(run.err().startsWith("briefs: internal error: java.lang.NullPointerException"), run.err());
    }

    @Test
    void verboseIsAcceptedBeforeOrAfterTheSubcommandAndPrintsTheStackTrace() {
        for (CommandRun run : List.of(
                withExplode("--verbose", "explode", "--with", "bug"),
                withExplode("explode", "--verbose", "--with", "bug"))) {
            assertAll(
                    () -> assertEquals(ExitCodes.FAILED, run.exitCode()),
                    () -> assertTrue(run.err().startsWith(
                            "briefs: internal error: figures for NOR were never derived\n"), run.err()),
                    () -> assertTrue(run.err().contains("java.lang.IllegalStateException"), run.err()),
                    () -> assertFalse(run.err().contains("run with --verbose"), run.err()));
        }
    }

    @Test
    void exitCodeReturnedByACommandIsTheProcessExitCode() {
        assertEquals(ExitCodes.FAILED, withExplode("explode", "--with", "some-failed").exitCode());
        assertEquals(ExitCodes.DONE, withExplode("explode", "--with", "fine").exitCode());
    }
}
