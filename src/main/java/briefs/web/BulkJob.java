package briefs.web;

import briefs.produce.BulkRun;
import briefs.produce.TakenFolder;
import briefs.produce.Failure;
import briefs.produce.Session;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one bulk run the page may have going: {@code briefs all} for a month, on a thread of its
 * own, with the progress the page polls. A second start while one runs is refused.
 */
final class BulkJob {
    /**
     * What the page shows of the run.
     *
     * @param state    idle, running, done (finished, maybe with failures) or broken (stopped: {@code error})
     * @param failures each named as the CLI names it: country, file, reason
     * @param setFiles the index and overview written, when done
     */
    public record Status(String state, String month, int done, int total, List<String> failures, List<String> setFiles,
                  String error) {
    }

    private final AtomicInteger done = new AtomicInteger();
    private volatile Status status = new Status("idle", null, 0, 0, List.of(), List.of(), null);
    private Thread worker;

    Status status() {
        Status s = status;
        return "running".equals(s.state()) ? new Status(s.state(), s.month(), done.get(), s.total(), s.failures(),
                s.setFiles(), null) : s;
    }

    /**
     * Plans the run (a bad month, country or language is refused here, before anything starts) and
     * starts it.
     *
     * @param languages language codes ({@code fr}, {@code preferred}); empty for English
     * @return null when started, else why not
     */
    synchronized String start(Session session, YearMonth month, List<String> countries, List<String> languages,
                              int jobs) {
        if (worker != null && worker.isAlive()) {
            Status s = status();
            return "A bulk run for " + s.month() + " is already running (" + s.done() + " of " + s.total()
                    + " countries done). Wait for it to finish, then start another.";
        }
        BulkRun run = BulkRun.plan(session, new BulkRun.Request(month, countries, false, jobs, languages));
        done.set(0);
        status = new Status("running", run.month().toString(), 0, run.size(), List.of(), List.of(), null);
        worker = Thread.ofPlatform().name("briefs-bulk").daemon(true).start(() -> work(run));
        return null;
    }

    private void work(BulkRun run) {
        // The folder is taken as by `briefs all`: a run from the command line into it waits, and this one for it.
        try (TakenFolder folder = run.takeFolder(waiting -> { })) {
            BulkRun.Report report = run.run(iso3 -> done.incrementAndGet());
            status = new Status("done", report.month().toString(), done.get(), run.size(),
                    report.failed().stream().map(Failure::toString).toList(), report.setFiles(), null);
        } catch (Exception | Error e) {
            status = new Status("broken", run.month().toString(), done.get(), run.size(), List.of(), List.of(),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Waits for a running job (the server stops): a bulk run is never cut between a brief and its annex. */
    synchronized void awaitEnd() throws InterruptedException {
        if (worker != null) {
            worker.join();
        }
    }
}
