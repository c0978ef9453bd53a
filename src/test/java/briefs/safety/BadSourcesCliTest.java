package briefs.safety;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.cli.ExitCodes;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Bad UN source files for {@code briefs import}: each exits 2 naming the file, the line and the
 * column, and leaves the data folder exactly as it was (nothing written outside it either).
 * Columns in another order are not bad: import reads them by name.
 */
class BadSourcesCliTest {
    static final String PERSONNEL = "un_uniformed_personnel_monthly.csv";
    static final String COUNTRIES = "countries.csv";
    private static final String NORWAY_ROW = "NOR,NO,578,Norway,Norway,Kingdom of Norway,1,1,Europe,Northern Europe,,WEOG";
    private static final String FIRST_PERSONNEL_ROW = "2015-01-31,MINURSO,Argentina,ARG,Experts on Mission,3,0,3";

    @FunctionalInterface
    interface Spoiler {
        void spoil(Path sources) throws IOException;
    }

    record Spoilt(String label, Spoiler spoiler, List<String> words) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static Spoiler replace(String file, String text, String replacement) {
        return sources -> {
            Path path = sources.resolve(file);
            String before = Files.readString(path, StandardCharsets.UTF_8);
            String after = before.replaceFirst(java.util.regex.Pattern.quote(text),
                    java.util.regex.Matcher.quoteReplacement(replacement));
            if (after.equals(before)) {
                throw new IllegalStateException(file + " no longer holds " + text);
            }
            Files.writeString(path, after, StandardCharsets.UTF_8);
        };
    }

    private static Spoiler reencode(String file, Charset charset) {
        return sources -> {
            Path path = sources.resolve(file);
            Files.write(path, Files.readString(path, StandardCharsets.UTF_8).getBytes(charset));
        };
    }

    static Stream<Spoilt> spoilt() {
        return Stream.of(
                new Spoilt("a missing column", replace(PERSONNEL, "personnel_type,male,female,total", "personnel_type,male,female"),
                        List.of(PERSONNEL, "line 1", "missing column total")),
                new Spoilt("a renamed column", replace(COUNTRIES, "iso3,iso2,", "ISO-3,iso2,"),
                        List.of(COUNTRIES, "missing column iso3")),
                new Spoilt("a count that is no number", replace(PERSONNEL, FIRST_PERSONNEL_ROW,
                        "2015-01-31,MINURSO,Argentina,ARG,Experts on Mission,3,0,3x"),
                        List.of(PERSONNEL, "line 2, column total", "not a whole number: \"3x\"")),
                new Spoilt("a negative count", replace(PERSONNEL, FIRST_PERSONNEL_ROW,
                        "2015-01-31,MINURSO,Argentina,ARG,Experts on Mission,3,-1,2"),
                        List.of(PERSONNEL, "line 2, column female", "negative")),
                new Spoilt("a fractional count", replace(PERSONNEL, FIRST_PERSONNEL_ROW,
                        "2015-01-31,MINURSO,Argentina,ARG,Experts on Mission,3,0,3.0"),
                        List.of(PERSONNEL, "line 2, column total", "not a whole number")),
                new Spoilt("a total that is not men plus women", replace(PERSONNEL, FIRST_PERSONNEL_ROW,
                        "2015-01-31,MINURSO,Argentina,ARG,Experts on Mission,3,0,4"),
                        List.of(PERSONNEL, "line 2, column total", "male + female")),
                new Spoilt("a malformed date", replace(PERSONNEL, FIRST_PERSONNEL_ROW,
                        "31/01/2015,MINURSO,Argentina,ARG,Experts on Mission,3,0,3"),
                        List.of(PERSONNEL, "line 2, column date", "YYYY-MM-DD")),
                new Spoilt("an unknown country", replace(PERSONNEL, FIRST_PERSONNEL_ROW,
                        "2015-01-31,MINURSO,Argentina,XXX,Experts on Mission,3,0,3"),
                        List.of(PERSONNEL, "line 2, column iso3", "not a country code in countries.csv: XXX")),
                new Spoilt("an unknown personnel type", replace(PERSONNEL, FIRST_PERSONNEL_ROW,
                        "2015-01-31,MINURSO,Argentina,ARG,Marines,3,0,3"),
                        List.of(PERSONNEL, "line 2, column personnel_type", "Marines")),
                new Spoilt("a country code that is a path", replace(COUNTRIES, NORWAY_ROW,
                        NORWAY_ROW + "\n../../EVL,EV,999,Evil,Evil,Evil,1,1,Europe,Northern Europe,,WEOG"),
                        List.of(COUNTRIES, "column iso3", "../../EVL")),
                new Spoilt("a lower-case country code", replace(COUNTRIES, NORWAY_ROW, NORWAY_ROW.replace("NOR,", "nor,")),
                        List.of(COUNTRIES, "column iso3", "nor")),
                new Spoilt("Latin-1 instead of UTF-8", reencode(COUNTRIES, StandardCharsets.ISO_8859_1),
                        List.of(COUNTRIES, "not UTF-8")),
                new Spoilt("UTF-16 instead of UTF-8", reencode(PERSONNEL, StandardCharsets.UTF_16),
                        List.of(PERSONNEL, "not UTF-8")),
                new Spoilt("an unclosed quote", replace(PERSONNEL, FIRST_PERSONNEL_ROW,
                        "2015-01-31,\"MINURSO,Argentina,ARG,Experts on Mission,3,0,3"),
                        List.of(PERSONNEL, "not a valid CSV file")),
                new Spoilt("an empty file", sources -> Files.write(sources.resolve(PERSONNEL), new byte[0]),
                        List.of(PERSONNEL, "empty")),
                new Spoilt("a row that imports but fails validation", replace("DPPADPOSS-FATALITIES.csv",
                        "2,1948-07-13,UNTSO-1948-07-02401", "2,1900-07-13,UNTSO-1948-07-02401"),
                        List.of("NOR.json", "$.fatalities[0].year", "1948")),
                new Spoilt("a missing file", sources -> Files.delete(sources.resolve(PERSONNEL)),
                        List.of(PERSONNEL, "source file not found")),
                new Spoilt("a name in text for a country that does not exist",
                        replace("country_names.csv", "NER,the Niger", "XNE,the Niger"),
                        List.of("country_names.csv", "column iso3", "XNE")),
                new Spoilt("a name in text listed twice", replace("country_names.csv", "NER,the Niger",
                        "NER,the Niger\nNER,Niger"), List.of("country_names.csv", "listed twice", "NER")),
                new Spoilt("an empty name in text", replace("country_names.csv", "NER,the Niger", "NER,"),
                        List.of("country_names.csv", "in_text", "empty")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spoilt")
    void badSourcesExitTwoAndLeaveTheDataAsItWas(Spoilt spoilt, @TempDir Path root) throws IOException {
        Workspace ws = new Workspace(root);
        Path sources = ws.sources();
        spoilt.spoiler().spoil(sources);
        Map<String, Integer> before = Workspace.snapshot(ws.data);
        Cli run = Cli.run("import", "--sources", sources.toString(), "--data", ws.data.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.shown());
        for (String word : spoilt.words()) {
            assertTrue(run.err().toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT)),
                    "says \"" + word + "\":\n" + run.shown());
        }
        BadCountryFileCliTest.assertNoStackTrace(run);
        assertEquals(before, Workspace.snapshot(ws.data), "the data folder is as it was");
        assertEquals(List.of("countries", "reference"), Files.list(ws.data).map(p -> p.getFileName().toString()).sorted()
                .toList(), "no staging folder is left behind");
        assertTrue(Workspace.files(root).stream().noneMatch(f -> f.contains("EVL")), "nothing written for a path-like code");
    }

    /**
     * Columns are read by name and a byte-order mark is dropped: the same sources with every
     * column reversed, one of them saved with a BOM, import to the same files.
     */
    @Test
    void reorderedColumnsAndAByteOrderMarkImportToTheSameData(@TempDir Path root) throws IOException {
        Workspace ws = new Workspace(root);
        Path sources = ws.sources();
        reverseColumns(sources.resolve(PERSONNEL));
        reverseColumns(sources.resolve(COUNTRIES));
        Files.writeString(sources.resolve(COUNTRIES), "\uFEFF" + Files.readString(sources.resolve(COUNTRIES)));
        Cli run = Cli.run("import", "--sources", sources.toString(), "--data", ws.data.toString());
        assertEquals(ExitCodes.DONE, run.exitCode(), run.shown());
        for (String file : List.of("countries/NOR.json", "countries/CIV.json", "reference/dataset.json")) {
            assertArrayEquals(Files.readAllBytes(Workspace.BUNDLED_DATA.resolve(file)), Files.readAllBytes(ws.data.resolve(file)),
                    file + " differs from the bundled import");
        }
    }

    private static void reverseColumns(Path csv) throws IOException {
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).with(CsvSchema.emptySchema())
                .readValues(Files.readString(csv, StandardCharsets.UTF_8))) {
            while (it.hasNextValue()) {
                List<String> row = new ArrayList<>(it.nextValue());
                Collections.reverse(row);
                rows.add(row);
            }
        }
        Files.writeString(csv, mapper.writeValueAsString(rows), StandardCharsets.UTF_8);
    }
}
