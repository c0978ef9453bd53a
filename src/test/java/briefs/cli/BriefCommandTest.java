package briefs.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
    void writesABriefAndAnAnnexPerCountryAndPrintsThePaths() {
        CommandRun run = CommandRun.briefs("brief", "NOR", "cote d'ivoire", "ISL", "--as-of", "2022-12",
                "--data", "data", "--templates", "templates", "--out", out.toString());
        assertEquals(ExitCodes.DONE, run.exitCode(), run.err());
        for (String iso3 : new String[] {"NOR", "CIV", "ISL"}) {
            for (Path file : new Path[] {out.resolve(iso3 + "-brief-2022-12.pdf"), out.resolve(iso3 + "-annex-2022-12.xlsx")}) {
                assertTrue(Files.isRegularFile(file), file.toString());
                assertTrue(run.out().contains(file.toString()), run.out());
            }
        }
    }

    @Test
    void noAnnexWritesOnlyTheBriefAndAnnexOnlyOnlyTheAnnex(@TempDir Path other) throws Exception {
        CommandRun pdfOnly = CommandRun.briefs("brief", "NOR", "--no-annex", "--data", "data",
                "--templates", "templates", "--out", out.toString());
        assertEquals(ExitCodes.DONE, pdfOnly.exitCode(), pdfOnly.err());
        CommandRun xlsxOnly = CommandRun.briefs("brief", "NOR", "--annex-only", "--data", "data",
                "--templates", "templates", "--out", other.toString());
        assertEquals(ExitCodes.DONE, xlsxOnly.exitCode(), xlsxOnly.err());
        try (var a = Files.list(out); var b = Files.list(other)) {
            assertEquals(java.util.List.of(".briefs.lock", "NOR-brief-2025-07.pdf"),
                    a.map(p -> p.getFileName().toString()).sorted().toList());
            assertEquals(java.util.List.of(".briefs.lock", "NOR-annex-2025-07.xlsx"),
                    b.map(p -> p.getFileName().toString()).sorted().toList());
        }
        CommandRun both = CommandRun.briefs("brief", "NOR", "--no-annex", "--annex-only", "--data", "data",
                "--out", other.toString());
        assertEquals(ExitCodes.BAD_INPUT, both.exitCode());
        assertTrue(both.err().contains("mutually exclusive"), both.err());
    }

    @Test
    void namesAreCaseAndAccentForgiving() {
        CommandRun run = CommandRun.briefs("brief", "norway", "TÜRKIYE", "Côte d’Ivoire", "--data", "data",
                "--templates", "templates", "--out", out.toString());
        assertEquals(ExitCodes.DONE, run.exitCode(), run.err());
        assertEquals(6, run.out().lines().count(), "a brief and an annex each: " + run.out());
    }

    @Test
    void aShortFormFindsTheOneCountryItCanMeanAndNoneWhenItCouldMeanTwo() throws Exception {
        // The bundled data's index is current: the codes and names come from it, not the files.
        CommandRun run = CommandRun.briefs("brief", "UK", "U.S.", "--no-annex", "--data", "data",
                "--templates", "templates", "--out", out.toString());
        assertEquals(ExitCodes.DONE, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(out.resolve("GBR-brief-2025-07.pdf")), run.out());
        assertTrue(Files.isRegularFile(out.resolve("USA-brief-2025-07.pdf")), run.out());

        CommandRun two = CommandRun.briefs("brief", "SA", "--data", "data", "--templates", "templates",
                "--out", out.resolve("two").toString());
        assertEquals(ExitCodes.BAD_INPUT, two.exitCode());
        assertTrue(two.err().contains("Saudi Arabia (SAU), South Africa (ZAF)"), two.err());
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

    @Test
    void aFailedBriefLeavesTheCountrysPreviousFilesAsTheyWere(@TempDir Path templates) throws Exception {
        CommandRun good = CommandRun.briefs("brief", "NOR", "--data", "data", "--templates", "templates",
                "--out", out.toString());
        assertEquals(ExitCodes.DONE, good.exitCode(), good.err());
        Path pdf = out.resolve("NOR-brief-2025-07.pdf");
        Path xlsx = out.resolve("NOR-annex-2025-07.xlsx");
        byte[] pdfBefore = Files.readAllBytes(pdf);
        byte[] xlsxBefore = Files.readAllBytes(xlsx);

        // The annex is made on a second thread while the brief fails: it must not replace the old one.
        Files.writeString(templates.resolve("brief.ftlx"), "<html>\n<body>\n<p>${figures.nosuch.total}</p>\n</body></html>\n");
        CommandRun bad = CommandRun.briefs("brief", "NOR", "--data", "data", "--templates", templates.toString(),
                "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, bad.exitCode(), bad.err());
        assertArrayEquals(pdfBefore, Files.readAllBytes(pdf));
        assertArrayEquals(xlsxBefore, Files.readAllBytes(xlsx), "the annex of the failed run did not replace the old one");
        try (var files = Files.list(out)) {
            assertEquals(java.util.List.of(".briefs.lock", "NOR-annex-2025-07.xlsx", "NOR-brief-2025-07.pdf"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }
}
