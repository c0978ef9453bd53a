package briefs.produce;

import briefs.derive.CountryFigures;
import briefs.files.AtomicFile;
import briefs.files.Shutdown;
import briefs.model.DataSet;
import briefs.produce.CountryOutputs.Written;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Writes the files of many countries on a fixed number of worker threads. A country that fails
 * is recorded with the file and the reason and the others go on. Used by {@link BulkRun} and by
 * the benchmark.
 *
 * <p>Killed runs: every file goes through {@link AtomicFile}, so a final name only ever holds a
 * complete file. On a polite kill (Ctrl-C, SIGTERM) the {@link Shutdown} hook stops the workers
 * and sweeps their temporary files; after a hard kill the next run sweeps them.
 */
public final class WorkerPool {
    /** How long a polite kill waits for the workers before sweeping their temporary files. */
    private static final long STOP_WAIT_MILLIS = 2_000;

    /** What a run did: the countries written (in ISO3 order), those that failed, and how long it took. */
    public record Result(List<Written> written, List<Failure> failed, Duration wall) {
        public Result {
            written = List.copyOf(written);
            failed = List.copyOf(failed);
        }

        /** Files written per second: a brief and an annex count as two. */
        public double filesPerSecond() {
            long files = written.stream().mapToLong(w -> w.files().size()).sum();
            return files / Math.max(1e-9, wall.toNanos() / 1e9);
        }

        /** Countries finished (written or failed) per second. */
        public double countriesPerSecond() {
            return (written.size() + failed.size()) / Math.max(1e-9, wall.toNanos() / 1e9);
        }
    }

    private final CountryOutputs outputs;
    private final DataSet dataSet;
    private final Path outDir;
    private final int jobs;

    public WorkerPool(CountryOutputs outputs, DataSet dataSet, Path outDir, int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs < 1: " + jobs);
        }
        this.outputs = outputs;
        this.dataSet = dataSet;
        this.outDir = outDir;
        this.jobs = jobs;
    }

    /**
     * Writes every country's files and returns what was written and what failed, each in ISO3
     * order. {@code finished} hears each country's ISO3 code as it is done, written or failed.
     */
    public Result run(List<CountryFigures> countries, Consumer<String> finished) throws IOException {
        long start = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(jobs, workerThreads());
        List<Written> written = new ArrayList<>();
        List<Failure> failed = new ArrayList<>();
        try (Shutdown.Registration sweeper = Shutdown.onStop(() -> stopAndSweep(workers))) {
            CompletionService<Outcome> done = new ExecutorCompletionService<>(workers);
            // Longest first (most operations, then most personnel): a big country started last
            // would leave one worker busy while the others idle at the end.
            List<CountryFigures> order = new ArrayList<>(countries);
            order.sort(Comparator.comparingInt((CountryFigures f) -> f.byOperation().size())
                    .thenComparingInt(CountryFigures::total).reversed());
            for (CountryFigures f : order) {
                done.submit(() -> produce(f));
            }
            for (int i = 0; i < order.size(); i++) {
                Outcome outcome = take(done);
                if (outcome.written() != null) {
                    written.add(outcome.written());
                } else {
                    failed.add(outcome.failure());
                }
                finished.accept(outcome.country());
            }
        } finally {
            workers.shutdownNow();
        }
        written.sort(Comparator.comparing(w -> w.figures().country().iso3()));
        failed.sort(Comparator.comparing(Failure::country));
        return new Result(written, failed, Duration.ofNanos(System.nanoTime() - start));
    }

    /** A worker's result for one country: either what it wrote or why it could not. */
    private record Outcome(String country, Written written, Failure failure) {
    }

    private Outcome produce(CountryFigures figures) {
        String iso3 = figures.country().iso3();
        try {
            return new Outcome(iso3, outputs.write(figures, dataSet, outDir), null);
        } catch (CountryOutputs.PartFailed e) {
            return new Outcome(iso3, null, Failure.of(iso3, e.file(), e.getCause()));
        } catch (RuntimeException e) { // a file name refused before any part was started
            return new Outcome(iso3, null, Failure.of(iso3, null, e));
        }
    }

    private static Outcome take(CompletionService<Outcome> done) throws IOException {
        try {
            return done.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            // produce() catches what a country can throw; an Error here is the JVM's, not the data's.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void stopAndSweep(ExecutorService workers) {
        workers.shutdownNow();
        try {
            workers.awaitTermination(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            AtomicFile.removeLeftovers(outDir);
        } catch (IOException e) {
            // The JVM is going down; the next run sweeps what is left.
        }
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "briefs-worker-" + n.incrementAndGet());
            // Daemon: a worker stuck in a renderer must not keep a finished or killed JVM alive.
            t.setDaemon(true);
            return t;
        };
    }

}
