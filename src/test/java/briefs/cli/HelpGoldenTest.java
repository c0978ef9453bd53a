package briefs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * {@code briefs --help} against a golden text file, so a change to what users read is a
 * reviewed diff. When the change is intended (a new command, a new option), rewrite the file:
 * {@code mvn test -Dtest=HelpGoldenTest -Dbriefs.updateGolden=true} and commit it.
 */
class HelpGoldenTest {
    private static final String GOLDEN = "briefs-help.txt";
    private static final Path SOURCE = Path.of("src/test/resources/briefs/cli", GOLDEN);

    @Test
    void topLevelHelpMatchesTheGoldenFile() throws IOException {
        CommandRun run = CommandRun.briefs("--help");
        assertEquals(ExitCodes.DONE, run.exitCode());
        if (Boolean.getBoolean("briefs.updateGolden")) {
            Files.writeString(SOURCE, run.out(), StandardCharsets.UTF_8);
        }
        assertEquals(golden(), run.out(),
                "briefs --help changed; if that is intended, run: "
                        + "mvn test -Dtest=HelpGoldenTest -Dbriefs.updateGolden=true");
    }

    private static String golden() throws IOException {
        if (Boolean.getBoolean("briefs.updateGolden")) {
            return Files.readString(SOURCE, StandardCharsets.UTF_8);
        }
        try (InputStream in = HelpGoldenTest.class.getResourceAsStream(GOLDEN)) {
            if (in == null) {
                return "(no golden file " + SOURCE + ": run with -Dbriefs.updateGolden=true to create it)";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }
}
