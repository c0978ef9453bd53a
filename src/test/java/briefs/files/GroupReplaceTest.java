package briefs.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A brief and its annex are replaced together or not at all, whatever stands in the way of the
 * second; the sweep of a folder removes only what dead runs left; a folder has one writer.
 */
class GroupReplaceTest {
    @TempDir
    Path out;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private AtomicFile.Staged staged(String name, String text) throws IOException {
        return AtomicFile.stage(out.resolve(name), o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bothFilesAreReplacedTogether() throws IOException {
        Files.writeString(out.resolve("b.pdf"), "old brief");
        Files.writeString(out.resolve("a.xlsx"), "old annex");
        AtomicFile.commitTogether(List.of(staged("b.pdf", "new brief"), staged("a.xlsx", "new annex")));
        assertEquals("new brief", Files.readString(out.resolve("b.pdf")));
        assertEquals("new annex", Files.readString(out.resolve("a.xlsx")));
        assertEquals(List.of("a.xlsx", "b.pdf"), names(), "no set-aside or temporary file stays");
    }

    @Test
    void anAnnexThatCannotBeReplacedLeavesTheBriefAsItWas() throws IOException {
        Files.writeString(out.resolve("b.pdf"), "old brief");
        Files.createDirectories(out.resolve("a.xlsx").resolve("in-the-way"));
        AtomicFile.Staged brief = staged("b.pdf", "new brief");
        AtomicFile.Staged annex = staged("a.xlsx", "new annex");
        FileSystemException e = assertThrows(FileSystemException.class,
                () -> AtomicFile.commitTogether(List.of(brief, annex)));
        assertTrue(e.getFile().endsWith("a.xlsx") && e.getMessage().contains("is a folder"), e.getMessage());
        brief.close();
        annex.close();
        assertEquals("old brief", Files.readString(out.resolve("b.pdf")), "the brief was not replaced alone");
        assertEquals(List.of("a.xlsx", "b.pdf"), names());
    }

    @Test
    void aFileWrittenAloneNeverReplacesAFolderEvenAnEmptyOne() throws IOException {
        Files.createDirectory(out.resolve("b.pdf"));
        FileSystemException e = assertThrows(FileSystemException.class,
                () -> AtomicFile.write(out.resolve("b.pdf"), o -> o.write(1)));
        assertTrue(e.getFile().endsWith("b.pdf") && e.getMessage().contains("it is a folder"), e.getMessage());
        assertTrue(Files.isDirectory(out.resolve("b.pdf")), "the folder is still there");
        assertEquals(List.of("b.pdf"), names(), "no temporary file stays");
    }

    @Test
    void aFailedSecondRenameRestoresTheFirst() throws IOException {
        Files.writeString(out.resolve("b.pdf"), "old brief");
        AtomicFile.Staged brief = staged("b.pdf", "new brief");
        AtomicFile.Staged annex = staged("a.xlsx", "new annex");
        annex.close(); // its temporary file is gone: the rename into place fails after the brief's
        assertThrows(IllegalStateException.class, () -> AtomicFile.commitTogether(List.of(brief, annex)));
        assertEquals("old brief", Files.readString(out.resolve("b.pdf")), "the first file was put back");
        assertEquals(List.of("b.pdf"), names());
    }

    @Test
    void theSweepKeepsFilesOfLiveRunsAndRemovesThoseOfDeadOnes() throws IOException {
        AtomicFile.Staged mine = staged("b.pdf", "in progress");
        Path dead = Files.writeString(out.resolve(".b.pdf.p999999999s0.1f.part"), "left by a killed run");
        Path oldStyle = Files.writeString(out.resolve(".b.pdf.7a3c.part"), "left by an older version");
        Path setAside = Files.writeString(out.resolve(".a.xlsx.p999999999s0.2e.old"), "previous annex");
        assertEquals(3, AtomicFile.removeLeftovers(out));
        assertFalse(Files.exists(dead) || Files.exists(oldStyle));
        assertEquals("previous annex", Files.readString(out.resolve("a.xlsx")), "a set-aside file whose target is missing is put back");
        assertFalse(Files.exists(setAside));
        mine.commit();
        assertEquals("in progress", Files.readString(out.resolve("b.pdf")), "this run's own temporary file was left alone");
    }

    @Test
    void aSecondWriterWaitsThenSaysWhoHoldsTheFolder() throws Exception {
        try (FolderLock first = FolderLock.take(out, "all", Duration.ofSeconds(1), m -> { })) {
            List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
            Thread other = new Thread(() -> {
                FileSystemException e = assertThrows(FileSystemException.class,
                        () -> FolderLock.take(out, "brief", Duration.ofMillis(300), heard::add));
                heard.add(e.getMessage());
            });
            other.start();
            other.join();
            assertEquals(2, heard.size(), heard.toString());
            assertTrue(heard.get(0).startsWith("waiting for"), heard.toString());
            assertTrue(heard.get(1).contains("is in use by another run of this program"), heard.toString());
        }
        try (FolderLock again = FolderLock.take(out, "brief", Duration.ZERO, m -> { })) {
            assertEquals(0, again.swept());
        }
    }
}
