package briefs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RegionalGroupTest {
    @Test
    void theSourcesValuesBecomeCodesAndAnObserverCountsInItsGroup() {
        assertEquals("AG", RegionalGroup.codeOfSourceValue("AG"));
        assertEquals("GRULAC", RegionalGroup.codeOfSourceValue("GRULAC"));
        assertEquals("WEOG", RegionalGroup.codeOfSourceValue("WEOG Observer"));
        assertNull(RegionalGroup.codeOfSourceValue(""), "a country in no group");
        assertNull(RegionalGroup.codeOfSourceValue("APG Observer"), "only the United States' mark is known");
        assertNull(RegionalGroup.codeOfSourceValue("weog"), "codes are capitals, as the source writes them");
    }

    @Test
    void eachCodeHasTheNameABriefPrints() {
        assertEquals("African Group", RegionalGroup.ofCode("AG").orElseThrow().title());
        assertEquals("Asia-Pacific Group", RegionalGroup.ofCode("APG").orElseThrow().title());
        assertEquals("Eastern European Group", RegionalGroup.ofCode("EEG").orElseThrow().title());
        assertEquals("Latin American and Caribbean Group", RegionalGroup.ofCode("GRULAC").orElseThrow().title());
        assertEquals("Western European and Others Group", RegionalGroup.ofCode("WEOG").orElseThrow().title());
        assertTrue(RegionalGroup.ofCode(null).isEmpty());
        assertTrue(RegionalGroup.ofCode("Observer").isEmpty());
    }

    /** The country file's schema lists the codes a file may hold: the same five, and null. */
    @Test
    void theCountrySchemaAllowsExactlyTheseCodes() throws IOException {
        try (InputStream in = RegionalGroupTest.class.getResourceAsStream("/briefs/schema/country.schema.json")) {
            JsonNode allowed = JsonMapper.builder().build().readTree(in).path("properties").path("regionalGroup").path("enum");
            List<String> codes = new ArrayList<>();
            allowed.forEach(n -> codes.add(n.isNull() ? null : n.asString()));
            List<String> expected = new ArrayList<>(Arrays.stream(RegionalGroup.values()).map(Enum::name).toList());
            expected.add(null);
            assertEquals(expected, codes);
        }
    }
}
