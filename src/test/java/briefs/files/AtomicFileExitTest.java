package briefs.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program stopped politely while a file is half-written, or made but not yet renamed, leaves
 * no temporary file: the case of Ctrl-C during {@code briefs brief}. Each case runs in a JVM of
 * its own ({@link #main}), since only a JVM that exits runs the shutdown hook.
 */
class AtomicFileExitTest {
    @TempDir
    Path out;

    @Test
    void aStagedFileNeverCommittedIsDeletedWhenTheProgramExits() throws Exception {
        assertEquals(0, exit("staged"));
        assertEquals(List.of(), names(), "neither the temporary file nor the target");
    }

    @Test
    void aFileBeingWrittenWhenTheProgramExitsIsDeleted() throws Exception {
        assertEquals(0, exit("writing"));
        assertEquals(List.of(), names(), "neither the temporary file nor the target");
    }

    @Test
    void aCommittedFileStays() throws Exception {
        assertEquals(0, exit("committed"));
        assertEquals(List.of("brief.pdf"), names());
        assertEquals("complete", Files.readString(out.resolve("brief.pdf")));
    }

    private int exit(String scenario) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AtomicFileExitTest.class.getName(), scenario, out.resolve("brief.pdf").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the program ended");
        return p.exitValue();
    }

    private List<String> names() throws IOException {
        try (var files = Files.list(out)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** The program of each case: it ends with System.exit, as picocli's main does. */
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[1]);
        switch (args[0]) {
            case "staged" -> {
                AtomicFile.stage(target, o -> o.write("complete".getBytes()));
                System.exit(0);
            }
            case "writing" -> {
                CountDownLatch started = new CountDownLatch(1);
                Thread writer = new Thread(() -> {
                    try {
                        AtomicFile.write(target, o -> {
                            o.write("half".getBytes());
                            o.flush();
                            started.countDown();
                            try {
                                Thread.sleep(60_000); // still writing when the program stops
                            } catch (InterruptedException e) {
                                throw new java.io.InterruptedIOException();
                            }
                        });
                    } catch (IOException e) {
                        // the program is stopping
                    }
                });
                writer.setDaemon(true);
                writer.start();
                started.await();
                System.exit(0);
            }
            case "committed" -> {
                AtomicFile.write(target, o -> o.write("complete".getBytes()));
                System.exit(0);
            }
            default -> System.exit(3);
        }
    }
}
