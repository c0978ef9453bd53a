package briefs.cli;

import briefs.cli.CountryOutputs.Written;
import briefs.derive.CountryFigures;
import briefs.model.BadInputException;
import briefs.model.DataSet;
import briefs.model.Problem;
import briefs.write.AtomicFile;
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

/**
 * Writes the files of many countries on a fixed number of worker threads. A country that fails
 * is recorded with the file and the reason and the others go on. Shared by {@code all} and
 * {@code bench}.
 *
 * <p>Killed runs: every file goes through {@link AtomicFile}, so a final name only ever holds a
 * complete file. On a polite kill (Ctrl-C, SIGTERM) a shutdown hook stops the workers and sweeps
 * their temporary files; after a hard kill the next run sweeps them.
 */
final class BulkRun {
    /** How long a polite kill waits for the workers before sweeping their temporary files. */
    private static final long STOP_WAIT_MILLIS = 2_000;

    /** A country that could not be produced: which one, the file at fault, and why. */
    record Failure(String country, String file, String reason) {
        @Override
        public String toString() {
            return country + ": " + file + ": " + reason;
        }
    }

    /** What a run did: the countries written (in ISO3 order), those that failed, and how long it took. */
    record Result(List<Written> written, List<Failure> failed, Duration wall) {
        /** Files written per second: a brief and an annex count as two. */
        double filesPerSecond() {
            long files = written.stream().mapToLong(w -> (w.brief() != null ? 1 : 0) + (w.annex() != null ? 1 : 0)).sum();
            return files / Math.max(1e-9, wall.toNanos() / 1e9);
        }

        /** Countries finished (written or failed) per second. */
        double countriesPerSecond() {
            return (written.size() + failed.size()) / Math.max(1e-9, wall.toNanos() / 1e9);
        }
    }

    private final CountryOutputs outputs;
    private final DataSet dataSet;
    private final Path outDir;
    private final int jobs;

    BulkRun(CountryOutputs outputs, DataSet dataSet, Path outDir, int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs < 1: " + jobs);
        }
        this.outputs = outputs;
        this.dataSet = dataSet;
        this.outDir = outDir;
        this.jobs = jobs;
    }

    Result run(List<CountryFigures> countries, Progress progress) throws IOException {
        long start = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(jobs, workerThreads());
        Thread sweeper = new Thread(() -> stopAndSweep(workers), "briefs-sweeper");
        boolean hooked = addHook(sweeper);
        List<Written> written = new ArrayList<>();
        List<Failure> failed = new ArrayList<>();
        try {
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
                progress.step(outcome.country());
            }
        } finally {
            workers.shutdownNow();
            if (hooked) {
                removeHook(sweeper);
            }
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
            return new Outcome(iso3, null, failure(iso3, e.file(), e.getCause()));
        } catch (RuntimeException e) { // a file name refused before any part was started
            return new Outcome(iso3, null, failure(iso3, null, e));
        }
    }

    /**
     * Names the file at fault: a template or data file that a {@link BadInputException} names,
     * else the output file that could not be written.
     */
    static Failure failure(String iso3, Path attempting, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BadInputException bad) {
                Problem p = bad.problems().get(0);
                String where = p.location() == null || p.location().isEmpty() ? "" : p.location() + ": ";
                return new Failure(iso3, p.file(), oneLine(where + p.message()));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        String message = e.getMessage() == null || e.getMessage().isBlank()
                ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new Failure(iso3, attempting == null ? "" : attempting.toString(), oneLine(message));
    }

    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
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

    private static boolean addHook(Thread hook) {
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return true;
        } catch (IllegalStateException e) {
            return false; // already shutting down
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook runs or has run
        }
    }
}
