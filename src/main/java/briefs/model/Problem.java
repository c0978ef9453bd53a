package briefs.model;

/**
 * One thing wrong with an input: the file, where in it (a JSON path such as
 * {@code $.deployments[3].contributions[0].women}, "line 4, column 7", or "row 12"), and what is wrong.
 * A problem of the file as a whole has the location {@code ""}, never null.
 */
public record Problem(String file, String location, String message) {
    public Problem {
        location = location == null ? "" : location;
    }

    /** {@code "location: "}, or {@code ""} when the problem is the file's as a whole: what goes before the message. */
    public String where() {
        return location.isEmpty() ? "" : location + ": ";
    }

    @Override
    public String toString() {
        return file + ": " + where() + message;
    }
}
