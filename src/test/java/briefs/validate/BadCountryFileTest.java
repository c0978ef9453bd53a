package briefs.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.load.DataDirectory;
import briefs.load.LoadedData;
import briefs.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad country file gets problems that name the file, the place in it and what is wrong. */
class BadCountryFileTest {
    @TempDir
    Path data;
    private String norway;
    private Validation validation;

    @BeforeEach
    void copyReferenceAndNorway() throws IOException {
        validation = validationIn(data);
        norway = bundledNorway();
    }

    /** A data folder holding the bundled reference files and an empty countries/, and its validation. */
    static Validation validationIn(Path data) throws IOException {
        Path ref = Files.createDirectories(data.resolve("reference"));
        Files.createDirectories(data.resolve("countries"));
        for (String f : List.of("dataset.json", "operations.json", "parity-targets.json")) {
            Files.copy(Path.of("data/reference").resolve(f), ref.resolve(f));
        }
        return new Validation(DataDirectory.loadReference(data));
    }

    static String bundledNorway() throws IOException {
        return Files.readString(Path.of("data/countries/NOR.json"), StandardCharsets.UTF_8);
    }

    private List<Problem> check(String name, String json) throws IOException {
        Path file = data.resolve("countries").resolve(name);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return validation.checkFile(file);
    }

    /** One of the problems is in NOR.json at exactly {@code location}, and its message holds {@code message}. */
    private static void assertProblem(List<Problem> problems, String location, String message) {
        assertTrue(problems.stream().anyMatch(x -> x.file().endsWith("NOR.json") && x.location().equals(location)
                && x.message().contains(message)), "expected at " + location + ": " + message + "\nbut got:\n" + text(problems));
    }

    private static String text(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void theBundledNorwayIsValid() throws IOException {
        assertEquals(List.of(), check("NOR.json", norway));
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws IOException {
        List<Problem> p = check("NOR.json", "{\n  \"iso3\": \"NOR\",\n  \"name\": \"Norway\"\n  \"iso2\": \"NO\"\n}");
        assertEquals(1, p.size(), text(p));
        assertTrue(p.get(0).file().endsWith("NOR.json"));
        assertEquals("line 4, column 3", p.get(0).location(), text(p));
        assertTrue(p.get(0).message().startsWith("not valid JSON"), text(p));
    }

    @Test
    void aTruncatedFileIsNotValidJson() throws IOException {
        List<Problem> p = check("NOR.json", norway.substring(0, norway.length() / 2));
        assertTrue(p.get(0).message().contains("not valid JSON"), text(p));
        assertTrue(p.get(0).location().startsWith("line "), text(p));
    }

    @Test
    void aMissingFieldIsNamed() throws IOException {
        List<Problem> p = check("NOR.json", norway.replaceFirst("\"name\": \"Norway\",\n", ""));
        assertProblem(p, "$", "required property 'name' not found");
    }

    @Test
    void womenAboveTotalIsReportedAtItsPath() throws IOException {
        String bad = norway.replaceFirst("\"men\": 20, \"women\": 2, \"total\": 22", "\"men\": 20, \"women\": 30, \"total\": 22");
        List<Problem> p = check("NOR.json", bad);
        assertTrue(p.stream().anyMatch(x -> x.location().equals("$.deployments[0].contributions[0].women")
                && x.message().contains("above the total")), text(p));
    }

    @Test
    void totalsThatDoNotAddUpAreReported() throws IOException {
        String bad = norway.replaceFirst("\"total\": 70,", "\"total\": 71,");
        List<Problem> p = check("NOR.json", bad);
        assertTrue(p.stream().anyMatch(x -> x.location().equals("$.deployments[0].total")
                && x.message().contains("add up to 70")), text(p));
    }

    @Test
    void anUnknownPersonnelTypeIsReported() throws IOException {
        String bad = norway.replaceFirst("\"type\": \"Troops\"", "\"type\": \"Marines\"");
        List<Problem> p = check("NOR.json", bad);
        assertProblem(p, "$.deployments[0].contributions[0].type", "does not have a value in the enumeration");
    }

    @Test
    void aFileNamedForAnotherCountryIsReported() throws IOException {
        List<Problem> p = check("XYZ.json", norway);
        assertTrue(p.stream().anyMatch(x -> x.location().equals("$.iso3") && x.message().contains("XYZ.json")), text(p));
    }

    @Test
    void anUnknownOperationIsReported() throws IOException {
        List<Problem> p = check("NOR.json", norway.replaceFirst("\"operation\": \"MINUSMA\"", "\"operation\": \"UNXYZ\""));
        assertProblem(p, "$.deployments[0].contributions[0].operation",
                "\"UNXYZ\" is not a known operation (see reference/operations.json)");
    }

    @Test
    void aMonthOutsideTheDataSetIsReported() throws IOException {
        List<Problem> p = check("NOR.json", norway.replaceFirst("\"month\": \"2015-01\"", "\"month\": \"2014-12\""));
        assertProblem(p, "$.deployments[0].month", "2014-12 is not a month of the data set (2015-01 to 2025-07");
    }

    @Test
    void negativeAndFractionalCountsAreReported() throws IOException {
        assertProblem(check("NOR.json", norway.replaceFirst("\"total\": 22", "\"total\": -22")),
                "$.deployments[0].contributions[0].total", "must have a minimum value of 0");
        assertProblem(check("NOR.json", norway.replaceFirst("\"total\": 22", "\"total\": 22.5")),
                "$.deployments[0].contributions[0].total", "integer expected");
    }

    @Test
    void duplicateKeysAreReported() throws IOException {
        List<Problem> p = check("NOR.json", norway.replaceFirst("\"iso2\": \"NO\",", "\"iso2\": \"NO\",\n  \"iso2\": \"NO\","));
        assertProblem(p, "line 4, column 9", "Duplicate Object property \"iso2\"");
    }

    @Test
    void anEmptyFileIsReported() throws IOException {
        List<Problem> p = check("NOR.json", "");
        assertEquals(1, p.size(), text(p));
        assertTrue(p.get(0).file().endsWith("NOR.json"), text(p));
        assertTrue(p.get(0).message().contains("empty"), text(p));
    }

    @Test
    void aFatalityBeforeThe1948StartIsRefusedByTheSchema() throws IOException {
        List<Problem> p = check("NOR.json", norway.replaceFirst("\"year\": 1948,", "\"year\": 1947,"));
        assertProblem(p, "$.fatalities[0].year", "must have a minimum value of 1948");
        assertEquals(List.of(), check("NOR.json", norway), "1948 itself is inside");
    }

    @Test
    void aFatalityAfterTheLastYearIsOutsideTheData() throws IOException {
        List<Problem> p = check("NOR.json", norway.replaceFirst("\"year\": 1948,", "\"year\": 2026,"));
        assertProblem(p, "$.fatalities[0].year", "2026 is outside the data (1948 to 2025)");
    }

    @Test
    void fatalitiesWhosePartsDoNotAddUpAreReportedWithTheirSum() throws IOException {
        String bad = norway.replaceFirst("\"men\": 1,\n      \"women\": 0,\n      \"genderUnknown\": 0,\n      \"total\": 1",
                "\"men\": 1,\n      \"women\": 2,\n      \"genderUnknown\": 0,\n      \"total\": 1");
        assertProblem(check("NOR.json", bad), "$.fatalities[0].total", "is 1 but men + women + genderUnknown is 3");
    }

    @Test
    void aPlanEndingBeforeItStartsIsReported() throws IOException {
        String bad = norway.replaceFirst("\"startYear\": 2011,\n      \"endYear\": 2013,",
                "\"startYear\": 2011,\n      \"endYear\": 2010,");
        assertProblem(check("NOR.json", bad), "$.actionPlans[1].endYear", "2010 is before startYear 2011");
        String sameYear = norway.replaceFirst("\"startYear\": 2011,\n      \"endYear\": 2013,",
                "\"startYear\": 2011,\n      \"endYear\": 2011,");
        assertEquals(List.of(), check("NOR.json", sameYear), "a plan of one year is fine");
    }

    @Test
    void aPlanWithoutATitleIsReported() throws IOException {
        String bad = norway.replaceFirst("\"title\": \"Revised NAP\"", "\"title\": \" \"");
        assertProblem(check("NOR.json", bad), "$.actionPlans[1].title", "is missing or empty");
    }

    @Test
    void loadingSetsABrokenFileAsideAndKeepsTheOthers() throws IOException {
        Files.writeString(data.resolve("countries/NOR.json"), norway);
        Files.writeString(data.resolve("countries/SWE.json"), "{ broken");
        LoadedData loaded = DataDirectory.load(data);
        assertEquals(List.of("NOR"), loaded.countries().stream().map(c -> c.iso3()).toList());
        assertEquals(1, loaded.rejected().size());
        assertTrue(loaded.rejected().get(0).file().endsWith("SWE.json"));
    }
}
