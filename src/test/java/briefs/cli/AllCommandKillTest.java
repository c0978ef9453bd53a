package briefs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed part-way, as a user's Ctrl-C or a scheduler's kill does it, in a separate JVM:
 * no file under a final name is truncated, whether the JVM could clean up (SIGTERM) or not
 * (SIGKILL), and the next run leaves no temporary file.
 */
class AllCommandKillTest {
    private static final long START_TIMEOUT_SECONDS = 120;

    @TempDir
    Path out;

    @Test
    void politeKillLeavesOnlyCompleteFilesAndNoTemporaryOnes() throws Exception {
        Process run = start();
        waitForFirstFiles(run);
        run.destroy(); // SIGTERM: shutdown hooks run
        assertTrue(run.waitFor(60, TimeUnit.SECONDS), "the run stops when asked");

        List<Path> files = listing();
        assertTrue(files.stream().noneMatch(AllCommandKillTest::temporary), "temporary files swept: " + files);
        assertEveryFileComplete(files);
    }

    @Test
    void hardKillLeavesOnlyCompleteFilesUnderFinalNames() throws Exception {
        Process run = start();
        waitForFirstFiles(run);
        run.destroyForcibly(); // SIGKILL: nothing runs, temporary files may stay
        assertTrue(run.waitFor(60, TimeUnit.SECONDS));

        List<Path> files = listing();
        assertEveryFileComplete(files);

        // The next run sweeps what the killed one left and writes over its files cleanly.
        CommandRun again = CommandRun.briefs("all", "--countries", "NOR", "--out", out.toString());
        assertEquals(ExitCodes.DONE, again.exitCode(), again.out() + again.err());
        List<Path> after = listing();
        assertTrue(after.stream().noneMatch(AllCommandKillTest::temporary), "no temporary file after a rerun: " + after);
        assertEveryFileComplete(after);
    }

    /** {@code briefs all} on one worker, in a JVM of its own with this test's class path. */
    private Process start() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Djava.awt.headless=true", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "all", "--jobs", "1", "--out", out.toString());
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile()).start();
    }

    /** Waits until the run has renamed its first files into place. */
    private void waitForFirstFiles(Process run) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            if (listing().stream().filter(p -> !temporary(p)).count() >= 2) {
                return;
            }
            if (!run.isAlive()) {
                fail("the run ended before it was killed, exit " + run.exitValue() + ": "
                        + Files.readString(out.resolveSibling(out.getFileName() + ".log")));
            }
            Thread.sleep(20);
        }
        run.destroyForcibly();
        fail("no file written within " + START_TIMEOUT_SECONDS + " s");
    }

    private List<Path> listing() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String name : AllCommandTest.files(out)) {
            files.add(out.resolve(name));
        }
        return files;
    }

    private static boolean temporary(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".") && !name.equals(".briefs.lock");
    }

    private static void assertEveryFileComplete(List<Path> files) throws IOException {
        int checked = 0;
        for (Path p : files) {
            String name = p.getFileName().toString();
            if (temporary(p)) {
                continue;
            }
            if (name.endsWith(".pdf")) {
                // PDFBox repairs a cut-off file as best it can, so the end-of-file marker is checked too.
                byte[] bytes = Files.readAllBytes(p);
                String tail = new String(bytes, Math.max(0, bytes.length - 64), Math.min(64, bytes.length),
                        StandardCharsets.ISO_8859_1);
                assertTrue(tail.contains("%%EOF"), name + " ends with %%EOF");
                try (PDDocument pdf = Loader.loadPDF(bytes)) {
                    assertTrue(pdf.getNumberOfPages() >= 1, name);
                }
            } else if (name.endsWith(".xlsx")) {
                // Opened as a zip file, through its central directory at the very end, which a cut-off file lacks.
                try (OPCPackage zip = OPCPackage.open(p.toFile(), PackageAccess.READ);
                     XSSFWorkbook wb = new XSSFWorkbook(zip)) {
                    assertTrue(wb.getNumberOfSheets() >= 1, name);
                } catch (InvalidFormatException e) {
                    fail(name + " does not open: " + e);
                }
            } else {
                fail("unexpected file " + name);
            }
            checked++;
        }
        assertTrue(checked >= 2, "the killed run had written files: " + files);
    }
}
