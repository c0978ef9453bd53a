package briefs.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The index read token by token is the index the mapper binds, and anything else is no index. */
class StandingsIndexJsonTest {
    private static final String COUNTRY = "{\"iso3\": \"NOR\", \"iso2\": \"NO\", \"bytes\": 12, \"crc32c\": \"0fa6a1f4\", \"name\": \"Norway\", "
            + "\"officialName\": \"Kingdom of Norway\", \"commonName\": \"Norway\", \"unMember\": true, "
            + "\"sourceNames\": [\"Norway\"]}";
    private static final String MONTH = "{\"month\": \"2025-07\", \"iso3\": [\"NOR\", \"SWE\"], \"total\": [50, 7], "
            + "\"women\": [12, null]}";

    @Test
    void theBundledIndexReadsAsTheMapperBindsIt() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("data", DataDirectory.REFERENCE, StandingsIndex.FILE));
        StandingsIndex bound = Json.mapper().readValue(bytes, StandingsIndex.class);
        assertEquals(Optional.of(bound), StandingsIndexJson.read(bytes));
        assertTrue(bound.months().size() > 100, "the whole index, not a sample");
    }

    @Test
    void whatImportWritesReadsBack() {
        StandingsIndex index = Json.mapper().readValue(index(COUNTRY, MONTH), StandingsIndex.class);
        assertEquals(Optional.of(index), StandingsIndexJson.read(Json.bytes(index)));
        assertEquals(null, index.month(java.time.YearMonth.of(2025, 7)).women().get(1));
    }

    @Test
    void fieldsInAnyOrderAndNullOfficialAndCommonNamesAreAnIndex() {
        String country = "{\"sourceNames\": [], \"unMember\": false, \"officialName\": null, \"name\": \"Kosovo\", "
                + "\"commonName\": null, \"iso2\": null, "
                + "\"crc32c\": \"00000000\", \"bytes\": 3, \"iso3\": \"XKX\"}";
        String json = "{\"months\": [" + MONTH + "], \"countries\": [" + country + "]}";
        assertEquals(Optional.of(Json.mapper().readValue(json, StandingsIndex.class)),
                StandingsIndexJson.read(json.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",                                                      // not JSON
        "[]",                                                    // not an object
        "{\"countries\": []}",                                   // no months
        "{\"countries\": [], \"months\": [], \"extra\": 1}",     // an unknown field
        "{\"countries\": [], \"months\": []} {}",                // trailing content
        "{\"countries\": [], \"countries\": [], \"months\": []}", // a field twice
    })
    void anythingElseIsNoIndex(String json) {
        assertEquals(Optional.empty(), StandingsIndexJson.read(json.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"bytes\": 12,|\"bytes\": \"12\",",               // a count as a string
        "\"unMember\": true|\"unMember\": 1",              // a flag as a number
        "\"name\": \"Norway\", |",                         // a field missing
        "\"commonName\": \"Norway\", |",                   // an index written before common names
        "\"iso2\": \"NO\", |",                             // an index written before two-letter codes
        "\"name\": \"Norway\", |\"name\": \"Norway\", \"name\": \"N\", ", // a field twice
        "\"sourceNames\": [\"Norway\"]|\"sourceNames\": [1]", // a name as a number
        "\"iso3\": \"NOR\"|\"iso3\": \"NOR\", \"flag\": 1", // an unknown field
    })
    void aCountryEntryNotAsWrittenIsNoIndex(String change) {
        String[] c = change.split("\\|", -1);
        assertTrue(COUNTRY.contains(c[0]));
        assertEquals(Optional.empty(), StandingsIndexJson.read(index(COUNTRY.replace(c[0], c[1]), MONTH)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"total\": [50, 7]|\"total\": [50]",               // lists of different lengths
        "\"total\": [50, 7]|\"total\": [50, null]",         // a total missing
        "\"total\": [50, 7]|\"total\": [50, 7.5]",          // a fraction
        "\"total\": [50, 7]|\"total\": [50, 9999999999]",   // beyond an int
        "\"women\": [12, null]|\"women\": [12, \"3\"]",      // a count as a string
        "\"2025-07\"|\"2025-13\"",                          // no such month
        "\"month\": \"2025-07\", |",                        // no month
        "\"iso3\": [\"NOR\", \"SWE\"]|\"iso3\": [\"NOR\", 4]", // a code as a number
        "\"women\": [12, null]|\"women\": [12, null], \"men\": [38, 7]", // an unknown field
    })
    void aMonthNotAsWrittenIsNoIndex(String change) {
        String[] c = change.split("\\|", -1);
        assertTrue(MONTH.contains(c[0]));
        assertEquals(Optional.empty(), StandingsIndexJson.read(index(COUNTRY, MONTH.replace(c[0], c[1]))));
    }

    private static byte[] index(String country, String month) {
        return ("{\"countries\": [" + country + "], \"months\": [" + month + "]}").getBytes(StandardCharsets.UTF_8);
    }
}
