package briefs.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.cli.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated hostile input through the real command line, bounded and seeded so a failure replays:
 * a Norway whose values are replaced by arbitrary JSON (text of any code point, escapes of
 * controls, surrogates and overrides, huge and negative numbers, nulls, arrays, objects), and
 * recipients files of arbitrary cells (quotes, separators, controls, look-alike codes).
 * Whatever the input, the exit code is 0 or 2, no stack trace or exception name reaches the user,
 * and when a command refuses its input the outputs already in place are left as they were.
 */
class HostileInputFuzzTest {
    private static final long SEED = 20_261_130L;
    private static final int COUNTRY_CASES = 24;
    private static final int RECIPIENTS_CASES = 40;
    private static final String NORWAY = Workspace.bundledCountry("NOR");
    /** Values of NOR.json that a case replaces; each appears in the bundled file. */
    private static final List<String> TARGETS = List.of("\"Norway\"", "\"NOR\"", "\"NO\"", "\"578\"", "\"WEOG\"",
            "22", "\"2015-01\"", "\"Troops\"", "\"MINUSMA\"", "[ ]", "true");
    private static final List<String> ODD_VALUES = List.of("null", "true", "[]", "{}", "[1, [2]]", "{\"a\": 1}", "\"\"",
            "", "\"\\u0000\"", "\"\\ud800\"", "\"\\u202e\"", "\"\\u001b[2J\"", "2147483647", "2147483648", "-1",
            "9223372036854775808", "1e400", "0.5", "NaN", "-0", "\"=1+1\"", "\"<b>x</b>\"", "\"${7*7}\"");

    @Test
    void aMutatedCountryFileIsBriefedOrRefusedCleanly(@TempDir Path root) throws IOException {
        Workspace ws = new Workspace(root);
        Cli first = Cli.run("brief", "NOR", "--data", ws.data.toString(), "--out", ws.out.toString());
        assertEquals(ExitCodes.DONE, first.exitCode(), first.shown());
        Map<String, Integer> before = Workspace.snapshot(ws.out);
        Random random = new Random(SEED);
        for (int i = 0; i < COUNTRY_CASES; i++) {
            String target = TARGETS.get(random.nextInt(TARGETS.size()));
            String value = jsonValue(random);
            String mutated = replaceOne(NORWAY, target, value, random);
            ws.writeCountry("NOR", mutated);
            String label = "case " + i + " (seed " + SEED + "): " + target + " -> " + value;
            Cli validate = Cli.run("validate", "--data", ws.data.toString(), ws.countryFile("NOR").toString());
            assertClean(validate, label);
            Cli brief = Cli.run("brief", "NOR", "--data", ws.data.toString(), "--out", ws.out.toString());
            assertClean(brief, label);
            if (brief.exitCode() == ExitCodes.DONE) {
                before = Workspace.snapshot(ws.out);
            } else {
                assertEquals(before, Workspace.snapshot(ws.out), "a refused brief replaced a file, " + label);
            }
        }
    }

    @Test
    void anyRecipientsFileMakesDraftsOrIsRefusedCleanly(@TempDir Path root) throws IOException {
        Workspace ws = new Workspace(root);
        Random random = new Random(SEED);
        Path file = root.resolve("recipients.csv");
        for (int i = 0; i < RECIPIENTS_CASES; i++) {
            StringBuilder csv = new StringBuilder("iso3,to,cc,bcc\n");
            int rows = random.nextInt(4);
            for (int r = 0; r < rows; r++) {
                csv.append(String.join(",", cell(List.of("NOR", "CIV", "nor", "SWE", "", "XX", "N\u200bOR").get(random.nextInt(7))),
                        cell(address(random)), cell(address(random)), cell(address(random)))).append('\n');
            }
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            Map<String, Integer> before = Workspace.snapshot(ws.out);
            String label = "case " + i + " (seed " + SEED + "):\n" + csv;
            Cli mail = Cli.run("mail", "NOR", "--data", ws.data.toString(), "--out", ws.out.toString(),
                    "--recipients", file.toString());
            assertClean(mail, label);
            if (mail.exitCode() != ExitCodes.DONE) {
                assertEquals(before, Workspace.snapshot(ws.out), "a refused recipients file changed the drafts, " + label);
            }
        }
    }

    private static String jsonValue(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> ODD_VALUES.get(random.nextInt(ODD_VALUES.size()));
            case 1 -> String.valueOf(random.nextLong() >> random.nextInt(64));
            default -> quoted(text(random, 30));
        };
    }

    /** Any code point but unpaired surrogates (a UTF-8 file cannot hold them; escapes above do). */
    private static String text(Random random, int maxLength) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            int cp = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x80);
                case 1 -> random.nextInt(0x3000);
                case 2 -> 0x1F300 + random.nextInt(0x400);
                default -> random.nextInt(0x110000);
            };
            if (Character.getType(cp) != Character.SURROGATE) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static String address(Random random) {
        List<String> known = List.of("desk@example.org", "\"Doe; Jane\" <jane@example.org>", "a@b", "<x@example.org>",
                "first@example.org;second@example.org", "=HYPERLINK(\"x\")", "\"Délégation, Abidjan\" <d@example.org>",
                "x@example.org\r\nBcc: evil@example.org", "");
        return switch (random.nextInt(3)) {
            case 0 -> known.get(random.nextInt(known.size()));
            case 1 -> text(random, 20);
            default -> {
                String chars = "\";,<>@ \r\n\t=.ab";
                StringBuilder sb = new StringBuilder();
                for (int i = random.nextInt(14); i > 0; i--) {
                    sb.append(chars.charAt(random.nextInt(chars.length())));
                }
                yield sb.toString();
            }
        };
    }

    /** Replaces one occurrence, chosen at random, of a value in the file. */
    private static String replaceOne(String json, String target, String value, Random random) {
        Matcher m = Pattern.compile(Pattern.quote(target)).matcher(json);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
        }
        int at = starts.get(random.nextInt(starts.size()));
        return json.substring(0, at) + value + json.substring(at + target.length());
    }

    private static void assertClean(Cli run, String label) {
        assertTrue(run.exitCode() == ExitCodes.DONE || run.exitCode() == ExitCodes.BAD_INPUT,
                "exit 0 or 2 expected, " + label + "\n" + run.shown());
        BadCountryFileCliTest.assertNoStackTrace(run);
    }

    private static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\' || cp < 0x20) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.append('"').toString();
    }

    private static String cell(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
