package briefs.produce;

/**
 * A choice the data cannot serve: a month it does not hold, a country it has no file for. The
 * door that took the choice says where it came from (the {@code cli} as an invalid option
 * value, with what the user typed).
 */
public final class BadChoice extends RuntimeException {
    private final String typed;

    public BadChoice(String typed, String message) {
        super(message);
        this.typed = typed;
    }

    /** The value as it was given. */
    public String typed() {
        return typed;
    }
}
