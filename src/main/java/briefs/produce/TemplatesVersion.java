package briefs.produce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        return DataVersion.digest(files(templatesDir).stream().map(SourceFile::entry).toList());
    }

    /** The templates a brief or an annex is made from: every file but those of {@code web/} and {@code mail/}. */
    static List<SourceFile> ofTheFiles(Path templatesDir) {
        return files(templatesDir).stream().filter(t -> !NOT_IN_THE_FILES.contains(folderOf(t.name()))).toList();
    }

    /** The first folder of a name in the templates folder ("web" of "web/page.css"); "" for a file at its top. */
    private static String folderOf(String name) {
        int slash = name.indexOf('/');
        return slash < 0 ? "" : name.substring(0, slash);
    }

    /** Every file of the folder, named by its path in it with '/' between folders; one removed while it is read is not counted. */
    private static List<SourceFile> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<SourceFile> found = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) all::iterator) {
                SourceFile file = SourceFile.of(f, dir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/"));
                if (file != null) {
                    found.add(file);
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
