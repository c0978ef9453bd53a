package briefs.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.model.Country;
import briefs.model.Problem;
import briefs.validate.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run takes a country's records from the kept file only when its file has the bytes they were
 * parsed from, and then gets exactly what parsing gives; anything else is parsed as without it.
 */
class ParsedDataFilesTest {
    private static final Path BUNDLED = Path.of("data");
    private static LoadedData parsedFromJson;

    @TempDir
    Path data;
    @TempDir
    Path kept;

    @BeforeAll
    static void parseTheBundledData() {
        parsedFromJson = DataDirectory.load(BUNDLED);
    }

    @BeforeEach
    void copyTheBundledData() throws IOException {
        for (String folder : List.of(DataDirectory.COUNTRIES, DataDirectory.REFERENCE)) {
            Files.createDirectories(data.resolve(folder));
            try (Stream<Path> files = Files.list(BUNDLED.resolve(folder))) {
                for (Path f : files.toList()) {
                    Files.copy(f, data.resolve(folder).resolve(f.getFileName().toString()));
                }
            }
        }
    }

    @Test
    void everyCountryOfTheBundledDataComesBackAsParsingMadeIt() throws IOException {
        LoadedData first = run();          // parses all and keeps them
        Path file = ParsedDataFiles.file(kept, data);
        assertTrue(Files.size(file) > 100_000, "kept: " + Files.size(file) + " bytes");
        ParsedDataFiles read = ParsedDataFiles.open(file);
        int taken = 0;
        for (Country c : parsedFromJson.countries()) {
            byte[] bytes = DataDirectory.bytes(data.resolve("countries/" + c.iso3() + ".json"));
            Country kept = read.country(c.iso3() + ".json", bytes, ParsedDataFiles.crc(bytes));
            assertEquals(c, kept, c.iso3());
            taken++;
        }
        assertEquals(194, taken);
        LoadedData second = run();         // takes all from the kept file
        assertEquals(parsedFromJson.countries(), first.countries());
        assertEquals(parsedFromJson.countries(), second.countries());
        assertEquals(List.of(), second.rejected());
        assertEquals(parsedFromJson.dataSet(), first.dataSet());
        assertEquals(parsedFromJson.dataSet(), second.dataSet());
        assertEquals(parsedFromJson.dataSet(), DataDirectory.loadReference(data, read));
    }

    /**
     * The countries that passed the rules are taken as passing while their files and the reference
     * files are unchanged; any change, or a rule broken, and they are checked again.
     */
    @Test
    void aFileThatPassedTheRulesIsNotCheckedAgainUntilItOrTheReferenceFilesChange() throws IOException {
        assertEquals(java.util.Set.of(), loadKept().screened(), "nothing kept yet");
        run();
        java.util.Set<String> all = new java.util.HashSet<>();
        parsedFromJson.countries().forEach(c -> all.add(c.iso3()));
        assertEquals(all, loadKept().screened());
        assertEquals(java.util.Set.of(), DataDirectory.load(data).screened(), "without the kept file, every country is checked");

        // A country file changed is checked again, the others not.
        Path norway = data.resolve("countries/NOR.json");
        edit(norway, "\"officialName\": \"Kingdom of Norway\"", "\"officialName\": \"Kingdom of Norway (edited)\"");
        LoadedData changed = loadKept();
        assertFalse(changed.screened().contains("NOR"));
        assertEquals(all.size() - 1, changed.screened().size());
        run();
        assertEquals(all, loadKept().screened(), "checked, and marked again");

        // A file that breaks a rule is never marked: its problems are told on every run.
        edit(norway, "\"total\": 70,", "\"total\": 71,");
        for (int i = 0; i < 2; i++) {
            LoadedData screened = run();
            assertFalse(loadKept().screened().contains("NOR"), "run " + i);
            assertEquals(1, screened.rejected().size(), screened.rejected().toString());
            assertTrue(screened.rejected().getFirst().file().endsWith("NOR.json"));
            assertEquals("$.deployments[0].total", screened.rejected().getFirst().location());
            assertEquals(193, screened.countries().size());
        }

        // Other reference files: every country is checked again.
        edit(data.resolve("reference/parity-targets.json"), "\"year\": 2028", "\"year\": 2029");
        assertEquals(java.util.Set.of(), loadKept().screened());
        run();
        all.remove("NOR");
        assertEquals(all, loadKept().screened());
        // A single brief's read takes the marks, and keeps nothing.
        ParsedDataFiles readOnly = ParsedDataFiles.in(kept, data).readOnly();
        LoadedData few = DataDirectory.loadCountries(data, DataDirectory.loadReference(data, readOnly),
                List.of("SWE", "NOR"), readOnly);
        assertEquals(java.util.Set.of("SWE"), few.screened());
    }

    @Test
    void aChangedReferenceFileIsParsedAndKeptAgain() throws IOException {
        run();
        Path targets = data.resolve("reference/parity-targets.json");
        edit(targets, "\"year\": 2028", "\"year\": 2029");
        LoadedData loaded = run();
        assertTrue(loaded.dataSet().parityTargets().stream().anyMatch(t -> t.year() == 2029), loaded.dataSet().toString());
        ParsedDataFiles read = ParsedDataFiles.open(ParsedDataFiles.file(kept, data));
        assertEquals(loaded.dataSet(), DataDirectory.loadReference(data, read.readOnly()));
        assertEquals(DataDirectory.loadReference(data), DataDirectory.loadReference(data, read.readOnly()));
        // A reference file that does not parse stops the read, kept file or not.
        Files.writeString(targets, "{");
        briefs.model.BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                briefs.model.BadInputException.class, () -> run());
        assertTrue(e.problems().getFirst().file().endsWith("parity-targets.json"), e.problems().toString());
    }

    @Test
    void aChangedFileIsParsedAndKeptAgainTheOthersAreTaken() throws IOException {
        run();
        Path norway = data.resolve("countries/NOR.json");
        String json = Files.readString(norway);
        edit(norway, "\"officialName\": \"Kingdom of Norway\"", "\"officialName\": \"Kingdom of Norway (edited)\"");

        LoadedData loaded = run();
        assertEquals("Kingdom of Norway (edited)", country(loaded, "NOR").officialName());
        assertEquals(country(parsedFromJson, "SWE"), country(loaded, "SWE"));
        // The kept file now holds the edited Norway, and still every other country.
        ParsedDataFiles read = ParsedDataFiles.open(ParsedDataFiles.file(kept, data));
        byte[] bytes = DataDirectory.bytes(norway);
        assertEquals("Kingdom of Norway (edited)",
                read.country("NOR.json", bytes, ParsedDataFiles.crc(bytes)).officialName());
        byte[] sweden = DataDirectory.bytes(data.resolve("countries/SWE.json"));
        assertNotNull(read.country("SWE.json", sweden, ParsedDataFiles.crc(sweden)));
        // The old bytes no longer match anything.
        byte[] old = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertNull(read.country("NOR.json", old, ParsedDataFiles.crc(old)));
    }

    @Test
    void aBrokenFileIsRejectedAsWithoutTheKeptFileAndTheOthersStillLoad() throws IOException {
        run();
        Files.writeString(data.resolve("countries/NOR.json"), "{ \"iso3\": \"NOR\", ");
        LoadedData withKept = run();
        LoadedData without = DataDirectory.load(data);
        assertEquals(without.rejected(), withKept.rejected());
        assertEquals(1, withKept.rejected().size());
        assertTrue(withKept.rejected().getFirst().file().endsWith("NOR.json"), withKept.rejected().toString());
        assertEquals(193, withKept.countries().size());
        assertEquals(without.countries(), withKept.countries());
        // Nothing is kept for the broken file; the others are.
        ParsedDataFiles read = ParsedDataFiles.open(ParsedDataFiles.file(kept, data));
        byte[] broken = DataDirectory.bytes(data.resolve("countries/NOR.json"));
        assertNull(read.country("NOR.json", broken, ParsedDataFiles.crc(broken)));
        byte[] sweden = DataDirectory.bytes(data.resolve("countries/SWE.json"));
        assertNotNull(read.country("SWE.json", sweden, ParsedDataFiles.crc(sweden)));
    }

    @Test
    void aFileRenamedToAnotherCountryIsCheckedAgainstItsNewName() throws IOException {
        run();
        Files.move(data.resolve("countries/NOR.json"), data.resolve("countries/SWZ.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        LoadedData loaded = run();
        List<Problem> problems = loaded.rejected();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("$.iso3", problems.getFirst().location());
        assertTrue(problems.getFirst().message().contains("SWZ.json"), problems.getFirst().message());
    }

    @Test
    void aDamagedKeptFileIsPassedOverThenReplaced() throws IOException {
        run();
        Path file = ParsedDataFiles.file(kept, data);
        byte[] good = Files.readAllBytes(file);
        byte[] damaged = good.clone();
        damaged[damaged.length / 2] ^= 0x20;
        for (byte[] bad : List.of(damaged, java.util.Arrays.copyOf(good, good.length / 3), new byte[0],
                "not what it should be".getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            Files.write(file, bad);
            LoadedData loaded = run();
            assertEquals(parsedFromJson.countries(), loaded.countries());
            assertEquals(List.of(), loaded.rejected());
            assertTrue(java.util.Arrays.equals(good, Files.readAllBytes(file)), "written again as it was");
        }
    }

    @Test
    void aRemovedFileIsDroppedFromTheKeptFile() throws IOException {
        run();
        Path file = ParsedDataFiles.file(kept, data);
        long before = Files.size(file);
        Files.delete(data.resolve("countries/NPL.json"));
        LoadedData loaded = run();
        assertEquals(193, loaded.countries().size());
        assertTrue(Files.size(file) < before, Files.size(file) + " against " + before);
        try (Stream<Path> left = Files.list(kept)) {
            assertEquals(List.of(file), left.toList(), "no temporary file left beside it");
        }
    }

    @Test
    void whatARunStoppedWhileWritingLeftIsRemovedByTheNextThatWrites() throws IOException {
        Path file = ParsedDataFiles.file(kept, data);
        long ended = ProcessHandle.current().pid() + 1_000_000;   // no process has this number
        Path left = file.resolveSibling(file.getFileName() + "." + ended + ".tmp");
        long running = ProcessHandle.current().parent().orElseThrow().pid();   // may be writing its own
        Path writing = file.resolveSibling(file.getFileName() + "." + running + ".tmp");
        Files.write(left, new byte[100]);
        Files.write(writing, new byte[100]);
        run();
        assertTrue(Files.isRegularFile(file));
        assertTrue(Files.notExists(left));
        assertTrue(Files.isRegularFile(writing));
    }

    /** One brief reads its country's file alone: taken from the kept file when unchanged, and nothing kept from it. */
    @Test
    void aSingleCountryFileIsTakenWhenUnchangedAndKeepsNothing() throws IOException {
        Path norway = data.resolve("countries/NOR.json");
        assertEquals(country(parsedFromJson, "NOR"), DataDirectory.readCountry(norway, ParsedDataFiles.in(kept, data).readOnly()));
        assertTrue(Files.notExists(ParsedDataFiles.file(kept, data)), "a single read writes nothing");
        run();
        Path file = ParsedDataFiles.file(kept, data);
        byte[] before = Files.readAllBytes(file);
        assertEquals(country(parsedFromJson, "NOR"), DataDirectory.readCountry(norway, ParsedDataFiles.in(kept, data).readOnly()));
        edit(norway, "\"officialName\": \"Kingdom of Norway\"", "\"officialName\": \"Kingdom of Norway (edited)\"");
        assertEquals("Kingdom of Norway (edited)", DataDirectory.readCountry(norway, ParsedDataFiles.in(kept, data).readOnly()).officialName());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the kept file is left as it was");
    }

    /** A single brief reads the standings index: kept by a full read, taken when its file is unchanged. */
    @Test
    void theStandingsIndexIsKeptByAFullReadAndTakenByASingleBrief() throws IOException {
        StandingsIndex parsed = StandingsIndex.readIfCurrent(data).orElseThrow();
        run();
        ParsedDataFiles read = ParsedDataFiles.in(kept, data).readOnly();
        Path index = data.resolve("reference/" + StandingsIndex.FILE);
        byte[] bytes = DataDirectory.bytes(index);
        assertEquals(parsed, read.standings(bytes.length, ParsedDataFiles.crc(bytes)));
        assertEquals(parsed, StandingsIndex.readIfCurrent(data, read).orElseThrow());
        // Taken or parsed, an index is given only while the country files are those it was made from.
        Files.writeString(data.resolve("countries/NOR.json"), Files.readString(data.resolve("countries/NOR.json")) + " ");
        assertTrue(StandingsIndex.readIfCurrent(data, read).isEmpty());
        // An index file changed by hand is parsed again, not taken.
        Files.writeString(index, Files.readString(index) + "\n");
        byte[] changed = DataDirectory.bytes(index);
        assertNull(read.standings(changed.length, ParsedDataFiles.crc(changed)));
        assertEquals(parsed, StandingsIndex.read(data, read).orElseThrow());
    }

    @Test
    void theFilesOfTheDataFoldersUsedLastAreKeptTheOldestRemoved() throws IOException {
        List<Path> older = new java.util.ArrayList<>();
        for (int i = 0; i < ParsedDataFiles.FOLDERS + 2; i++) {
            Path other = kept.resolve(String.format("parsed-data-%08x.bin", i));
            Files.write(other, new byte[10]);
            Files.setLastModifiedTime(other, java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
            older.add(other);
        }
        run();
        try (Stream<Path> left = Files.list(kept)) {
            List<Path> files = left.sorted().toList();
            assertEquals(ParsedDataFiles.FOLDERS, files.size(), files.toString());
            assertTrue(files.contains(ParsedDataFiles.file(kept, data)));
            assertTrue(files.containsAll(older.subList(older.size() - ParsedDataFiles.FOLDERS + 1, older.size())));
        }
    }

    @Test
    void eachDataFolderHasItsOwnKeptFile() {
        assertNotEquals(ParsedDataFiles.file(kept, data), ParsedDataFiles.file(kept, BUNDLED));
        assertEquals(ParsedDataFiles.file(kept, data), ParsedDataFiles.file(kept, data.resolve("countries/..")));
    }

    /** Reads the data folder as a run that reads every file: taken or parsed, screened by the rules, kept. */
    private LoadedData run() {
        ParsedDataFiles files = ParsedDataFiles.in(kept, data);
        LoadedData loaded = DataDirectory.load(data, files);
        LoadedData screened = new Validation(loaded.dataSet()).screen(loaded, data);
        files.save(screened);
        return screened;
    }

    /** Reads the data folder with the kept file, before the rules: which countries are known to pass them. */
    private LoadedData loadKept() {
        return DataDirectory.load(data, ParsedDataFiles.in(kept, data).readOnly());
    }

    /** Replaces the first {@code from} of a file with {@code to}, which must change it. */
    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " holds no " + from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    private static Country country(LoadedData loaded, String iso3) {
        return loaded.countries().stream().filter(c -> c.iso3().equals(iso3)).findFirst().orElseThrow();
    }
}
