package briefs.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.cli.ExitCodes;
import briefs.derive.SetFigures;
import briefs.load.DataDirectory;
import briefs.load.Json;
import briefs.model.BadInputException;
import briefs.model.Country;
import briefs.model.DataSet;
import briefs.model.Problem;
import briefs.validate.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A bounded fuzz test with a fixed seed: a few thousand mutations of a valid country file (byte
 * flips, truncations, inserted tokens, deleted keys, swapped and retyped values, huge numbers,
 * deep nesting). Every mutation either validates or is rejected with problems that name the file
 * and say what is wrong; none throws anything else, through {@code Validation.checkFile}, through
 * the loader, or (for a sample) through {@code briefs validate}. A file that validates also loads
 * and its figures derive, so {@code validate} never passes what {@code brief} would choke on.
 */
class CountryFileFuzzTest {
    private static final long SEED = 20_261_123L;
    private static final int MUTATIONS = 3000;
    private static final int CLI_SAMPLE_EVERY = 100;

    @TempDir
    Path root;

    @Test
    void everyMutationValidatesOrIsRejectedWithAMessage() throws IOException {
        Workspace ws = new Workspace(root);
        DataSet dataSet = DataDirectory.loadReference(ws.data);
        Validation validation = new Validation(dataSet);
        byte[] base = smallNorway();
        Path file = ws.countryFile("NOR");
        Files.write(file, base);
        assertEquals(List.of(), validation.checkFile(file), "the unmutated file is valid");

        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int valid = 0;
        int rejected = 0;
        int[] byKind = new int[Mutation.values().length];
        for (int i = 0; i < MUTATIONS && failures.size() < 10; i++) {
            Mutation kind = Mutation.values()[random.nextInt(Mutation.values().length)];
            byKind[kind.ordinal()]++;
            byte[] mutated = kind.apply(base, random);
            Files.write(file, mutated);
            String what = "mutation " + i + " (" + kind + ")";
            try {
                List<Problem> problems = validation.checkFile(file);
                for (Problem p : problems) {
                    if (!p.file().equals(file.toString()) || p.message() == null || p.message().isBlank()) {
                        failures.add(what + ": a problem without file or message: " + p);
                    }
                }
                Country loaded = load(file, what, failures);
                if (problems.isEmpty()) {
                    valid++;
                    if (loaded == null) {
                        failures.add(what + ": validate passes a file the loader rejects");
                    } else {
                        SetFigures contributors = SetFigures.of(dataSet, List.of(loaded));
                        contributors.figures("NOR", contributors.latestMonth());
                    }
                } else {
                    rejected++;
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(what + ": threw " + e + "\n  at " + Arrays.stream(e.getStackTrace()).limit(8)
                        .map(String::valueOf).collect(java.util.stream.Collectors.joining("\n  at ")) + "\n" + preview(mutated));
            }
            if (i % CLI_SAMPLE_EVERY == 0) {
                Cli run = Cli.run("validate", "--data", ws.data.toString(), file.toString());
                if (run.exitCode() != ExitCodes.DONE && run.exitCode() != ExitCodes.BAD_INPUT
                        || run.err().contains("internal error") || run.err().contains("\tat ")) {
                    failures.add(what + ": briefs validate gave " + run.shown());
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n\n", failures));
        // The mutations must reach both outcomes, or the test proves little.
        assertTrue(valid > 0 && rejected > MUTATIONS / 2, "valid " + valid + ", rejected " + rejected + ", by kind "
                + Arrays.toString(byKind));
    }

    /** The loader's verdict: a country, or null after a BadInputException with problems; anything else fails. */
    private static Country load(Path file, String what, List<String> failures) {
        try {
            return DataDirectory.readCountry(file);
        } catch (BadInputException e) {
            if (e.problems().isEmpty() || e.problems().stream().anyMatch(p -> p.message() == null || p.message().isBlank())) {
                failures.add(what + ": the loader rejected it without a message");
            }
            return null;
        }
    }

    /** Norway with its first six months only: the same shapes as the full file, a fortieth of the bytes. */
    private static byte[] smallNorway() {
        ObjectNode norway = (ObjectNode) Json.mapper().readTree(Workspace.bundledCountry("NOR"));
        ArrayNode months = (ArrayNode) norway.get("deployments");
        while (months.size() > 6) {
            months.remove(months.size() - 1);
        }
        return Json.bytes(norway);
    }

    private static String preview(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    /** The ways a file is spoilt; each takes the valid bytes and returns new ones. */
    enum Mutation {
        FLIP_BYTES((bytes, r) -> {
            byte[] b = bytes.clone();
            for (int n = 1 + r.nextInt(3); n > 0; n--) {
                b[r.nextInt(b.length)] = (byte) r.nextInt(256);
            }
            return b;
        }),
        TRUNCATE((bytes, r) -> Arrays.copyOf(bytes, r.nextInt(bytes.length))),
        INSERT_TOKEN((bytes, r) -> {
            String[] tokens = {"{", "}", "[", "]", "\"", ",", ":", "null", "\u0000", "\\", "-", "1e999", "//", "\uFEFF", "\"x\":1,"};
            String text = new String(bytes, StandardCharsets.UTF_8);
            int at = r.nextInt(text.length());
            return (text.substring(0, at) + tokens[r.nextInt(tokens.length)] + text.substring(at)).getBytes(StandardCharsets.UTF_8);
        }),
        DUPLICATE_LINE((bytes, r) -> {
            List<String> lines = new ArrayList<>(new String(bytes, StandardCharsets.UTF_8).lines().toList());
            lines.add(r.nextInt(lines.size()), lines.get(r.nextInt(lines.size())));
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        }),
        DELETE_KEY((bytes, r) -> tree(bytes, r, (node, rr) -> {
            ObjectNode object = randomObject(node, rr);
            List<String> names = new ArrayList<>(object.propertyNames());
            if (!names.isEmpty()) {
                object.remove(names.get(rr.nextInt(names.size())));
            }
        })),
        SWAP_VALUES((bytes, r) -> tree(bytes, r, (node, rr) -> {
            ObjectNode a = randomObject(node, rr);
            ObjectNode b = randomObject(node, rr);
            List<String> an = new ArrayList<>(a.propertyNames());
            List<String> bn = new ArrayList<>(b.propertyNames());
            if (!an.isEmpty() && !bn.isEmpty()) {
                String ka = an.get(rr.nextInt(an.size()));
                String kb = bn.get(rr.nextInt(bn.size()));
                JsonNode va = a.get(ka).deepCopy();
                a.set(ka, b.get(kb).deepCopy());
                b.set(kb, va);
            }
        })),
        RETYPE_VALUE((bytes, r) -> tree(bytes, r, (node, rr) -> {
            ObjectNode object = randomObject(node, rr);
            List<String> names = new ArrayList<>(object.propertyNames());
            if (!names.isEmpty()) {
                JsonNodeFactory f = JsonNodeFactory.instance;
                JsonNode[] values = {f.nullNode(), f.textNode("70"), f.numberNode(70), f.booleanNode(true), f.arrayNode(),
                    f.objectNode(), f.textNode(""), f.textNode("2015-13"), f.numberNode(-1), f.numberNode(0.5),
                    f.textNode("../../etc/passwd"), f.textNode("x".repeat(10_000))};
                object.set(names.get(rr.nextInt(names.size())), values[rr.nextInt(values.length)]);
            }
        })),
        HUGE_NUMBER((bytes, r) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            String[] huge = {"2147483648", "-2147483649", "99999999999999999999999999", "1e308", "1e400", "-0", "0.0",
                "4.9e-324", "1" + "0".repeat(2000)};
            List<int[]> numbers = new ArrayList<>();
            var m = java.util.regex.Pattern.compile(": (-?\\d+)").matcher(text);
            while (m.find()) {
                numbers.add(new int[] {m.start(1), m.end(1)});
            }
            int[] at = numbers.get(r.nextInt(numbers.size()));
            return (text.substring(0, at[0]) + huge[r.nextInt(huge.length)] + text.substring(at[1])).getBytes(StandardCharsets.UTF_8);
        }),
        DEEP_NESTING((bytes, r) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            int depth = 100 + r.nextInt(2000);
            return text.replace("\"notes\": [ ]", "\"notes\": " + "[".repeat(depth) + "]".repeat(depth))
                    .getBytes(StandardCharsets.UTF_8);
        });

        private final BiFunction<byte[], Random, byte[]> mutate;

        Mutation(BiFunction<byte[], Random, byte[]> mutate) {
            this.mutate = mutate;
        }

        byte[] apply(byte[] bytes, Random r) {
            return mutate.apply(bytes, r);
        }

        private interface TreeEdit {
            void edit(ObjectNode root, Random r);
        }

        private static byte[] tree(byte[] bytes, Random r, TreeEdit edit) {
            ObjectNode root = (ObjectNode) Json.mapper().readTree(bytes);
            edit.edit(root, r);
            return Json.bytes(root);
        }

        /** An object somewhere in the tree: the root, a month, a contribution, a plan, a focus area... */
        private static ObjectNode randomObject(ObjectNode root, Random r) {
            List<ObjectNode> objects = new ArrayList<>();
            collect(root, objects);
            return objects.get(r.nextInt(objects.size()));
        }

        private static void collect(JsonNode node, List<ObjectNode> into) {
            if (node instanceof ObjectNode o) {
                into.add(o);
                for (Iterator<Map.Entry<String, JsonNode>> it = o.properties().iterator(); it.hasNext(); ) {
                    collect(it.next().getValue(), into);
                }
            } else if (node instanceof ArrayNode a) {
                a.forEach(child -> collect(child, into));
            }
        }
    }
}
