package briefs.files;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The program's one shutdown hook. When the JVM is stopped politely (Ctrl-C, SIGTERM,
 * {@code System.exit}) it runs the tasks registered here, last registered first: a bulk run's
 * "stop the workers and sweep their folder" before the temporary files of this process are
 * deleted. One hook rather than one per class, because the JVM runs separate hooks at the same
 * time and in no order.
 */
public final class Shutdown {
    private static final Deque<Runnable> TASKS = new ConcurrentLinkedDeque<>();
    private static volatile boolean stopping;

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(Shutdown::runAll, "briefs-shutdown"));
        } catch (IllegalStateException alreadyStopping) {
            stopping = true;
        }
    }

    private Shutdown() {
    }

    /** A task registered with {@link #onStop}; closing it removes it, as when its work ended normally. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Runs {@code task} if the JVM is stopped politely before the registration is closed. Once
     * stopping has begun, nothing can be registered: the task is not kept and {@link #stopping} is true.
     */
    public static Registration onStop(Runnable task) {
        TASKS.addFirst(task);
        return () -> TASKS.remove(task);
    }

    /** Whether the JVM is stopping: no new file should be begun. */
    public static boolean stopping() {
        return stopping;
    }

    private static void runAll() {
        stopping = true;
        for (Runnable task : TASKS) {
            try {
                task.run();
            } catch (RuntimeException e) {
                // the JVM is going down; the next task still runs
            }
        }
    }
}
