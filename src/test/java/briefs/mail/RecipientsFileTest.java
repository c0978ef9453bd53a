package briefs.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.model.BadInputException;
import briefs.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipientsFileTest {
    private static final Set<String> KNOWN = Set.of("NOR", "CIV", "ISL", "BGD");

    @TempDir
    Path dir;

    private Path csv(String text) throws IOException {
        return Files.writeString(dir.resolve("recipients.csv"), text);
    }

    @Test
    void readsSeveralAddressesQuotedNamesAndOptionalColumns() throws IOException {
        Path file = csv(String.join("\n",
                "iso3,to,cc,bcc",
                "# the desks",
                "nor,desk@example.org; second@example.org,,",
                "CIV,\"\"\"Délégation, Abidjan\"\" <d@example.org>\",cc@example.org,hidden@example.org",
                "",
                ""));
        Map<String, Recipients> read = RecipientsFile.read(file, KNOWN);
        assertEquals(List.of("NOR", "CIV"), List.copyOf(read.keySet()));
        assertEquals(List.of("desk@example.org", "second@example.org"), read.get("NOR").to());
        assertEquals(List.of("\"Délégation, Abidjan\" <d@example.org>"), read.get("CIV").to());
        assertEquals(List.of("cc@example.org"), read.get("CIV").cc());
        assertEquals(List.of("hidden@example.org"), read.get("CIV").bcc());
    }

    @Test
    void aSemicolonInsideAQuotedNameDoesNotSeparateAddresses() throws IOException {
        Path file = csv("iso3,to\nNOR,\"\"\"Doe; Jane\"\" <jane@example.org>; desk@example.org\"\n");
        Map<String, Recipients> read = RecipientsFile.read(file, KNOWN);
        assertEquals(List.of("\"Doe; Jane\" <jane@example.org>", "desk@example.org"), read.get("NOR").to());
    }

    @Test
    void headerWithoutCcAndBccIsEnough() throws IOException {
        Map<String, Recipients> read = RecipientsFile.read(csv("iso3,to\nISL,desk@example.org\n"), KNOWN);
        assertEquals(List.of("desk@example.org"), read.get("ISL").all());
    }

    @Test
    void reportsEveryProblemWithItsLineNumber() throws IOException {
        Path file = csv("""
                iso3,to,cc,bcc
                NOR,desk@example.org,,
                XXX,desk@example.org,,
                CIV,not-an-address,,
                NOR,other@example.org,,
                ISL,a@example.org,A@example.org,
                BGD,,cc@example.org,
                """);
        BadInputException e = assertThrows(BadInputException.class, () -> RecipientsFile.read(file, KNOWN));
        List<String> where = e.problems().stream().map(Problem::location).toList();
        assertEquals(List.of("line 3", "line 4", "line 5", "line 6", "line 7"), where, e.problems().toString());
        String all = e.problems().toString();
        assertTrue(all.contains("unknown country \"XXX\""), all);
        assertTrue(all.contains("\"not-an-address\""), all);
        assertTrue(all.contains("first on line 2"), all);
        assertTrue(all.contains("a@example.org is listed twice"), all);
        assertTrue(all.contains("BGD has no address in column to"), all);
    }

    @Test
    void unknownColumnAndEmptyFileAreReported() throws IOException {
        BadInputException header = assertThrows(BadInputException.class,
                () -> RecipientsFile.read(csv("country,to\nNOR,desk@example.org\n"), KNOWN));
        assertTrue(header.getMessage().contains("unknown column \"country\""), header.getMessage());
        BadInputException empty = assertThrows(BadInputException.class, () -> RecipientsFile.read(csv("\n"), KNOWN));
        assertTrue(empty.getMessage().contains("is empty"), empty.getMessage());
    }
}
