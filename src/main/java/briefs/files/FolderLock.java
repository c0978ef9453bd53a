package briefs.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One writer at a time in an output folder. Two people running {@code briefs all} into one shared
 * folder would otherwise replace a country's brief from one run and its annex from the other;
 * with the lock, the second waits a while for the first and then stops with a message naming
 * the run that holds the folder. The lock is the operating system's on a hidden file of the
 * folder ({@code .briefs.lock}), so it is released however the holder ends, a hard kill too;
 * threads of one process (a web server) take turns through an in-process lock first.
 *
 * <p>Taking the lock also sweeps what killed runs left in the folder (see
 * {@link AtomicFile#removeLeftovers}): no other writer can be in the middle of its work then.
 */
public final class FolderLock implements AutoCloseable {
    /** The hidden file the lock is taken on. */
    public static final String FILE = ".briefs.lock";
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final Duration POLL = Duration.ofMillis(200);

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;
    private final int swept;

    private FolderLock(ReentrantLock local, FileChannel channel, FileLock lock, int swept) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
        this.swept = swept;
    }

    /**
     * Takes the folder, creating it when missing, waiting up to {@code patience} for another
     * writer to finish. {@code waiting} hears once who holds it, when the wait begins.
     *
     * @param what the command taking it, recorded for the message another run would print
     * @throws FileSystemException when the folder cannot be made or is still held after the wait
     */
    public static FolderLock take(Path dir, String what, Duration patience, Consumer<String> waiting) throws IOException {
        Path folder = create(dir.toAbsolutePath().normalize());
        Instant deadline = Instant.now().plus(patience);
        ReentrantLock local = IN_PROCESS.computeIfAbsent(folder, k -> new ReentrantLock());
        boolean told = lockInProcess(folder, local, patience, waiting);
        FileChannel channel = null;
        try {
            try {
                channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw unwritable(folder, e);
            }
            FileLock lock;
            while ((lock = tryLock(channel)) == null) {
                if (Instant.now().isAfter(deadline)) {
                    throw busy(folder, holder(channel));
                }
                if (!told) {
                    waiting.accept("waiting for " + holder(channel) + ", which is writing to " + folder);
                    told = true;
                }
                Thread.sleep(POLL.toMillis());
            }
            record(channel, what);
            return new FolderLock(local, channel, lock, AtomicFile.removeLeftovers(folder));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(channel, local);
            throw new FileSystemException(folder.toString(), null, "interrupted while waiting for the folder");
        } catch (IOException | RuntimeException e) {
            close(channel, local);
            throw e;
        }
    }

    private static Path create(Path folder) throws IOException {
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            throw new FileSystemException(folder.toString(), null, "is a file, not a folder: the output folder cannot be created");
        } catch (IOException e) {
            throw unwritable(folder, e);
        }
        return folder;
    }

    /**
     * Takes the folder's lock among this process's runs (a file lock is held per process, not per
     * thread); whether {@code waiting} was told.
     */
    private static boolean lockInProcess(Path folder, ReentrantLock local, Duration patience, Consumer<String> waiting)
            throws IOException {
        try {
            if (local.tryLock()) {
                return false;
            }
            waiting.accept("waiting for another run in this process writing to " + folder);
            if (!local.tryLock(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy(folder, "another run of this program");
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FileSystemException(folder.toString(), null, "interrupted while waiting for the folder");
        }
    }

    /** How many files left by killed runs were removed or put back when the lock was taken. */
    public int swept() {
        return swept;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            close(channel, local);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            return null;
        }
    }

    private static void record(FileChannel channel, String what) throws IOException {
        byte[] text = ("`briefs " + what + "` (process " + ProcessHandle.current().pid() + ", started "
                + Instant.now().toString().substring(0, 19).replace('T', ' ') + " UTC)\n").getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text), 0);
        channel.force(false);
    }

    /** What the holder recorded: its command, process and start. */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(200);
            int n = channel.read(buffer, 0);
            String text = n <= 0 ? "" : new String(buffer.array(), 0, n, StandardCharsets.UTF_8).strip();
            return text.isEmpty() || text.chars().anyMatch(ch -> ch < 0x20) ? "another briefs run" : text;
        } catch (IOException e) {
            return "another briefs run";
        }
    }

    private static FileSystemException unwritable(Path folder, IOException e) {
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        FileSystemException refused = new FileSystemException(folder.toString(), null, "the output folder cannot be written: " + reason);
        refused.initCause(e);
        return refused;
    }

    private static FileSystemException busy(Path folder, String holder) {
        return new FileSystemException(folder.toString(), null, "is in use by " + holder
                + "; wait for it to finish, or give another folder with --out");
    }

    private static void close(FileChannel channel, ReentrantLock local) throws IOException {
        try {
            if (channel != null) {
                channel.close();
            }
        } finally {
            if (local.isHeldByCurrentThread()) {
                local.unlock();
            }
        }
    }
}
