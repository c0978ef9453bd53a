package briefs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;

class CommandListTest {

    @Command(name = "wrapped", description = {"Read the source files and write one JSON file per country to",
            "data/countries/, e.g. one per member state. Notes are kept.", "Nothing is replaced unless all validate."})
    static final class WrappedCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            return ExitCodes.DONE;
        }
    }

    @Command(name = "headed", header = "Send the drafts.", description = "A long description%nof sending.")
    static final class HeadedCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            return ExitCodes.DONE;
        }
    }

    @Command(name = "secret", hidden = true, description = "Not for users.")
    static final class HiddenCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            return ExitCodes.DONE;
        }
    }

    private static CommandLine briefs() {
        return Main.commandLine()
                .addSubcommand(new WrappedCommand())
                .addSubcommand(new HeadedCommand())
                .addSubcommand(new HiddenCommand());
    }

    @Test
    void summaryIsTheFirstWholeSentenceOfAHandWrappedDescription() {
        CommandLine wrapped = briefs().getSubcommands().get("wrapped");
        assertEquals("Read the source files and write one JSON file per country to data/countries/, e.g. one per member state.",
                CommandList.summary(wrapped.getCommandSpec()));
    }

    @Test
    void headerWinsOverDescription() {
        CommandLine headed = briefs().getSubcommands().get("headed");
        assertEquals("Send the drafts.", CommandList.summary(headed.getCommandSpec()));
    }

    @Test
    void helpListsSummariesWrappedUnderTheirColumnAndHidesHiddenCommands() {
        String help = CommandRun.of(briefs(), "--help").out();
        assertTrue(help.contains("""
                  wrapped   Read the source files and write one JSON file per country to
                              data/countries/, e.g. one per member state.
                """), help);
        assertTrue(help.contains("  headed    Send the drafts.\n"), help);
        assertTrue(!help.contains("secret"), help);
    }
}
