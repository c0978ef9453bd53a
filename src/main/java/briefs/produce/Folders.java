package briefs.produce;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The folders a session works in: the data it reads ({@code countries/}, {@code reference/}), the
 * templates of the brief and the overview, the output folder it writes, and where it may keep
 * what a later session can reuse (the country files as parsed), or null to keep nothing.
 */
public record Folders(Path data, Path templates, Path out, Path kept) {
    public Folders {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(out, "out");
    }

    /** The three folders, keeping nothing between sessions. */
    public Folders(Path data, Path templates, Path out) {
        this(data, templates, out, null);
    }
}
