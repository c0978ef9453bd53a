package briefs.produce;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Set-up done on another core while the data loads (fonts, templates), waited for when needed. */
final class Ready {
    private Ready() {
    }

    /** The value of a set-up task, its failure rethrown as it was (a bad-input problem stays one). */
    static <T> T value(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
