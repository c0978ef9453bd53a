package briefs.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A label travels with a staged file into its final name; a file system without labels takes none and tells none. */
class FileLabelTest {
    @TempDir
    Path dir;

    @Test
    void aLabelSetOnAStagedFileIsOnTheFileItBecomes() throws IOException {
        Path probe = Files.writeString(dir.resolve("probe"), "");
        assumeTrue(FileLabel.write(probe, "briefs.probe", "x"), "this file system keeps no labels");

        Path target = dir.resolve("NOR-brief-2025-07.pdf");
        AtomicFile.Staged staged = AtomicFile.stage(target, out -> out.write("%PDF".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("", FileLabel.read(staged.temp(), "briefs.made-from"), "none yet");
        assertTrue(staged.label("briefs.made-from", "51f0a81e0000001b"));
        staged.commitOrDiscard();
        assertEquals("51f0a81e0000001b", FileLabel.read(target, "briefs.made-from"));
        assertEquals("", FileLabel.read(target, "briefs.other"), "a label it was not given");
        assertNull(FileLabel.read(dir.resolve("none.pdf"), "briefs.made-from"), "no file: nobody can tell");
    }

    @Test
    void aFileSystemWithoutLabelsTakesNoneAndTellsNone() throws IOException {
        // A zip file system has no user-defined attributes: the rule of times alone then holds.
        Path zip = dir.resolve("files.zip");
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
            Path file = Files.writeString(fs.getPath("/NOR-brief-2025-07.pdf"), "%PDF");
            assertFalse(FileLabel.write(file, "briefs.made-from", "51f0a81e0000001b"));
            assertNull(FileLabel.read(file, "briefs.made-from"));
        }
    }
}
