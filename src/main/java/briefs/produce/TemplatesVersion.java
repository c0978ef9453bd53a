package briefs.produce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which state of the templates folder outputs were made with, as {@link DataVersion} is for the
 * data: the templates are edited without rebuilding, so a file made before an edit is out of date
 * as surely as one made before an {@code import}. Reading it costs a walk of a few dozen files.
 */
public final class TemplatesVersion {
    /** The folders of the templates that shape no brief and no annex: the web page's and the e-mail's. */
    private static final Set<String> NOT_IN_THE_FILES = Set.of("web", "mail");

    private TemplatesVersion() {
    }

    /** The version of every file in {@code templatesDir}, its subfolders included, as 16 hex digits. */
    public static String of(Path templatesDir) {
        List<String> entries = new ArrayList<>();
        for (Template t : files(templatesDir)) {
            entries.add(t.name() + ":" + t.size() + ":" + t.modified().toMillis());
        }
        return DataVersion.digest(entries);
    }

    /**
     * The last change to the templates a brief or an annex is made from (every file but those of
     * {@code web/} and {@code mail/}); the epoch when there are none.
     */
    public static FileTime newestOfTheFiles(Path templatesDir) {
        FileTime newest = FileTime.fromMillis(0);
        for (Template t : files(templatesDir)) {
            if (!NOT_IN_THE_FILES.contains(t.name().getName(0).toString()) && t.modified().compareTo(newest) > 0) {
                newest = t.modified();
            }
        }
        return newest;
    }

    /** A file of the folder: its name in the folder, size and last change. */
    private record Template(Path name, long size, FileTime modified) {
    }

    /** Every file of the folder; one removed while it is read is not counted. */
    private static List<Template> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Template> found = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) all::iterator) {
                try {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                    if (a.isRegularFile()) {
                        found.add(new Template(dir.relativize(f), a.size(), a.lastModifiedTime()));
                    }
                } catch (NoSuchFileException gone) {
                    // removed since listed: not part of the templates any more
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the templates folder " + dir, e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot list the templates folder " + dir + ": " + e.getCause().getMessage(),
                    e.getCause());
        }
        return found;
    }
}
