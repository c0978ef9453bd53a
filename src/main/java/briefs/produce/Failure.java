package briefs.produce;

import briefs.model.BadInputException;
import briefs.model.LineFolding;
import briefs.model.Problem;
import java.nio.file.Path;

/**
 * A country (or a file of the set: {@code index}, {@code overview}) that could not be produced:
 * which one, the file at fault, and why, on one line.
 */
public record Failure(String country, String file, String reason) {
    @Override
    public String toString() {
        return country + ": " + (file.isEmpty() ? "" : file + ": ") + reason;
    }

    /**
     * Names the file at fault: a template or data file that a {@link BadInputException} names,
     * else the output file that could not be written.
     */
    public static Failure of(String country, Path attempting, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BadInputException bad) {
                Problem p = bad.problems().get(0);
                return new Failure(country, p.file(), LineFolding.oneLine(p.where() + p.message()));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        String message = e.getMessage() == null || e.getMessage().isBlank()
                ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new Failure(country, attempting == null ? "" : attempting.toString(), LineFolding.oneLine(message));
    }
}
