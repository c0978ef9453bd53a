package briefs.produce;

import briefs.files.FileTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A temporary folder for outputs nobody keeps (a benchmark's), deleted with all it holds on close. */
public final class Scratch implements AutoCloseable {
    private final Path dir;

    private Scratch(Path dir) {
        this.dir = dir;
    }

    /** A new empty folder in the system's temporary folder, its name starting with {@code prefix}. */
    public static Scratch create(String prefix) throws IOException {
        return new Scratch(Files.createTempDirectory(prefix));
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() throws IOException {
        FileTree.delete(dir);
    }
}
