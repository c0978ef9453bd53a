package briefs.safety;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import briefs.annex.PoiAnnex;
import briefs.cli.ExitCodes;
import briefs.derive.SetFigures;
import briefs.derive.CountryFigures;
import briefs.files.AtomicFile;
import briefs.load.DataDirectory;
import briefs.model.DataSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is lost: a write that fails (a full disk, a read-only folder, a render that fails half
 * way) leaves the previous good PDF or XLSX byte for byte, no temporary file, and a message with
 * the file and the reason (exit 2 from the command line). The disk tests use a real tmpfs; they
 * are skipped, with the reason, where mounting one is not allowed.
 */
class FailedWritesTest {
    private static final String PDF = "NOR-brief-2025-07.pdf";

    @TempDir
    Path root;

    private Cli brief(Workspace ws, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("brief", "NOR", "--no-annex", "--data", ws.data.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private SmallDisk disk(String name, int kilobytes) throws IOException {
        SmallDisk disk = SmallDisk.mount(root.resolve(name), kilobytes);
        assumeTrue(disk != null, "mounting a tmpfs is not allowed here (needs root or CAP_SYS_ADMIN)");
        return disk;
    }

    @Test
    void aFullDiskKeepsThePreviousBriefAndSaysWhy() throws IOException {
        Workspace ws = new Workspace(root);
        try (SmallDisk disk = disk("disk", 2048)) {
            Path out = disk.dir.resolve("out");
            Cli first = brief(ws, out);
            assertEquals(ExitCodes.DONE, first.exitCode(), first.shown());
            byte[] good = Files.readAllBytes(out.resolve(PDF));
            disk.fill();

            Cli again = brief(ws, out);
            assertEquals(ExitCodes.BAD_INPUT, again.exitCode(), again.shown());
            assertTrue(again.err().contains(PDF) && again.err().contains("No space left on device"), again.shown());
            assertTrue(again.err().contains("previous file"), again.shown());
            BadCountryFileCliTest.assertNoStackTrace(again);
            assertIntact(out, good);
        }
    }

    @Test
    void aFullDiskKeepsThePreviousAnnex() throws IOException {
        Workspace ws = new Workspace(root);
        SetFigures contributors = SetFigures.of(DataDirectory.load(ws.data));
        CountryFigures norway = contributors.figures("NOR", contributors.latestMonth());
        try (SmallDisk disk = disk("disk", 1024)) {
            Path annex = disk.dir.resolve(PoiAnnex.fileName(norway));
            new PoiAnnex().write(norway, contributors.dataSet(), annex);
            byte[] good = Files.readAllBytes(annex);
            disk.fill();

            FileSystemException e = assertThrows(FileSystemException.class,
                    () -> new PoiAnnex().write(norway, contributors.dataSet(), annex));
            assertTrue(e.getMessage().contains(annex.getFileName().toString()) && e.getMessage().contains("No space left"),
                    e.getMessage());
            assertArrayEquals(good, Files.readAllBytes(annex));
            assertOpens(annex);
            assertEquals(List.of(annex.getFileName().toString(), "filler"), Workspace.files(disk.dir));
        }
    }

    /** As root, permissions do not stop a write; a read-only mount does. */
    @Test
    void aReadOnlyFolderKeepsThePreviousBriefAndSaysWhy() throws IOException {
        Workspace ws = new Workspace(root);
        try (SmallDisk disk = disk("disk", 2048)) {
            Path out = disk.dir.resolve("out");
            assertEquals(ExitCodes.DONE, brief(ws, out).exitCode());
            byte[] good = Files.readAllBytes(out.resolve(PDF));
            disk.readOnly();

            Cli again = brief(ws, out);
            assertEquals(ExitCodes.BAD_INPUT, again.exitCode(), again.shown());
            assertTrue(again.err().contains("Read-only file system") && again.err().contains("out"), again.shown());
            BadCountryFileCliTest.assertNoStackTrace(again);
            assertIntact(out, good);

            Cli elsewhere = brief(ws, disk.dir.resolve("new-folder"));
            assertEquals(ExitCodes.BAD_INPUT, elsewhere.exitCode(), elsewhere.shown());
            assertTrue(elsewhere.err().contains("new-folder: the output folder cannot be written: Read-only file system"),
                    elsewhere.shown());
        }
    }

    /** {@code all} into a read-only folder: bad input (exit 2) in plain words, no trace, nothing changed. */
    @Test
    void allIntoAReadOnlyFolderExitsTwoInPlainWords() throws IOException {
        Workspace ws = new Workspace(root);
        try (SmallDisk disk = disk("disk", 2048)) {
            Path out = disk.dir.resolve("out");
            Files.createDirectories(out);
            disk.readOnly();
            for (Path target : List.of(out, disk.dir.resolve("new-folder"))) {
                Cli all = Cli.run("all", "--data", ws.data.toString(), "--out", target.toString(), "--countries", "NOR,ISL");
                assertEquals(ExitCodes.BAD_INPUT, all.exitCode(), all.shown());
                assertTrue(all.err().contains(target.getFileName() + ": the output folder cannot be written: Read-only file system"),
                        all.shown());
                assertFalse(all.err().contains("FileSystemException") || all.err().contains("internal error"), all.shown());
                BadCountryFileCliTest.assertNoStackTrace(all);
            }
            assertEquals(List.of(), Workspace.files(out));
        }
    }

    /** A render that fails after bytes were written (a template asks for a remote image) keeps the old brief. */
    @Test
    void aRenderThatFailsHalfWayKeepsThePreviousBrief() throws IOException {
        Workspace ws = new Workspace(root);
        Cli first = brief(ws, ws.out);
        assertEquals(ExitCodes.DONE, first.exitCode(), first.shown());
        byte[] good = Files.readAllBytes(ws.out.resolve(PDF));
        Path templates = ws.templates();
        Path brief = templates.resolve("brief.ftlx");
        Files.writeString(brief, Files.readString(brief, StandardCharsets.UTF_8)
                .replace("<body>", "<body>\n<p><img src=\"http://192.0.2.1/x.png\"/></p>"), StandardCharsets.UTF_8);

        Cli again = brief(ws, ws.out, "--templates", templates.toString());
        assertEquals(ExitCodes.BAD_INPUT, again.exitCode(), again.shown());
        assertIntact(ws.out, good);
    }

    /** An annex whose figures break the layout half way: the old annex stays, the temporary file goes. */
    @Test
    void anAnnexThatFailsHalfWayKeepsThePreviousAnnex() throws IOException {
        Workspace ws = new Workspace(root);
        SetFigures contributors = SetFigures.of(DataDirectory.load(ws.data));
        CountryFigures norway = contributors.figures("NOR", contributors.latestMonth());
        Path annex = ws.out.resolve(PoiAnnex.fileName(norway));
        new PoiAnnex().write(norway, contributors.dataSet(), annex);
        byte[] good = Files.readAllBytes(annex);
        DataSet real = contributors.dataSet();
        // No first or last month: the notes sheet, written late, cannot say what the data covers.
        DataSet broken = new DataSet(null, null, real.months(), real.missingMonths(), real.monthsWithoutGender(),
                real.monthsWithoutOperations(), real.sources(), real.operations(), real.parityTargets());

        assertThrows(RuntimeException.class, () -> new PoiAnnex().write(norway, broken, annex));
        assertArrayEquals(good, Files.readAllBytes(annex));
        assertEquals(List.of(annex.getFileName().toString()), Workspace.files(ws.out));
    }

    /** The stream fails after part of the content: the exception is the content's, the old file stays. */
    @Test
    void aContentThatThrowsAfterWritingKeepsThePreviousFile() throws IOException {
        Path target = root.resolve("out/file.txt");
        AtomicFile.writeString(target, "the good version");
        IOException thrown = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write(new byte[200_000]);
            throw new IOException("renderer gave up");
        }));
        assertEquals("renderer gave up", thrown.getMessage());
        assertEquals("the good version", Files.readString(target));
        assertEquals(List.of("file.txt"), Workspace.files(target.getParent()));
    }

    private static void assertIntact(Path out, byte[] good) throws IOException {
        assertArrayEquals(good, Files.readAllBytes(out.resolve(PDF)), "the previous brief is unchanged");
        try (PDDocument doc = Loader.loadPDF(out.resolve(PDF).toFile())) {
            assertTrue(doc.getNumberOfPages() >= 1);
        }
        assertEquals(List.of(PDF), Workspace.files(out), "no temporary file is left");
    }

    private static void assertOpens(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertTrue(wb.getNumberOfSheets() > 0);
        }
    }
}
