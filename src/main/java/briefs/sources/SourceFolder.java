package briefs.sources;

import briefs.model.BadInputException;
import briefs.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** The folder of source files; each reader asks it for its table and names the columns it needs. */
record SourceFolder(Path dir) {
    CsvTable table(String name, String... columns) {
        Path path = dir.resolve(name);
        if (!Files.isRegularFile(path)) {
            throw new BadInputException(new Problem(path.toString(), "", "source file not found"));
        }
        return CsvTable.read(path, Arrays.asList(columns));
    }

    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
