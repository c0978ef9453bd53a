package briefs.cli;

/**
 * The process exit codes of every command, in one place so scripts can rely on them.
 * A command returns one of these from {@code call()}; exceptions are mapped by {@link ErrorReporter}.
 */
public final class ExitCodes {
    /** Everything asked for was done. */
    public static final int DONE = 0;
    /** Some outputs failed (the others were written), or an internal error stopped the run. */
    public static final int FAILED = 1;
    /** Bad usage (unknown command or option, bad value) or bad input (data, template): nothing to retry as is. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
