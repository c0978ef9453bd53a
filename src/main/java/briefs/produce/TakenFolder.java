package briefs.produce;

import briefs.files.FolderLock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The output folder, held by one run that writes to it until closed (see {@link FolderLock}):
 * another {@code brief}, {@code all} or {@code mail} into the same folder waits for it, up to
 * {@link #PATIENCE}, then stops with a message naming this run.
 */
public final class TakenFolder implements AutoCloseable {
    /** How long a run waits for another writing to the same output folder before it gives up. */
    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private final FolderLock lock;

    private TakenFolder(FolderLock lock) {
        this.lock = lock;
    }

    /** Takes {@code out} for the command {@code what}; {@code waiting} hears once when it has to wait. */
    static TakenFolder take(Path out, String what, Consumer<String> waiting) throws IOException {
        return new TakenFolder(FolderLock.take(out, what, PATIENCE, waiting));
    }

    /** How many files left by killed runs were removed or put back when the folder was taken. */
    public int swept() {
        return lock.swept();
    }

    @Override
    public void close() throws IOException {
        lock.close();
    }
}
