package briefs.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import briefs.cli.ExitCodes;
import briefs.cli.Main;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output that cannot be written is a failure, not a success: {@code briefs list > /dev/full}
 * exits 2 and says so, in a JVM of its own whose standard output is the full device. A pipe whose
 * reader stopped reading ({@code briefs list | head}) is no failure: the reader took what it wanted.
 */
class FullOutputTest {
    private static final File FULL = new File("/dev/full");

    @Test
    void aListSentToAFullDiskExitsTwo(@TempDir Path root) throws IOException, InterruptedException {
        assumeTrue(FULL.exists(), "no /dev/full on this system: the full-disk case is not tested here");
        Path err = root.resolve("err.txt");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "list"))
                .redirectOutput(FULL).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "list finished");
        String said = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(ExitCodes.BAD_INPUT, p.exitValue(), said);
        assertTrue(said.contains("standard output could not be written"), said);
    }

    @Test
    void aListToAPipeWhoseReaderStoppedExitsZeroWithoutAWord(@TempDir Path root) throws IOException, InterruptedException {
        assumeTrue(Files.isSymbolicLink(Path.of("/proc/self/fd/1")), "no /proc on this system: a pipe is not told apart");
        Path err = root.resolve("err.txt");
        // `true` reads nothing and is gone long before the list is ready: every write of it fails.
        List<Process> pipeline = ProcessBuilder.startPipeline(List.of(
                new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "list"))
                        .redirectError(err.toFile()),
                new ProcessBuilder("true")));
        Process list = pipeline.get(0);
        assertTrue(list.waitFor(300, TimeUnit.SECONDS), "list finished");
        assertEquals(ExitCodes.DONE, list.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
        assertEquals("", Files.readString(err, StandardCharsets.UTF_8), "as `briefs list | head` should be");
    }

    @Test
    void aListToAFileStillExitsZero(@TempDir Path root) throws IOException, InterruptedException {
        Path out = root.resolve("out.txt");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "list"))
                .redirectOutput(out.toFile()).redirectErrorStream(false).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "list finished");
        assertEquals(ExitCodes.DONE, p.exitValue());
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("NOR "), "the list was written");
    }
}
