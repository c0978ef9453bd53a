package briefs.mail;

/**
 * Why a message did not go out, in words a user can act on, and whether trying again can help.
 * {@link JakartaMail} turns the mail library's exceptions into these, so that the retry and
 * resume rules in {@link MailDelivery} are written without it.
 */
public final class SendFailure extends Exception {
    /** What went wrong, which decides what happens next. */
    public enum Kind {
        /** The server could not be reached or the connection broke: retried, and when retries are
         *  used up the run stops, because the next message would meet the same server. */
        CONNECTION(true, true),
        /** The server refused for now (an SMTP 4xx reply, e.g. greylisting, mailbox busy): retried. */
        TEMPORARY(true, false),
        /** The server refused this message for good (a 5xx reply, e.g. an unknown recipient):
         *  not retried, the other messages go on. */
        REJECTED(false, false),
        /** The server refused the user name or password: not retried (it would lock the
         *  account), and the run stops. */
        LOGIN(false, true);

        private final boolean retried;
        private final boolean stopsRun;

        Kind(boolean retried, boolean stopsRun) {
            this.retried = retried;
            this.stopsRun = stopsRun;
        }

        public boolean retried() {
            return retried;
        }

        public boolean stopsRun() {
            return stopsRun;
        }
    }

    private final Kind kind;

    public SendFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
