package briefs.sources;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.load.DataDirectory;
import briefs.load.LoadedData;
import briefs.model.BadInputException;
import briefs.model.Country;
import briefs.model.CountryNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceImportTest {
    private static final Path SOURCES = Path.of("data/sources");

    @Test
    void importingTwiceGivesIdenticalFilesAndEqualsTheBundledData(@TempDir Path a, @TempDir Path b) throws IOException {
        DataFolder first = new DataFolder(a);
        first.write(new SourceImport(SOURCES).read(Map.of()));
        new DataFolder(b).write(new SourceImport(SOURCES).read(Map.of()));
        List<Path> files;
        try (Stream<Path> s = Files.walk(a)) {
            files = s.filter(Files::isRegularFile).map(a::relativize).sorted().toList();
        }
        assertEquals(194 + 4, files.size()); // countries, dataset, operations, parity targets, standings index
        for (Path rel : files) {
            byte[] x = Files.readAllBytes(a.resolve(rel));
            assertArrayEquals(x, Files.readAllBytes(b.resolve(rel)), rel.toString());
            // The committed data is what import makes of the committed sources (notes aside).
            Path bundled = Path.of("data").resolve(rel);
            String bundledText = Files.readString(bundled, StandardCharsets.UTF_8);
            if (!bundledText.contains("\"notes\": [ ]") && rel.startsWith("countries")) {
                continue;
            }
            assertArrayEquals(x, Files.readAllBytes(bundled), "data/" + rel + " is stale: run briefs import");
        }
        LoadedData loaded = DataDirectory.load(a);
        assertEquals(194, loaded.countries().size());
        assertEquals(121, loaded.dataSet().months().size());
        assertEquals(6, loaded.dataSet().missingMonths().size());
        assertEquals(18, loaded.dataSet().monthsWithoutOperations().size());
        assertEquals(193, loaded.countries().stream().filter(c -> c.unMember()).count());
    }

    @Test
    void namesAreTheUnShortNamesAndSpellingsAreJoinedByIso3(@TempDir Path dir) {
        SourceImport.Result r = new SourceImport(SOURCES).read(Map.of());
        var byIso3 = byIso3(r);
        assertEquals("Côte d’Ivoire", byIso3.get("CIV").name());
        assertEquals("Türkiye", byIso3.get("TUR").name());
        assertEquals(List.of("Turkey", "Turkiye"), byIso3.get("TUR").sourceNames());
        assertTrue(byIso3.get("CIV").sourceNames().contains("Cote d Ivoire"));
        assertTrue(byIso3.containsKey("BMU"), "Bermuda contributes though it is not a member");
        assertTrue(!byIso3.containsKey("VAT"), "the Holy See is an observer State");
    }

    @Test
    void fatalitiesWithoutACodeAreMatchedByName() {
        SourceImport.Result r = new SourceImport(SOURCES).read(Map.of());
        var byIso3 = byIso3(r);
        // The fatalities file gives "Côte dIvoire" (29 rows) and "Türkiye" (6 rows) with no isocode3.
        assertEquals(29, byIso3.get("CIV").fatalities().stream().mapToInt(f -> f.total()).sum());
        assertEquals(6, byIso3.get("TUR").fatalities().stream().mapToInt(f -> f.total()).sum());
        assertEquals(CountryNames.key("Côte d’Ivoire"), CountryNames.key("Côte dIvoire"));
    }

    @Test
    void importKeepsTheNotesUsersWrote(@TempDir Path data) throws IOException {
        DataFolder folder = new DataFolder(data);
        folder.write(new SourceImport(SOURCES).read(folder.notes()));
        Path nor = data.resolve("countries/NOR.json");
        String text = Files.readString(nor, StandardCharsets.UTF_8);
        Files.writeString(nor, text.replace("\"notes\": [ ]", "\"notes\": [ \"Met the minister in May.\" ]"));
        folder.write(new SourceImport(SOURCES).read(folder.notes()));
        assertEquals(List.of("Met the minister in May."), DataDirectory.readCountry(nor).notes());
    }

    @Test
    void aMissingColumnNamesTheFileAndColumn(@TempDir Path sources) throws IOException {
        copySources(sources);
        Path naps = sources.resolve("wps_naps.csv");
        List<String> lines = Files.readAllLines(naps, StandardCharsets.UTF_8);
        lines.set(0, lines.get(0).replace("start_year", "begin_year"));
        Files.write(naps, lines, StandardCharsets.UTF_8);
        var e = assertThrows(BadInputException.class, () -> new SourceImport(sources).read(Map.of()));
        assertEquals("wps_naps.csv", e.problems().get(0).file());
        assertTrue(e.getMessage().contains("missing column start_year"), e.getMessage());
    }

    @Test
    void aBadNumberNamesTheLineAndColumn(@TempDir Path sources) throws IOException {
        copySources(sources);
        Path personnel = sources.resolve(SourceImport.PERSONNEL);
        List<String> lines = Files.readAllLines(personnel, StandardCharsets.UTF_8);
        lines.set(5, lines.get(5).replaceFirst(",(\\d+)$", ",x$1"));
        Files.write(personnel, lines, StandardCharsets.UTF_8);
        var e = assertThrows(BadInputException.class, () -> new SourceImport(sources).read(Map.of()));
        assertEquals("line 6, column total", e.problems().get(0).location(), e.getMessage());
    }

    @Test
    void aFailedImportLeavesTheDataFolderAsItWas(@TempDir Path sources, @TempDir Path data) throws IOException {
        DataFolder folder = new DataFolder(data);
        folder.write(new SourceImport(SOURCES).read(Map.of()));
        byte[] before = Files.readAllBytes(data.resolve("countries/NOR.json"));
        copySources(sources);
        Files.writeString(sources.resolve(SourceImport.COUNTRIES), "iso3,iso2\nNOR,NO\n");
        assertThrows(BadInputException.class, () -> folder.write(new SourceImport(sources).read(folder.notes())));
        assertArrayEquals(before, Files.readAllBytes(data.resolve("countries/NOR.json")));
        try (Stream<Path> s = Files.list(data)) {
            assertEquals(List.of("countries", "reference"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    private static void copySources(Path target) throws IOException {
        try (Stream<Path> s = Files.list(SOURCES)) {
            for (Path p : s.toList()) {
                Files.copy(p, target.resolve(p.getFileName()));
            }
        }
    }

    private static Map<String, Country> byIso3(SourceImport.Result result) {
        return result.countries().stream().collect(Collectors.toMap(Country::iso3, Function.identity()));
    }
}
