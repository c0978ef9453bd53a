package briefs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
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
