package briefs.files;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which process a temporary file belongs to, written into its name: the process id and the
 * moment the process started (ids are reused, the pair is not). A sweep removes only what
 * belongs to processes that are gone, so two runs sharing an output folder never delete each
 * other's files in progress.
 */
final class RunOwner {
    /** {@code p<pid>s<start, base 36>}: this process's tag. */
    static final String SELF = tag(ProcessHandle.current());
    private static final Pattern TAG = Pattern.compile("\\.p(\\d+)s([0-9a-z]+)\\.");

    private RunOwner() {
    }

    private static String tag(ProcessHandle process) {
        long started = process.info().startInstant().map(i -> i.toEpochMilli()).orElse(0L);
        return "p" + process.pid() + "s" + Long.toString(started, 36);
    }

    /**
     * Whether the process named in a temporary file's name still runs. A name without a tag
     * (written by an older version) has no owner left to protect.
     */
    static boolean alive(String fileName) {
        Matcher m = TAG.matcher(fileName);
        if (!m.find()) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        return process.isPresent() && process.get().isAlive() && tag(process.get()).equals("p" + m.group(1) + "s" + m.group(2));
    }
}
