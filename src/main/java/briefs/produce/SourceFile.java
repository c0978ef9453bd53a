package briefs.produce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A file outputs are made from, as the versions and labels of {@link DataVersion},
 * {@link TemplatesVersion} and {@link MadeFrom} count it: its name in its folder, size and last
 * change. An edit, however small, changes the last two.
 */
record SourceFile(String name, long size, FileTime modified) {
    /** "name:size:time", the form a digest is made of. */
    String entry() {
        return name + ":" + size + ":" + modified.toMillis();
    }

    /** The file at {@code file}, named {@code name}; null when there is none (removed since listed). */
    static SourceFile of(Path file, String name) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.isRegularFile() ? new SourceFile(name, a.size(), a.lastModifiedTime()) : null;
        } catch (NoSuchFileException gone) {
            return null;
        }
    }

    /** Every file directly in {@code dir}, each named {@code prefix} and its name; none when there is no such folder. */
    static List<SourceFile> listed(Path dir, String prefix) {
        List<SourceFile> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                SourceFile file = of(f, prefix + f.getFileName());
                if (file != null) {
                    found.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return found;
    }

    /** The later of two times. */
    static FileTime later(FileTime a, FileTime b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
