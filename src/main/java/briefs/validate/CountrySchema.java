package briefs.validate;

import briefs.model.Problem;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema of a country file ({@code briefs/schema/country.schema.json}, draft 2020-12),
 * checked with networknt's json-schema-validator. It is loaded once per process.
 */
public final class CountrySchema {
    public static final String RESOURCE = "/briefs/schema/country.schema.json";

    private static final class Holder {
        static final Schema SCHEMA = load();
    }

    private CountrySchema() {
    }

    private static Schema load() {
        try (InputStream in = CountrySchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the country schema is missing from the jar: " + RESOURCE);
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void unwholeNumbers(JsonNode node, String path, String file, List<Problem> problems) {
        if (node.isFloatingPointNumber()) {
            problems.add(new Problem(file, path, "is " + node + "; expected a whole number"));
        } else if (node.isObject()) {
            node.properties().forEach(e -> unwholeNumbers(e.getValue(), path + "." + e.getKey(), file, problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                unwholeNumbers(node.get(i), path + "[" + i + "]", file, problems);
            }
        }
    }

    /** "/deployments/0/total" (a JSON Pointer) as "$.deployments[0].total", the form every problem uses. */
    static String jsonPath(String pointer) {
        StringBuilder sb = new StringBuilder("$");
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(part).append(']');
            } else {
                sb.append('.').append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return sb.toString();
    }

    /** Every schema violation of a parsed country file, each with the JSON path of the value. */
    public static List<Problem> check(JsonNode document, String file) {
        List<Problem> problems = new ArrayList<>();
        List<Error> errors;
        try {
            errors = Holder.SCHEMA.validate(document);
        } catch (JacksonException e) {
            // The validator's minimum/maximum checks read a huge fraction (1e308) as a long, which
            // Jackson 3 refuses; every number of a country file is a whole number, so say which one.
            unwholeNumbers(document, "$", file, problems);
            if (problems.isEmpty()) {
                throw e;
            }
            return problems;
        }
        for (Error error : errors) {
            String pointer = error.getInstanceLocation().toString();
            String message = error.getMessage();
            if (message.startsWith(pointer + ": ")) {
                message = message.substring(pointer.length() + 2);
            }
            problems.add(new Problem(file, jsonPath(pointer), message));
        }
        return problems;
    }
}
