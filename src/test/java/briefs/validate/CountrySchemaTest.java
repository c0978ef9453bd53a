package briefs.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A schema error's JSON Pointer becomes the JSON path every other problem uses. */
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
}
