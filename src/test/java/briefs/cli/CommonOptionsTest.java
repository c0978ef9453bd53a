package briefs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class CommonOptionsTest {

    @Command(name = "folders")
    static final class FoldersCommand implements Callable<Integer> {
        @Mixin
        CommonOptions options;

        @Override
        public Integer call() {
            return ExitCodes.DONE;
        }
    }

    private final String savedHome = System.getProperty(CommonOptions.HOME_PROPERTY);

    @AfterEach
    void restoreHome() {
        if (savedHome == null) {
            System.clearProperty(CommonOptions.HOME_PROPERTY);
        } else {
            System.setProperty(CommonOptions.HOME_PROPERTY, savedHome);
        }
    }

    private static CommonOptions parse(String... args) {
        FoldersCommand command = new FoldersCommand();
        new CommandLine(command).parseArgs(args);
        return command.options;
    }

    @Test
    void defaultsAreFoldersOfTheBriefsHome() {
        Path home = Path.of("some", "checkout").toAbsolutePath();
        System.setProperty(CommonOptions.HOME_PROPERTY, home.toString());
        CommonOptions options = parse();
        assertEquals(home.resolve("data"), options.dataDir());
        assertEquals(home.resolve("templates"), options.templatesDir());
        assertEquals(home.resolve("output"), options.outDir());
    }

    @Test
    void withoutAHomeTheDefaultsAreInTheCurrentDirectory() {
        System.clearProperty(CommonOptions.HOME_PROPERTY);
        Path here = Path.of("").toAbsolutePath();
        assertEquals(here.resolve("data"), parse().dataDir());
        assertEquals(here, CommonOptions.home());
    }

    @Test
    void givenFoldersWinOverTheHome() {
        System.setProperty(CommonOptions.HOME_PROPERTY, Path.of("elsewhere").toAbsolutePath().toString());
        CommonOptions options = parse("--data", "d", "--templates", "t", "--out", "o");
        assertEquals(Path.of("d"), options.dataDir());
        assertEquals(Path.of("t"), options.templatesDir());
        assertEquals(Path.of("o"), options.outDir());
    }
}
