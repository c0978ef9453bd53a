package briefs.sources;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.model.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import --report}: a new month from the UN's PDF, all or nothing. */
class ReportImportTest {
    private static final Path SOURCES = Path.of("data/sources");
    private static final Path JULY = SOURCES.resolve("reports/2025-07.pdf");

    @Test
    void julyIntoADataFolderWithoutItGivesTheBundledFilesByteForByte(@TempDir Path tmp) throws IOException {
        Path sources = copySourcesWithout(tmp.resolve("sources"), "2025-07");
        Path data = tmp.resolve("data");
        new DataFolder(data).write(new SourceImport(sources).read(Map.of()));
        assertEquals(YearMonth.of(2025, 6), new SourceImport(sources).read(Map.of()).dataSet().last());
        Path download = Files.copy(JULY, tmp.resolve("UN_country_contributions_2025_07.pdf"));

        ReportImport.Outcome outcome = new ReportImport(sources, data).run(List.of(download));

        ReportImport.MonthChange july = outcome.months().get(0);
        assertEquals(YearMonth.of(2025, 7), july.month());
        assertFalse(july.replaced());
        assertEquals(61127, july.total());
        assertEquals(6212, july.women());
        assertEquals(List.of(), outcome.newOperations());
        assertArrayEquals(Files.readAllBytes(JULY), Files.readAllBytes(sources.resolve("reports/2025-07.pdf")));
        try (Stream<Path> s = Files.walk(data)) {
            for (Path file : s.filter(Files::isRegularFile).toList()) {
                Path bundled = Path.of("data").resolve(data.relativize(file));
                if (Files.readString(bundled, StandardCharsets.UTF_8).contains("\"notes\": [ ]")
                        || !bundled.startsWith("data/countries")) {
                    assertArrayEquals(Files.readAllBytes(bundled), Files.readAllBytes(file), bundled.toString());
                }
            }
        }
        // The same file again is recognised and not imported twice.
        ReportImport.Outcome again = new ReportImport(sources, data).run(List.of(download));
        assertEquals(List.of(), again.months());
        assertTrue(again.notices().get(0).contains("byte-identical copy of reports/2025-07.pdf"), again.notices().toString());
    }

    @Test
    void aReportThatDoesNotAddUpChangesNothing(@TempDir Path tmp) throws IOException {
        Path sources = Files.createDirectories(tmp.resolve("sources"));
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path altered = ReportReaderTest.alter(JULY, tmp.resolve("UN_2025_07.pdf"), "Madagascar", 3, "4");
        var e = assertThrows(BadInputException.class, () -> new ReportImport(sources, data).run(List.of(altered)));
        assertTrue(e.getMessage().contains("add up to 19, but the report prints 18"), e.getMessage());
        try (Stream<Path> s = Files.list(sources); Stream<Path> d = Files.list(data)) {
            assertEquals(0, s.count());
            assertEquals(0, d.count());
        }
    }

    @Test
    void anUnknownCountryNameIsRefusedWithTheNearestKnownNames() {
        CountryNameIndex names = new SourceImport(SOURCES).nameIndex();
        assertEquals("TUR", names.iso3("Türkiye", "x.pdf", "page 1, line 1"));
        assertEquals("CIV", names.iso3("Côte d'Ivoire", "x.pdf", "page 1, line 1"));
        var e = assertThrows(BadInputException.class, () -> names.iso3("Turkiyya", "x.pdf", "page 4, line 9"));
        assertTrue(e.getMessage().startsWith("x.pdf: page 4, line 9: the country \"Turkiyya\" is not a name this data set"
                + " knows; the nearest known names are \"Turkiye\" (TUR)"), e.getMessage());
        assertTrue(e.getMessage().contains("country_aliases.csv"), e.getMessage());
    }

    @Test
    void anUnknownOperationIsRefusedWithThePageAndTheNearestKnownNames(@TempDir Path tmp) throws IOException {
        Path sources = copySourcesWithout(tmp.resolve("sources"), "2025-07");
        Path data = tmp.resolve("data");
        Path renamed = ReportReaderTest.replaceText(JULY, tmp.resolve("UN_2025_07.pdf"), "BINUH", "BINUHX");
        var e = assertThrows(BadInputException.class, () -> new ReportImport(sources, data).run(List.of(renamed)));
        assertTrue(e.getMessage().startsWith("UN_2025_07.pdf: page 1, line "), e.getMessage());
        assertTrue(e.getMessage().contains("the operation \"BINUHX\" is not one this data set knows; the nearest known names"
                + " are \"BINUH\""), e.getMessage());
        assertTrue(e.getMessage().contains("operations_supplement.csv"), e.getMessage());
        assertFalse(Files.exists(data), "nothing written");
        assertFalse(Files.exists(sources.resolve("reports/2025-07.pdf")), "the report is not kept");
    }

    /** The bundled sources without one month: neither its report nor its CSV rows. */
    private static Path copySourcesWithout(Path target, String month) throws IOException {
        Files.createDirectories(target.resolve("reports"));
        try (Stream<Path> s = Files.walk(SOURCES)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Path rel = SOURCES.relativize(p);
                if (!rel.toString().equals("reports/" + month + ".pdf")) {
                    Files.createDirectories(target.resolve(rel.toString()).getParent());
                    Files.copy(p, target.resolve(rel.toString()));
                }
            }
        }
        Path csv = target.resolve(MonthlyPersonnel.CSV);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith(month + "-")).toList();
        Files.write(csv, lines, StandardCharsets.UTF_8);
        return target;
    }
}
