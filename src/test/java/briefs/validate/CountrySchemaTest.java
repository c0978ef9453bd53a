package briefs.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import briefs.load.Json;
import briefs.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A schema error's JSON Pointer becomes the JSON path every other problem uses; a huge fraction is named as such. */
class CountrySchemaTest {
    @Test
    void pointersBecomePaths() {
        assertEquals("$", CountrySchema.jsonPath(""));
        assertEquals("$", CountrySchema.jsonPath("/"));
        assertEquals("$.deployments[0].total", CountrySchema.jsonPath("/deployments/0/total"));
        assertEquals("$.actionPlans[12].focusAreas[3]", CountrySchema.jsonPath("/actionPlans/12/focusAreas/3"));
        assertEquals("$.a/b.c~d", CountrySchema.jsonPath("/a~1b/c~0d"), "escaped slash and tilde");
        assertEquals("$.x1", CountrySchema.jsonPath("/x1"), "a name with a digit is a name");
    }

    /** The validator cannot read 1e308 as a long; the problem still names the value and its path. */
    @Test
    void aHugeFractionWhereACountBelongsIsNamedAtItsPath() throws IOException {
        String norway = Files.readString(Path.of("data/countries/NOR.json"), StandardCharsets.UTF_8);
        String huge = norway.replaceFirst("\"total\": 22 }", "\"total\": 1.5e308 }");
        JsonNode tree = Json.mapper().readTree(huge);
        List<Problem> problems = CountrySchema.check(tree, "NOR.json");
        assertEquals(List.of(new Problem("NOR.json", "$.deployments[0].contributions[0].total",
                "is 1.5E308; expected a whole number")), problems);
    }
}
