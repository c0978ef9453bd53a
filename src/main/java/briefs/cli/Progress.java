package briefs.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * How a long run shows that it moves: a live bar with count, rate and ETA on a terminal, and
 * on anything else (a log file, CI) a plain line every few seconds, since a bar's carriage
 * returns turn a log into one unreadable line. Called by one thread, the one that collects
 * the workers' results.
 */
interface Progress extends AutoCloseable {
    /** One item finished, whether written or failed. */
    void step(String item);

    @Override
    void close();

    /** Shows nothing: for {@code bench} and for runs asked to be quiet. */
    Progress NONE = new Progress() {
        @Override
        public void step(String item) {
        }

        @Override
        public void close() {
        }
    };

    /** A bar when standard error is a terminal (and not CI), else plain lines on {@code err}. */
    static Progress of(String task, int total, PrintWriter err) {
        return onTerminal() ? new Bar(task, total) : new Lines(task, total, err, Duration.ofSeconds(3));
    }

    /**
     * True on an interactive terminal. {@code System.console()} is null when a stream is
     * redirected on JDK 21 and 25; on JDK 22 to 24 it is not, and {@code Console.isTerminal()}
     * (JDK 22+, hence looked up by name) tells. CI services set {@code CI} even when they fake a
     * terminal.
     */
    static boolean onTerminal() {
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
            return false;
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** The live bar of {@code me.tongfei:progressbar}, on standard error. */
    final class Bar implements Progress {
        private final ProgressBar bar;

        Bar(String task, int total) {
            bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(200)
                    .showSpeed()
                    .setUnit(" countries", 1)
                    .build();
        }

        @Override
        public void step(String item) {
            bar.setExtraMessage(" " + item); // the last country done, after the rate
            bar.step();
        }

        @Override
        public void close() {
            bar.setExtraMessage("");
            bar.close();
        }
    }

    /** "briefs all: 57 of 193 (30%), 24.1/s, about 6 s left", at most once per interval. */
    final class Lines implements Progress {
        private final String task;
        private final int total;
        private final PrintWriter err;
        private final long intervalNanos;
        private final long start = System.nanoTime();
        private long lastLine = start;
        private int done;

        Lines(String task, int total, PrintWriter err, Duration interval) {
            this.task = task;
            this.total = total;
            this.err = err;
            this.intervalNanos = interval.toNanos();
        }

        @Override
        public void step(String item) {
            done++;
            long now = System.nanoTime();
            if (now - lastLine >= intervalNanos && done < total) {
                lastLine = now;
                double seconds = Math.max(1e-9, (now - start) / 1e9);
                double rate = done / seconds;
                err.printf(Locale.ROOT, "%s: %d of %d (%d%%), %.1f/s, about %.0f s left%n", task, done, total,
                        100 * done / total, rate, (total - done) / rate);
                err.flush();
            }
        }

        @Override
        public void close() {
            err.flush();
        }
    }
}
