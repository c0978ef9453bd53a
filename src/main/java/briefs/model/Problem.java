package briefs.model;

/**
 * One thing wrong with an input: the file, where in it (a JSON path such as
 * {@code $.deployments[3].contributions[0].women}, "line 4, column 7", or "row 12"), and what is wrong.
 */
public record Problem(String file, String location, String message) {
    @Override
    public String toString() {
        return location == null || location.isEmpty()
                ? file + ": " + message
                : file + ": " + location + ": " + message;
    }
}
