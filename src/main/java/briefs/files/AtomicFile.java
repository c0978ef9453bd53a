package briefs.files;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that its final name only ever holds a complete file: the content goes to a
 * hidden temporary file in the same folder, which is renamed over the target once it is closed.
 * A failed or interrupted write leaves the previous file, if any, untouched.
 */
public final class AtomicFile {
    /** Temporary files are named {@code .<target>.<random>.part}. */
    static final String TEMP_SUFFIX = ".part";

    /**
     * The temporary files of this process not yet renamed or deleted. When the JVM is stopped
     * politely (Ctrl-C, SIGTERM, System.exit) a hook deletes them and no new one is begun, so an
     * interrupted {@code brief} or {@code mail} leaves no hidden {@code .part} file behind. (A
     * hard kill cannot be caught: {@code all} sweeps such leftovers from its folder when it starts.)
     */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        // Never closed: the files pending at any moment are deleted, after the tasks registered later.
        Shutdown.onStop(AtomicFile::deletePending);
    }

    /** Writes the content to a stream; the stream is closed by {@link AtomicFile}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes the file. A failure of the file system (a full disk, an output folder that is a file
     * or read-only) is thrown as a {@link FileSystemException} naming the target and the reason,
     * even when the library writing the content wrapped the original error in its own exception.
     */
    public static void write(Path target, Content content) throws IOException {
        stage(target, content).commitOrDiscard();
    }

    /**
     * Writes the complete content under a temporary name beside the target and leaves it there
     * until {@link Staged#commit}: files that belong together (a brief and its annex) are all
     * made before any of them replaces its previous version, so a failure in one leaves every
     * one of them as it was. Failures are reported as by {@link #write}.
     */
    public static Staged stage(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (Shutdown.stopping()) {
            throw new InterruptedIOException("the program is stopping: " + absolute + " is not written");
        }
        Path temp;
        try {
            Files.createDirectories(dir);
            // Not Files.createTempFile: it makes the file readable by its owner only (0600),
            // and the renamed file would keep that; createFile follows the umask like any file.
            temp = Files.createFile(dir.resolve("." + absolute.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + TEMP_SUFFIX));
            PENDING.add(temp);
        } catch (FileAlreadyExistsException e) {
            throw refused(dir, "is a file, not a folder: the output folder cannot be created", e);
        } catch (IOException e) {
            throw refused(dir, "the output folder cannot be written: " + reason(e), e);
        }
        boolean done = false;
        try {
            FailureWatch watched = new FailureWatch(Files.newOutputStream(temp));
            try (OutputStream out = new BufferedOutputStream(watched, 1 << 16)) {
                content.writeTo(out);
            } catch (IOException | RuntimeException e) {
                if (watched.failure != null) {
                    throw refused(absolute, "cannot be written: " + reason(watched.failure)
                            + " (the previous file, if any, is unchanged)", e);
                }
                throw e;
            }
            done = true;
            return new Staged(temp, absolute);
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
                PENDING.remove(temp);
            }
        }
    }

    private static void deletePending() {
        for (Path temp : PENDING) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // the JVM is going down; "briefs all" sweeps the folder next time
            }
        }
    }

    /**
     * A complete file under its temporary name. {@link #commit} renames it over its target;
     * {@link #close} without a commit deletes it, leaving the target as it was.
     */
    public static final class Staged implements AutoCloseable {
        private final Path temp;
        private final Path target;
        private boolean committed;
        private boolean closed;

        private Staged(Path temp, Path target) {
            this.temp = temp;
            this.target = target;
        }

        /** Renames the file into place, replacing any previous version at once. */
        public void commit() throws IOException {
            if (closed) {
                throw new IllegalStateException("already discarded: " + target);
            }
            if (committed) {
                return;
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw refused(target, "cannot be replaced: " + reason(e), e);
            }
            PENDING.remove(temp);
            committed = true;
        }

        /** Commits the file, or deletes it when the rename fails: what a file written alone wants. */
        public void commitOrDiscard() throws IOException {
            try (this) {
                commit();
            }
        }

        /** Deletes the temporary file unless it was committed. */
        @Override
        public void close() throws IOException {
            if (!committed && !closed) {
                closed = true;
                Files.deleteIfExists(temp);
                PENDING.remove(temp);
            }
        }
    }

    private static FileSystemException refused(Path file, String reason, Exception cause) {
        FileSystemException e = new FileSystemException(file.toString(), null, reason);
        e.initCause(cause);
        return e;
    }

    /** "No space left on device"; the JDK's reason-less kinds by name ("directory not empty"). */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException fs) {
            return fs.getReason() != null ? fs.getReason() : fs.getClass().getSimpleName().replace("Exception", "")
                    .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Remembers the first error of the file itself, which PDF and XLSX libraries may wrap or swallow. */
    private static final class FailureWatch extends FilterOutputStream {
        IOException failure;

        FailureWatch(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw seen(e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw seen(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw seen(e);
            }
        }

        private IOException seen(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Removes temporary files that a killed run left in a folder. Returns how many it removed.
     */
    public static int removeLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, ".*" + TEMP_SUFFIX)) {
            for (Path p : stream) {
                if (Files.deleteIfExists(p)) {
                    removed++;
                }
            }
        }
        return removed;
    }
}
