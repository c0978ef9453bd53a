package briefs.safety;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real, tiny file system for failure tests: a tmpfs mounted on a folder. Mounting needs root (or
 * CAP_SYS_ADMIN); where it is not allowed, {@link #mount} says so and the caller skips with that
 * reason. Used to fill a disk and to make a folder read-only in a way that holds for root too.
 */
final class SmallDisk implements AutoCloseable {
    final Path dir;

    private SmallDisk(Path dir) {
        this.dir = dir;
    }

    /** Mounts a tmpfs of {@code kilobytes} on {@code dir}; null when this machine does not allow it. */
    static SmallDisk mount(Path dir, int kilobytes) throws IOException {
        Files.createDirectories(dir);
        return run(List.of("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", dir.toString()))
                ? new SmallDisk(dir) : null;
    }

    /** Writes a filler file until the disk refuses another byte. */
    void fill() throws IOException {
        byte[] chunk = new byte[4096];
        try (OutputStream out = Files.newOutputStream(dir.resolve("filler"))) {
            for (int i = 0; i < 1_000_000; i++) {
                out.write(chunk);
                out.flush();
            }
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("No space left")) {
                return;
            }
            throw e;
        }
        throw new IllegalStateException("the disk never filled up");
    }

    void readOnly() throws IOException {
        if (!run(List.of("mount", "-o", "remount,ro", dir.toString()))) {
            throw new IllegalStateException("cannot remount " + dir + " read-only");
        }
    }

    @Override
    public void close() throws IOException {
        run(List.of("umount", dir.toString()));
    }

    private static boolean run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
