package briefs.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.load.DataDirectory;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Country files written to harm whoever reads them (terminal escapes, NULs, text that displays
 * reversed, counts that overflow, JSON built to exhaust a parser) are refused by {@code validate}
 * with the file, the JSON path or line, and words a user understands: never the parser's own
 * vocabulary (feature flags, token names, constraint classes).
 */
class HostileCountryFileTest {
    private static final List<String> LIBRARY_WORDS = List.of("JsonReadFeature", "JsonToken", "StreamReadConstraints",
            "START_ARRAY", "START_OBJECT", "VALUE_", "`int`", "java.", "tools.jackson", "Jackson");

    @TempDir
    Path data;
    private String norway;
    private Validation validation;

    @BeforeEach
    void copyReferenceAndNorway() throws IOException {
        validation = BadCountryFileTest.validationIn(data);
        norway = BadCountryFileTest.bundledNorway();
    }

    private List<Problem> check(String json) throws IOException {
        Path file = data.resolve("countries").resolve("NOR.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return validation.checkFile(file);
    }

    private static String text(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    private static void assertPlainWords(List<Problem> problems) {
        String text = text(problems);
        for (String word : LIBRARY_WORDS) {
            assertFalse(text.contains(word), "a message speaks the library's language (" + word + "): " + text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u001b]0;pwned\\u0007", "\\u001b[2J", "\\u0085", "\\ufffe", "\\uffff", "\\ufdd0",
            "\\ud800", "\\u202e", "\\u2066"})
    void aNameWithAControlNoncharacterOrOverrideIsRefusedAtItsPath(String escape) throws IOException {
        List<Problem> p = check(norway.replace("\"name\": \"Norway\"", "\"name\": \"Nor" + escape + "way\""));
        assertEquals(1, p.size(), text(p));
        assertEquals("$.name", p.get(0).location(), text(p));
        assertTrue(p.get(0).message().matches("has an? [a-z ]+ U\\+[0-9A-F]{4}.*"), text(p));
        assertFalse(p.get(0).toString().chars().anyMatch(ch -> ch < 0x20 || ch == 0x202E), "the message repeats the character");
    }

    @Test
    void aNoteWithATerminalEscapeIsRefusedAtItsPath() throws IOException {
        List<Problem> p = check(norway.replaceFirst("\"notes\": \\[\\s*]", "\"notes\": [\"fine\", \"clears \\\\u001b[2J the screen\"]")
                .replace("\\\\u001b", "\\u001b"));
        assertEquals(List.of("$.notes[1]"), p.stream().map(Problem::location).toList(), text(p));
        assertTrue(p.get(0).message().contains("U+001B"), text(p));
    }

    @Test
    void aTerminalEscapeInAPlanIsRefusedAtItsPath() throws IOException {
        List<Problem> p = check(norway.replace("\"title\": \"First NAP\"", "\"title\": \"First\\u001b NAP\""));
        assertEquals(List.of("$.actionPlans[0].title"), p.stream().map(Problem::location).toList(), text(p));
        assertTrue(p.get(0).message().startsWith("has a control character U+001B (escape) at character 6"), text(p));
    }

    @Test
    void aZeroWidthCharacterIsRefusedInANameButNotInANote() throws IOException {
        List<Problem> inName = check(norway.replaceFirst("\"name\": \"Norway\"", "\"name\": \"Nor\\\\u200bway\"").replace("\\\\u200b", "\\u200b"));
        assertEquals(List.of("$.name"), inName.stream().map(Problem::location).toList(), text(inName));
        List<Problem> inNote = check(norway.replaceFirst("\"notes\": \\[\\s*]", "\"notes\": [\"a\\\\u200bb, \\\\u05e9\\\\u05dc\\\\u05d5\\\\u05dd\"]")
                .replace("\\\\u", "\\u"));
        assertEquals(List.of(), inNote, text(inNote));
    }

    @Test
    void contributionsThatOverflowAnIntegerAreNotSaidToAddUpToANegative() throws IOException {
        int max = Integer.MAX_VALUE;
        String bad = norway.replaceFirst("\"men\": 20, \"women\": 2, \"total\": 22",
                "\"men\": " + max + ", \"women\": 0, \"total\": " + max);
        bad = bad.replaceFirst("\"men\": 7, \"women\": 1, \"total\": 8", "\"men\": " + max + ", \"women\": 0, \"total\": " + max);
        List<Problem> p = check(bad);
        assertFalse(p.isEmpty());
        assertFalse(text(p).matches("(?s).*add up to -.*"), text(p));
    }

    @Test
    void notANumberIsSaidInPlainWords() throws IOException {
        List<Problem> p = check(norway.replaceFirst("\"total\": 22", "\"total\": NaN"));
        assertEquals(1, p.size(), text(p));
        assertTrue(p.get(0).location().startsWith("line "), text(p));
        assertPlainWords(p);
        assertPlainWords(load(norway.replaceFirst("\"total\": 22", "\"total\": NaN")));
    }

    @Test
    void anArrayWhereACountBelongsIsSaidInPlainWords() throws IOException {
        List<Problem> p = check(norway.replaceFirst("\"total\": 22", "\"total\": [22]"));
        assertFalse(p.isEmpty());
        assertTrue(p.get(0).location().startsWith("$.deployments[") || p.get(0).location().startsWith("line "), text(p));
        assertPlainWords(p);
        List<Problem> loaded = load(norway.replaceFirst("\"total\": 22", "\"total\": [22]"));
        assertTrue(loaded.get(0).location().startsWith("$.deployments[0]"), text(loaded));
        assertPlainWords(loaded);
    }

    @Test
    void aNumberTooLargeForACountIsNotCalledInvalidJson() throws IOException {
        List<Problem> p = check(norway.replaceFirst("\"total\": 22", "\"total\": 9223372036854775808"));
        assertFalse(p.isEmpty());
        assertFalse(text(p).contains("not valid JSON"), text(p));
        assertTrue(text(p).contains("2147483647"), text(p));
        assertPlainWords(p);
        assertPlainWords(load(norway.replaceFirst("\"total\": 22", "\"total\": 9223372036854775808")));
    }

    @Test
    void deepNestingHasALineAndPlainWords() throws IOException {
        String deep = "{\"notes\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        List<Problem> p = check(deep);
        assertEquals(1, p.size(), text(p));
        assertTrue(p.get(0).location().startsWith("line 1, column 5"), text(p));
        assertPlainWords(p);
        // The loader maps as it reads, so it meets an array where a note belongs before the limit.
        List<Problem> loaded = load(deep);
        assertTrue(loaded.get(0).location().matches("line 1, column 5|\\$\\.notes\\[0]"), text(loaded));
        assertPlainWords(loaded);
    }

    /** What the loader that {@code brief} and {@code all} use says of a file: it has no schema. */
    private List<Problem> load(String json) throws IOException {
        Path file = data.resolve("countries").resolve("NOR.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        try {
            DataDirectory.readCountry(file);
            return List.of();
        } catch (briefs.model.BadInputException e) {
            return e.problems();
        }
    }
}
