package briefs.produce;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The three folders a session works in: the data it reads ({@code countries/}, {@code reference/}),
 * the templates of the brief and the overview, and the output folder it writes.
 */
public record Folders(Path data, Path templates, Path out) {
    public Folders {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(out, "out");
    }
}
