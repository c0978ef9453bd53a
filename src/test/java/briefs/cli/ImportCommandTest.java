package briefs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.load.DataDirectory;
import briefs.load.LoadedData;
import briefs.load.ParsedDataFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    /**
     * After an import, the run that follows takes every country file's records, and the rules'
     * verdict on it, from the build folder (the launcher's {@code briefs.kept}) instead of parsing
     * and checking the files again.
     */
    @Test
    void anImportKeepsTheRecordsOfTheFilesItWroteForTheNextRun(@TempDir Path tmp) throws IOException {
        Path data = tmp.resolve("data");
        Path sources = Path.of("data", "sources");
        try (Stream<Path> s = Files.walk(sources)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Path copy = data.resolve("sources").resolve(sources.relativize(p).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(p, copy);
            }
        }
        Path kept = tmp.resolve("build");
        System.setProperty(CommonOptions.KEPT_PROPERTY, kept.toString());
        CommandRun run;
        try {
            run = CommandRun.briefs("import", "--data", data.toString());
        } finally {
            System.clearProperty(CommonOptions.KEPT_PROPERTY);
        }
        assertEquals(0, run.exitCode(), run.err());
        LoadedData next = DataDirectory.load(data, ParsedDataFiles.in(kept, data).readOnly());
        assertEquals(194, next.countries().size());
        assertEquals(194, next.screened().size(), "every file known to pass the rules");
        assertEquals(DataDirectory.load(data).countries(), next.countries(), "the records parsing gives");
    }

    @Test
    void aFileThatIsNotAReportExitsWithTwoAndChangesNothing(@TempDir Path tmp) throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path download = Files.writeString(tmp.resolve("UN_country_contributions_2025_08.pdf"), "<html>Not found</html>");
        CommandRun run = CommandRun.briefs("import", "--data", data.toString(), "--report", download.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("UN_country_contributions_2025_08.pdf: not a PDF file"), run.err());
        try (Stream<Path> s = Files.list(data)) {
            assertEquals(0, s.count(), "the data folder is untouched");
        }
    }
}
