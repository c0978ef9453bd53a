package briefs.produce;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Set-up begun on another core while the data loads (fonts, templates), waited for when needed.
 * The first thread to need it before the other core has begun it makes it itself: on two cores
 * the pool has one thread, which makes the fonts, and the thread that read the data would
 * otherwise wait for it to make the templates too.
 *
 * @param <T> what the set-up makes
 */
final class Ready<T> {
    private final FutureTask<T> task;

    private Ready(Supplier<T> work) {
        this.task = new FutureTask<>(work::get);
    }

    /** Work begun on the common pool, or by whoever asks for its value first. */
    static <T> Ready<T> begin(Supplier<T> work) {
        Ready<T> ready = new Ready<>(work);
        ForkJoinPool.commonPool().execute(ready.task);
        return ready;
    }

    /** The value, made here if no thread has begun it; its failure rethrown as it was (a bad-input problem stays one). */
    T value() {
        task.run(); // nothing when another thread has begun or done it
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true; // waited for to the end, as a join would: the interrupt is kept for the caller
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
