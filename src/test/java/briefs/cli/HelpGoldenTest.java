package briefs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@code briefs --help} against a golden text file, so a change to what users read is a
 * reviewed diff. When the change is intended, rewrite the file:
 * {@code mvn test -Dtest=HelpGoldenTest -Dbriefs.updateGolden=true} and commit it.
 *
 * <p>The list of commands is left out of the golden file: commands are added by several people,
 * and each would otherwise have to rewrite it. {@link #everyCommandIsListedWithADescription()}
 * checks that list instead.
 */
class HelpGoldenTest {
    private static final String GOLDEN = "briefs-help.txt";
    private static final Path SOURCE = Path.of("src/test/resources/briefs/cli", GOLDEN);
    private static final String COMMANDS_PLACEHOLDER = "  (one line per command)";

    @Test
    void topLevelHelpMatchesTheGoldenFile() throws IOException {
        CommandRun run = CommandRun.briefs("--help");
        assertEquals(ExitCodes.DONE, run.exitCode());
        String help = withoutCommandList(run.out());
        if (Boolean.getBoolean("briefs.updateGolden")) {
            Files.writeString(SOURCE, help, StandardCharsets.UTF_8);
        }
        assertEquals(golden(), help,
                "briefs --help changed; if that is intended, run: "
                        + "mvn test -Dtest=HelpGoldenTest -Dbriefs.updateGolden=true");
    }

    @Test
    void everyCommandIsListedWithADescription() {
        CommandRun run = CommandRun.briefs("--help");
        List<String> listed = commandList(run.out());
        for (String name : Main.commandLine().getSubcommands().keySet()) {
            assertTrue(listed.stream().anyMatch(line -> line.matches("  " + name + " +\\S.*")),
                    name + " is not listed with a description in:\n" + String.join("\n", listed));
        }
    }

    private static List<String> commandList(String help) {
        List<String> lines = help.lines().toList();
        int start = lines.indexOf("Commands:") + 1;
        int end = start;
        while (end < lines.size() && !lines.get(end).isBlank()) {
            end++;
        }
        return lines.subList(start, end);
    }

    private static String withoutCommandList(String help) {
        List<String> out = new ArrayList<>();
        boolean inList = false;
        for (String line : help.split("\n", -1)) {
            if (inList && line.isBlank()) {
                inList = false;
            } else if (inList) {
                continue;
            }
            out.add(line);
            if (line.equals("Commands:")) {
                inList = true;
                out.add(COMMANDS_PLACEHOLDER);
            }
        }
        return String.join("\n", out);
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
