package briefs.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.cli.ExitCodes;
import briefs.load.DataDirectory;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad country file, through the real command line: {@code briefs validate FILE},
 * {@code briefs brief NOR} and {@code briefs mail NOR} each exit 2 with a message naming the
 * file, the place in it and what is wrong, print no stack trace, and write nothing.
 */
class BadCountryFileCliTest {
    private static final String NORWAY = Workspace.bundledCountry("NOR");

    /** One spoilt Norway: what is done to the file, and the words the message must hold. */
    record Spoilt(String label, Spoiler spoiler, List<String> words) {
        @Override
        public String toString() {
            return label;
        }
    }

    @FunctionalInterface
    interface Spoiler {
        void spoil(Path file) throws IOException;
    }

    private static Spoiler text(String json) {
        return file -> Files.writeString(file, json, StandardCharsets.UTF_8);
    }

    private static Spoiler replace(String regex, String replacement) {
        String spoilt = NORWAY.replaceFirst(regex, replacement);
        if (spoilt.equals(NORWAY)) {
            throw new IllegalArgumentException("the fixture no longer holds " + regex);
        }
        return text(spoilt);
    }

    static Stream<Spoilt> spoilt() {
        String firstContribution = "\\{ \"operation\": \"MINUSMA\", \"type\": \"Troops\", \"men\": 20, \"women\": 2, \"total\": 22 \\}";
        return Stream.of(
                new Spoilt("not JSON", text("Norway sent 70 people\n"), List.of("line 1, column 1", "not valid JSON")),
                new Spoilt("truncated", text(NORWAY.substring(0, NORWAY.length() / 2)), List.of("line ", "column", "not valid JSON")),
                new Spoilt("empty", text(""), List.of("line 1, column 1", "empty")),
                new Spoilt("only whitespace", text("  \n\n"), List.of("JSON")),
                new Spoilt("JSON null", text("null"), List.of("object")),
                new Spoilt("an array, not an object", text("[1, 2]"), List.of()),
                new Spoilt("a string where a count belongs", replace("\"total\": 70,", "\"total\": \"70\","),
                        List.of("$.deployments[0].total", "string")),
                new Spoilt("a missing field", replace("\"name\": \"Norway\",\n", ""), List.of("name")),
                new Spoilt("an unknown field", replace("\"iso2\": \"NO\",", "\"iso2\": \"NO\", \"colour\": \"blue\","),
                        List.of("colour")),
                new Spoilt("a negative count", replace("\"men\": 20, \"women\": 2, \"total\": 22", "\"men\": 20, \"women\": -2, \"total\": 18"),
                        List.of("$.deployments[0].contributions[0].women")),
                new Spoilt("a fractional count", replace("\"total\": 22 }", "\"total\": 22.5 }"),
                        List.of("$.deployments[0].contributions[0].total")),
                new Spoilt("a count too large for a number", replace("\"total\": 22 }", "\"total\": 99999999999999999999999 }"),
                        List.of()),
                new Spoilt("a count in exponent form", replace("\"total\": 22 }", "\"total\": 1e400 }"),
                        List.of("$.deployments[0].contributions[0].total")),
                new Spoilt("women above the total", replace(firstContribution,
                        "{ \"operation\": \"MINUSMA\", \"type\": \"Troops\", \"men\": 20, \"women\": 30, \"total\": 22 }"),
                        List.of("$.deployments[0].contributions[0].women", "above the total")),
                new Spoilt("totals that do not add up", replace("\"total\": 70,", "\"total\": 71,"),
                        List.of("$.deployments[0].total", "add up to 70")),
                new Spoilt("a month outside the data set", replace("\"month\": \"2015-01\"", "\"month\": \"2014-12\""),
                        List.of("$.deployments[0].month", "not a month of the data set")),
                new Spoilt("a malformed month", replace("\"month\": \"2015-01\"", "\"month\": \"2015-13\""),
                        List.of("$.deployments[0].month")),
                new Spoilt("an unknown personnel type", replace("\"type\": \"Troops\"", "\"type\": \"Marines\""),
                        List.of("$.deployments[0].contributions[0].type")),
                new Spoilt("an unknown operation", replace("\"operation\": \"MINUSMA\"", "\"operation\": \"UNXYZ\""),
                        List.of("$.deployments[0].contributions[0].operation", "UNXYZ")),
                new Spoilt("a duplicate key", replace("\"iso2\": \"NO\",", "\"iso2\": \"NO\",\n  \"iso2\": \"NO\","),
                        List.of("line 4", "duplicate", "iso2")),
                new Spoilt("another country's code", replace("\"iso3\": \"NOR\"", "\"iso3\": \"SWE\""),
                        List.of("$.iso3", "NOR.json")),
                new Spoilt("a code that is a path", replace("\"iso3\": \"NOR\"", "\"iso3\": \"../../NOR\""),
                        List.of("$.iso3")),
                new Spoilt("a lower-case code", replace("\"iso3\": \"NOR\"", "\"iso3\": \"nor\""),
                        List.of("$.iso3")),
                new Spoilt("deeply nested", text(NORWAY.replace("\"notes\": [ ]", "\"notes\": " + "[".repeat(5000) + "]".repeat(5000))),
                        List.of()),
                new Spoilt("larger than the size limit", file -> {
                    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                        f.setLength(DataDirectory.MAX_FILE_BYTES + 1); // sparse: costs no disk, proves no parsing
                    }
                }, List.of("bytes; the limit is")),
                new Spoilt("not a number", replace("\"total\": 22 }", "\"total\": NaN }"), List.of("line ", "NaN is not a JSON value")),
                new Spoilt("a count beyond 2^63", replace("\"total\": 22 }", "\"total\": 9223372036854775808 }"),
                        List.of("2147483647")),
                new Spoilt("a name with a terminal escape", replace("\"name\": \"Norway\"", "\"name\": \"Norway\\\\u001b]0;owned\\\\u0007\""),
                        List.of("$.name", "U+001B")),
                new Spoilt("a name with a NUL", replace("\"name\": \"Norway\"", "\"name\": \"Nor\\\\u0000way\""),
                        List.of("$.name", "U+0000")),
                new Spoilt("a note with a right-to-left override", replace("\"notes\": \\[ ]", "\"notes\": [\"fdp.exe\\\\u202Etxt\"]"),
                        List.of("$.notes[0]", "U+202E")),
                new Spoilt("bytes that are not UTF-8", file -> {
                    byte[] bytes = NORWAY.replace("\"Norway\",\n  \"officialName\"", "\"Norw\u00e6y\",\n  \"officialName\"")
                            .getBytes(StandardCharsets.ISO_8859_1);
                    Files.write(file, bytes);
                }, List.of("NOR.json", "UTF-8")));
    }

    @ParameterizedTest(name = "validate: {0}")
    @MethodSource("spoilt")
    void validateRejectsWithExitTwoAndSaysWhere(Spoilt spoilt, @TempDir Path root) throws IOException {
        Workspace ws = new Workspace(root);
        spoilt.spoiler().spoil(ws.countryFile("NOR"));
        Cli run = Cli.run("validate", "--data", ws.data.toString(), ws.countryFile("NOR").toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.shown());
        assertRejected(run, spoilt.words());
    }

    @ParameterizedTest(name = "brief: {0}")
    @MethodSource("spoilt")
    void briefRejectsWithExitTwoAndWritesNothing(Spoilt spoilt, @TempDir Path root) throws IOException {
        Workspace ws = new Workspace(root);
        spoilt.spoiler().spoil(ws.countryFile("NOR"));
        Cli run = Cli.run("brief", "NOR", "--data", ws.data.toString(), "--out", ws.out.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.shown());
        assertRejected(run, spoilt.words());
        assertFalse(run.err().contains("closest"), "NOR.json's own problem says why; other countries' names mislead:\n"
                + run.shown());
        assertEquals(List.of(), Workspace.files(ws.out), "nothing is written for bad input");
    }

    @ParameterizedTest(name = "mail: {0}")
    @MethodSource("spoilt")
    void mailRejectsWithExitTwoAndWritesNoDraft(Spoilt spoilt, @TempDir Path root) throws IOException {
        Workspace ws = new Workspace(root);
        spoilt.spoiler().spoil(ws.countryFile("NOR"));
        Cli run = Cli.run("mail", "NOR", "--data", ws.data.toString(), "--out", ws.out.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.shown());
        assertRejected(run, spoilt.words());
        assertEquals(List.of(), Workspace.files(ws.out), "no draft, brief or annex for bad input");
    }

    /**
     * Jackson's read constraints stop a deeply nested document at depth 500, before any stack
     * overflow; {@code brief} rejects the same file earlier, at the first value of the wrong type.
     */
    @Test
    void deepNestingStopsAtTheParsersDepthLimit(@TempDir Path root) throws IOException {
        Workspace ws = new Workspace(root);
        ws.writeCountry("NOR", "{\"notes\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        Cli run = Cli.run("validate", "--data", ws.data.toString(), ws.countryFile("NOR").toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.shown());
        assertRejected(run, List.of("line 1, column 510", "nested more than 500 levels deep"));
    }

    /** A byte-order mark is accepted: editors on Windows add one, and it changes no value. */
    @Test
    void aByteOrderMarkIsAccepted(@TempDir Path root) throws IOException {
        Workspace ws = new Workspace(root);
        ws.writeCountry("NOR", "\uFEFF" + NORWAY);
        Cli validate = Cli.run("validate", "--data", ws.data.toString(), ws.countryFile("NOR").toString());
        assertEquals(ExitCodes.DONE, validate.exitCode(), validate.shown());
        Cli brief = Cli.run("brief", "NOR", "--data", ws.data.toString(), "--out", ws.out.toString());
        assertEquals(ExitCodes.DONE, brief.exitCode(), brief.shown());
        assertTrue(Files.exists(ws.out.resolve("NOR-brief-2025-07.pdf")), brief.shown());
    }

    /** The words must name the file and the fault, with no stack trace and no Java class names. */
    static void assertRejected(Cli run, List<String> words) {
        String err = run.err();
        assertTrue(err.contains("NOR.json"), "names the file:\n" + run.shown());
        for (String word : words) {
            assertTrue(err.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT)),
                    "says \"" + word + "\":\n" + run.shown());
        }
        assertNoStackTrace(run);
    }

    static void assertNoStackTrace(Cli run) {
        String all = run.out() + run.err();
        assertFalse(all.contains("\tat ") || all.matches("(?s).*\\bat [a-z]+\\.[a-zA-Z.]+\\(.*"), "a stack trace:\n" + run.shown());
        assertFalse(all.contains("Exception"), "an exception's name reached the user:\n" + run.shown());
        assertFalse(all.contains("internal error"), "bad input reported as a bug:\n" + run.shown());
    }
}
