package briefs.safety;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.cli.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad usage of the command line: each case exits with its code, says what was wrong in words a
 * user can act on, prints no stack trace, and writes no brief.
 */
class BadUsageCliTest {
    /** A command line built against a fresh workspace. */
    @FunctionalInterface
    interface Args {
        String[] of(Workspace ws) throws IOException;
    }

    record Usage(String label, Args args, int exit, List<String> words) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static Usage usage(String label, Args args, String... words) {
        return new Usage(label, args, ExitCodes.BAD_INPUT, List.of(words));
    }

    /** {@code brief} with the workspace's data and output folders and the extra arguments. */
    private static Args brief(String... more) {
        return ws -> Stream.concat(Stream.of("brief", "--data", ws.data.toString(), "--out", ws.out.toString()),
                Stream.of(more)).toArray(String[]::new);
    }

    static Stream<Usage> usages() {
        return Stream.of(
                usage("an unknown command", ws -> new String[] {"frobnicate"}, "Unknown command: 'frobnicate'", "--help"),
                usage("a mistyped command", ws -> new String[] {"breif", "NOR"}, "Unknown command: 'breif'", "brief"),
                usage("an unknown option", brief("NOR", "--colour", "red"), "Unknown option", "--colour"),
                usage("no country", brief(), "Missing required parameter", "COUNTRY"),
                usage("an unknown country, with suggestions", brief("Norwey"), "no country \"Norwey\"", "closest", "Norway (NOR)"),
                usage("a path as the country", brief("../../etc/passwd"), "no country \"../../etc/passwd\""),
                usage("a path with the right code", brief("../NOR"), "no country \"../NOR\""),
                usage("a NUL in the country", brief("NOR\u0000"), "no country"),
                usage("a reserved Windows name", brief("CON"), "no country \"CON\""),
                usage("a malformed --as-of", brief("NOR", "--as-of", "2025-13"), "'2025-13' is not a month", "YYYY-MM"),
                usage("an --as-of that is a day", brief("NOR", "--as-of", "2025-07-31"), "is not a month", "YYYY-MM"),
                usage("an --as-of before the data", brief("NOR", "--as-of", "2014-12"), "2014-12 is not in the data",
                        "2015-01 to 2025-07"),
                usage("an --as-of after the data", brief("NOR", "--as-of", "2030-01"), "2030-01 is not in the data"),
                usage("an --as-of the UN reports lack", brief("NOR", "--as-of", "2017-03"), "2017-03 is not in the data"),
                usage("a data folder that does not exist", ws -> new String[] {"brief", "NOR", "--data",
                        ws.root.resolve("nowhere").toString(), "--out", ws.out.toString()}, "nowhere", "not found"),
                usage("a templates folder that does not exist", brief("NOR", "--templates", "no-such-templates"),
                        "no-such-templates", "templates folder not found"),
                usage("an output folder that is a file", ws -> {
                    Files.writeString(ws.out, "a file where the output folder should be", StandardCharsets.UTF_8);
                    return brief("NOR").of(ws);
                }, "out: is a file, not a folder"),
                usage("an output folder inside a file", ws -> {
                    Files.writeString(ws.root.resolve("file"), "a file", StandardCharsets.UTF_8);
                    return new String[] {"brief", "NOR", "--data", ws.data.toString(), "--out",
                        ws.root.resolve("file/out").toString()};
                }, "file/out", "output folder cannot be written", "not a directory"),
                usage("a country file to validate that does not exist", ws -> new String[] {"validate", "--data",
                        ws.data.toString(), ws.root.resolve("XYZ.json").toString()}, "XYZ.json", "not found"),
                usage("list with an --as-of outside the data", ws -> new String[] {"list", "--data", ws.data.toString(),
                        "--as-of", "1999-01"}, "1999-01 is not in the data"),
                // Values refused after parsing take the road of those refused while parsing: the
                // option, what was typed, why, and how to get help.
                usage("an --as-of outside the data names the option", brief("NOR", "--as-of", "2030-01"),
                        "Invalid value for option '--as-of': 2030-01 is not in the data", "--help"),
                usage("an unknown code in all --countries", ws -> new String[] {"all", "--data", ws.data.toString(),
                        "--out", ws.out.toString(), "--countries", "NOR,XXY"},
                        "Invalid value for option '--countries': 'NOR,XXY': no country \"XXY\" in the data", "--help"),
                usage("no workers in all --jobs", ws -> new String[] {"all", "--data", ws.data.toString(),
                        "--out", ws.out.toString(), "--jobs", "0"},
                        "Invalid value for option '--jobs': '0': must be 1 or more", "--help"),
                // A list of countries with no code in it is a mistake, not "every country" (it made
                // all 193) nor "no country" (it made none, exit 0).
                usage("a comma for all --countries", ws -> new String[] {"all", "--data", ws.data.toString(),
                        "--out", ws.out.toString(), "--countries", ","},
                        "Invalid value for option '--countries'", "no ISO3 code", "NOR,SWE,CIV"),
                usage("an empty all --countries=", ws -> new String[] {"all", "--data", ws.data.toString(),
                        "--out", ws.out.toString(), "--countries="},
                        "Invalid value for option '--countries'", "no ISO3 code"),
                usage("an output folder that is a file, for all", ws -> {
                    Files.writeString(ws.out, "a file where the output folder should be", StandardCharsets.UTF_8);
                    return new String[] {"all", "--data", ws.data.toString(), "--out", ws.out.toString(),
                        "--countries", "NOR"};
                }, "out: is a file, not a folder"),
                usage("no warm runs in bench", ws -> new String[] {"bench", "--data", ws.data.toString(),
                        "--cold-runs", "0", "--warm-runs", "0"},
                        "Invalid value for option '--warm-runs': '0': must be 1 or more"),
                usage("a negative count of bulk countries in bench", ws -> new String[] {"bench", "--data",
                        ws.data.toString(), "--cold-runs", "0", "--bulk-countries", "-1"},
                        "Invalid value for option '--bulk-countries': '-1': must be 1 or more"),
                usage("a span of one month in bench", ws -> new String[] {"bench", "--data", ws.data.toString(),
                        "--cold-runs", "0", "--all-runs", "0", "--span-months", "1"},
                        "Invalid value for option '--span-months': '1': must be 0, or 2 to "),
                usage("a span longer than the data in bench", ws -> new String[] {"bench", "--data",
                        ws.data.toString(), "--cold-runs", "0", "--all-runs", "0", "--span-months", "999"},
                        "Invalid value for option '--span-months': '999': must be 0, or 2 to "),
                usage("both --months and --as-of in all", ws -> new String[] {"all", "--data", ws.data.toString(),
                        "--out", ws.out.toString(), "--months", "all", "--as-of", "2025-07"},
                        "Invalid value for option '--months': 'all': give either --months or --as-of, not both"),
                usage("a backwards span in all", ws -> new String[] {"all", "--data", ws.data.toString(),
                        "--out", ws.out.toString(), "--months", "2025-07..2025-01"},
                        "Invalid value for option '--months': '2025-07..2025-01': the span runs backwards"),
                usage("a negative count of cold runs in bench", ws -> new String[] {"bench", "--data",
                        ws.data.toString(), "--cold-runs", "-1"},
                        "Invalid value for option '--cold-runs': '-1': must be 0 or more"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usages")
    void badUsageExitsWithItsCodeAndSaysWhatIsWrong(Usage usage, @TempDir Path root) throws IOException {
        Workspace ws = new Workspace(root);
        String[] args = usage.args().of(ws);
        byte[] outBefore = Files.isRegularFile(ws.out) ? Files.readAllBytes(ws.out) : null;
        Cli run = Cli.run(args);
        assertEquals(usage.exit(), run.exitCode(), run.shown());
        for (String word : usage.words()) {
            assertTrue(run.err().toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT)),
                    "says \"" + word + "\":\n" + run.shown());
        }
        BadCountryFileCliTest.assertNoStackTrace(run);
        assertEquals("", run.out(), "nothing on stdout: no path of a file written");
        if (outBefore != null) {
            assertArrayEquals(outBefore, Files.readAllBytes(ws.out), "the file in the way is left as it was");
        } else {
            assertEquals(List.of(), Workspace.files(ws.out), "no output for bad usage");
        }
        try (Stream<Path> walk = Files.walk(root)) {
            assertEquals(List.of(), walk.filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".part")).toList());
        }
    }
}
