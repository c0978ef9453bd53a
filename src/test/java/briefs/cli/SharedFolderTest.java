package briefs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people run the tool on one shared folder: two {@code briefs all} and a {@code briefs brief}
 * started together, each in a process of its own, all finish with every file written, none
 * deleting the other's files in progress. The later ones wait for the folder and say so.
 */
class SharedFolderTest {
    private static final List<String> COUNTRIES = List.of("NOR", "SWE", "ISL", "CIV", "NPL", "BGD");

    @TempDir
    Path root;

    @Test
    void runsStartedTogetherInOneFolderAllSucceed() throws Exception {
        Path out = root.resolve("shared");
        Process first = start(out, "first", "all", "--jobs", "1", "--countries", String.join(",", COUNTRIES));
        Process second = start(out, "second", "all", "--jobs", "1", "--countries", String.join(",", COUNTRIES));
        Process third = start(out, "third", "brief", "NOR");
        for (Process p : List.of(first, second, third)) {
            assertTrue(p.waitFor(300, TimeUnit.SECONDS), "a run did not finish");
        }
        String logs = log("first") + log("second") + log("third");
        assertEquals(List.of(0, 0, 0), List.of(first.exitValue(), second.exitValue(), third.exitValue()), logs);
        assertFalse(logs.contains("cannot be replaced") || logs.contains("removed"), logs);
        assertTrue(logs.contains("waiting for `briefs "), "a later run says what it waits for:\n" + logs);
        List<String> files = AllCommandTest.files(out);
        assertTrue(files.stream().noneMatch(f -> f.startsWith(".")), files.toString());
        for (String iso3 : COUNTRIES) {
            assertTrue(files.contains(iso3 + "-brief-2025-07.pdf") && files.contains(iso3 + "-annex-2025-07.xlsx"), files.toString());
        }
    }

    private Process start(Path out, String name, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Djava.awt.headless=true", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--out", out.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(root.resolve(name + ".log").toFile()).start();
    }

    private String log(String name) throws IOException {
        return "--- " + name + ":\n" + Files.readString(root.resolve(name + ".log"), StandardCharsets.UTF_8);
    }
}
