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
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that its final name only ever holds a complete file: the content goes to a
 * hidden temporary file in the same folder, which is renamed over the target once it is closed.
 * A failed or interrupted write leaves the previous file, if any, untouched.
 */
public final class AtomicFile {
    /** Temporary files are named {@code .<target>.<owner>.<random>.part}; see {@link RunOwner}. */
    static final String TEMP_SUFFIX = ".part";
    /** A previous version set aside while a group of files is replaced: {@code .<target>.<owner>.<random>.old}. */
    static final String OLD_SUFFIX = ".old";

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
            if (!Files.isDirectory(dir)) { // a question answered without an exception; a failed mkdir throws one
                Files.createDirectories(dir);
            }
            // Not Files.createTempFile: it makes the file readable by its owner only (0600),
            // and the renamed file would keep that; createFile follows the umask like any file.
            temp = Files.createFile(beside(absolute, TEMP_SUFFIX));
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

    /** A hidden name beside {@code target} that belongs to this process. */
    private static Path beside(Path target, String suffix) {
        return target.resolveSibling("." + target.getFileName() + "." + RunOwner.SELF + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + suffix);
    }

    /**
     * Renames staged files into place all or none: a brief and its annex are both replaced, or
     * both left as they were. Each previous version is first set aside under a hidden name (a
     * target that is a folder, or a file another program holds open, fails here, before any file
     * is replaced); then the new files are renamed into place; if one of those renames fails, the
     * ones already done are undone and the previous versions restored.
     *
     * @throws FileSystemException naming the file that could not be replaced and why
     */
    public static void commitTogether(List<Staged> group) throws IOException {
        List<Path[]> setAside = new ArrayList<>();
        List<Staged> placed = new ArrayList<>();
        boolean done = false;
        try {
            for (Staged s : group) {
                Path old = setAside(s.target);
                if (old != null) {
                    setAside.add(new Path[] {s.target, old});
                }
            }
            for (Staged s : group) {
                s.commit();
                placed.add(s);
            }
            done = true;
        } finally {
            if (!done) {
                for (Staged s : placed) {
                    Files.deleteIfExists(s.target);
                }
            }
            for (Path[] pair : setAside) {
                if (done) {
                    Files.deleteIfExists(pair[1]);
                } else {
                    move(pair[1], pair[0]);
                }
            }
        }
    }

    /** Moves the previous version of {@code target} to a hidden name, or returns null when there is none. */
    private static Path setAside(Path target) throws IOException {
        BasicFileAttributes previous;
        try { // one look at the target itself (a link is replaced, not followed)
            previous = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
        if (previous.isDirectory()) {
            throw refused(target, "cannot be replaced: it is a folder (the previous files are unchanged)", null);
        }
        Path old = beside(target, OLD_SUFFIX);
        try {
            move(target, old);
        } catch (IOException e) {
            throw refused(target, "cannot be replaced: " + reason(e)
                    + " (is it open in another program? The previous files are unchanged)", e);
        }
        return old;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            if (Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) { // a plain move would replace an empty one
                throw new FileSystemException(to.toString(), null, "it is a folder");
            }
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
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

        /**
         * Labels the complete file before it is renamed into place, so the file under its final
         * name is never without its label ({@link FileLabel}); false where the file system keeps none.
         */
        public boolean label(String name, String text) {
            return FileLabel.write(temp, name, text);
        }

        /** The temporary file, for a test to look at before the commit. */
        Path temp() {
            return temp;
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
                move(temp, target); // a rename never replaces a folder with a file
            } catch (IOException e) {
                if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw refused(target, "cannot be replaced: it is a folder", e);
                }
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
                    .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
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
     * Removes what killed runs left in a folder: temporary files of processes that are gone, and
     * previous versions set aside by a group replacement that never finished (put back when
     * their file is missing, deleted otherwise). Files of runs still going are left alone.
     * Returns how many files it removed or put back.
     */
    public static int removeLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, ".*{" + TEMP_SUFFIX + "," + OLD_SUFFIX + "}")) {
            for (Path p : stream) {
                String name = p.getFileName().toString();
                if (RunOwner.alive(name)) {
                    continue;
                }
                if (name.endsWith(OLD_SUFFIX) && restore(p, name)) {
                    removed++;
                } else if (Files.deleteIfExists(p)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    /** Puts a set-aside previous version back when its file is missing; false when it is not. */
    private static boolean restore(Path old, String name) throws IOException {
        String target = name.substring(1).replaceFirst("\\.(p\\d+s[0-9a-z]+\\.)?[0-9a-f]+\\" + OLD_SUFFIX + "$", "");
        Path original = old.resolveSibling(target);
        if (Files.exists(original, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        move(old, original);
        return true;
    }
}
