package briefs.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.model.BadInputException;
import briefs.model.Contribution;
import briefs.model.MonthlyDeployment;
import briefs.model.PersonnelType;
import briefs.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contributions and monthly deployments are made by their constructors directly
 * ({@link RecordConstructors}): the records read are the ones the file says, and a file the
 * records refuse still fails with the file, the place and the reason.
 */
class RecordConstructorsTest {
    @TempDir
    Path dir;

    private static final String MONTH = """
            {"month": "2020-08", "total": 12, "women": null, "genderReported": false, "byOperation": true,
             "contributions": [
               {"operation": "UNMISS", "type": "Staff Officers", "men": null, "women": null, "total": 5},
               {"operation": null, "type": "Formed Police Units", "men": 6, "women": 1, "total": 7}]}
            """;

    @Test
    void readsEveryComponentInItsPlace() throws IOException {
        MonthlyDeployment m = DataDirectory.read(file(MONTH), MonthlyDeployment.class);
        assertEquals(new MonthlyDeployment(YearMonth.of(2020, 8), 12, null, false, true, List.of(
                new Contribution("UNMISS", PersonnelType.STAFF_OFFICERS, null, null, 5),
                new Contribution(null, PersonnelType.FORMED_POLICE_UNITS, 6, 1, 7))), m);
    }

    @Test
    void aBundledCountryReadsAsBefore() {
        var norway = DataDirectory.readCountry(Path.of("data/countries/NOR.json"));
        MonthlyDeployment first = norway.deployments().getFirst();
        assertEquals(YearMonth.of(2015, 1), first.month());
        assertEquals(70, first.total());
        assertEquals(new Contribution("MINUSMA", PersonnelType.TROOPS, 20, 2, 22), first.contributions().getFirst());
        assertEquals(first.total(), first.contributions().stream().mapToInt(Contribution::total).sum());
    }

    @Test
    void aRecordRefusingItsArgumentsIsReportedWithItsPlace() throws IOException {
        Problem p = problem("""
                {"month": "2015-01", "total": 1, "women": 0, "genderReported": true, "byOperation": true,
                 "contributions": null}""");
        assertEquals("line 2, column 23", p.location()); // the object's closing brace
        assertTrue(p.message().startsWith("Cannot construct instance of MonthlyDeployment, problem: "), p.toString());
    }

    @Test
    void aNullCountIsReportedAtItsPath() throws IOException {
        Problem p = problem(MONTH.replace("\"total\": 5", "\"total\": null"));
        assertEquals("$.contributions[0].total", p.location());
        assertTrue(p.message().contains("null"), p.toString());
    }

    @Test
    void anUnknownPersonnelTypeIsStillNamed() throws IOException {
        Problem p = problem(MONTH.replace("Staff Officers", "Sailors"));
        assertEquals("$.contributions[0].type", p.location());
        assertTrue(p.message().contains("unknown personnel type \"Sailors\""), p.toString());
    }

    private Problem problem(String json) throws IOException {
        Path f = file(json);
        BadInputException e = assertThrows(BadInputException.class, () -> DataDirectory.read(f, MonthlyDeployment.class));
        assertEquals(1, e.problems().size(), e.problems().toString());
        Problem p = e.problems().getFirst();
        assertEquals(f.toString(), p.file());
        return p;
    }

    private Path file(String json) throws IOException {
        return Files.writeString(dir.resolve("month.json"), json, StandardCharsets.UTF_8);
    }
}
