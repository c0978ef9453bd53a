package briefs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefCommandTest {
    @TempDir
    Path out;

    @Test
    void writesOneBriefPerCountryAndPrintsThePaths() {
        CommandRun run = CommandRun.briefs("brief", "NOR", "cote d'ivoire", "ISL", "--as-of", "2022-12",
                "--data", "data", "--templates", "templates", "--out", out.toString());
        assertEquals(ExitCodes.DONE, run.exitCode(), run.err());
        for (String iso3 : new String[] {"NOR", "CIV", "ISL"}) {
            Path pdf = out.resolve(iso3 + "-brief-2022-12.pdf");
            assertTrue(Files.isRegularFile(pdf), pdf.toString());
            assertTrue(run.out().contains(pdf.toString()), run.out());
        }
    }

    @Test
    void namesAreCaseAndAccentForgiving() {
        CommandRun run = CommandRun.briefs("brief", "norway", "TÜRKIYE", "Côte d’Ivoire", "--data", "data",
                "--templates", "templates", "--out", out.toString());
        assertEquals(ExitCodes.DONE, run.exitCode(), run.err());
        assertEquals(3, run.out().lines().count(), run.out());
    }

    @Test
    void unknownCountryIsBadInputWithTheClosestNames() throws Exception {
        CommandRun run = CommandRun.briefs("brief", "Norwey", "--data", "data", "--templates", "templates",
                "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("Norwey"), run.err());
        assertTrue(run.err().contains("Norway (NOR)"), run.err());
        try (var files = Files.list(out)) {
            assertEquals(0, files.count(), "nothing written");
        }
    }

    @Test
    void templateErrorIsBadInputNamingTheTemplate(@TempDir Path templates) throws Exception {
        Files.writeString(templates.resolve("brief.ftlx"), "<html>\n<body>\n<p>${figures.nosuch.total}</p>\n</body></html>\n");
        CommandRun run = CommandRun.briefs("brief", "NOR", "--data", "data", "--templates", templates.toString(),
                "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("brief.ftlx: line 3, column"), run.err());
    }
}
