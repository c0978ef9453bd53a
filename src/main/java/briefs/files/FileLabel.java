package briefs.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserDefinedFileAttributeView;

/**
 * A short text the file system keeps with a file, not in it: a user-defined attribute (an
 * extended attribute {@code user.<name>} on Linux and macOS, an alternate data stream on
 * Windows). A rename keeps it, so a label set on a staged file is on the file it becomes; a copy
 * to another disk, an upload or an e-mail attachment leaves it behind. The file's bytes are not
 * touched: a PDF/A brief stays as its standard wants it. Where the file system keeps no such
 * attributes, nothing is written and nothing is read.
 */
public final class FileLabel {
    private FileLabel() {
    }

    /**
     * Labels the file; false when its file system keeps no labels (or refused this one), which
     * is not an error: a label is a hint for reuse, and without it the file is made again.
     */
    public static boolean write(Path file, String name, String text) {
        UserDefinedFileAttributeView view = Files.getFileAttributeView(file, UserDefinedFileAttributeView.class);
        if (view == null) {
            return false;
        }
        try {
            view.write(name, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /**
     * The file's label: its text; "" when the file has none; null when its file system keeps no
     * labels or the file cannot be read, so that nobody can tell.
     */
    public static String read(Path file, String name) {
        UserDefinedFileAttributeView view = Files.getFileAttributeView(file, UserDefinedFileAttributeView.class);
        if (view == null) {
            return null;
        }
        try {
            if (!view.list().contains(name)) {
                return "";
            }
            ByteBuffer text = ByteBuffer.allocate(view.size(name));
            view.read(name, text);
            return new String(text.array(), 0, text.position(), StandardCharsets.UTF_8);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }
}
