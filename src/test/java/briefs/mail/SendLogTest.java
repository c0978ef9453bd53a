package briefs.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.model.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SendLogTest {
    @TempDir
    Path dir;

    @Test
    void recordedEntriesSurviveReopeningAndQuoting() throws IOException {
        Path file = SendLog.fileFor(dir.resolve("mail"), YearMonth.of(2025, 7));
        assertEquals("sent-2025-07.csv", file.getFileName().toString());
        SendLog log = SendLog.open(file);
        assertTrue(log.sent("NOR").isEmpty());
        SendLog.Entry entry = new SendLog.Entry(Instant.parse("2026-11-23T10:00:00Z"), "NOR", "brief.NOR.2025-07@example.org",
                List.of("a@example.org", "b@example.org"), List.of("NOR-brief-2025-07.pdf:" + "ab".repeat(32), "NOR,odd.xlsx:" + "cd".repeat(32)));
        log.record(entry);
        SendLog reopened = SendLog.open(file);
        assertEquals(entry, reopened.sent("NOR").orElseThrow());
        assertTrue(Files.readString(file).startsWith("time,iso3,message_id,recipients,attachments\n"));
    }

    /** A log cut short, or edited into something briefs never writes, is refused with its line. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a lower-case code               | nor | true  | line 2: iso3 "nor" is not an ISO3 code in capitals
            a line cut in the hash          | NOR | false | line 2: ends in the middle of a line
            a line cut in the message ID    | NOR | false | line 2: ends in the middle of a line
            the same country twice          | NOR | true  | line 3: NOR is listed again (first on line 2)
            """)
    void damagedLinesAreRefusedWithTheirLine(String what, String code, boolean whole, String said) throws IOException {
        String line = "2026-11-23T10:00:00Z," + code + ",brief." + code + ".2025-07@example.org,oslo@example.org,"
                + "NOR-brief-2025-07.pdf:" + "ab".repeat(32) + ";NOR-annex-2025-07.xlsx:" + "cd".repeat(32) + "\n";
        String body = switch (what) {
            case "a line cut in the hash" -> line.substring(0, line.length() - 20);
            case "a line cut in the message ID" -> line.substring(0, 40);
            case "the same country twice" -> line + line;
            default -> line;
        };
        assertEquals(whole, body.endsWith("\n"));
        Path file = Files.writeString(dir.resolve("sent-2025-07.csv"), "time,iso3,message_id,recipients,attachments\n" + body);
        BadInputException e = assertThrows(BadInputException.class, () -> SendLog.open(file));
        assertTrue(e.getMessage().contains(file + ": " + said), e.getMessage());
        assertTrue(e.getMessage().contains("nothing was sent"), e.getMessage());
    }

    @Test
    void aShortenedHashOnAWholeLineIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("sent-2025-07.csv"), "time,iso3,message_id,recipients,attachments\n"
                + "2026-11-23T10:00:00Z,NOR,brief.NOR.2025-07@example.org,oslo@example.org,NOR-brief-2025-07.pdf:abc\n");
        BadInputException e = assertThrows(BadInputException.class, () -> SendLog.open(file));
        assertTrue(e.getMessage().contains("line 2: attachments"), e.getMessage());
    }

    @Test
    void damagedLogStopsTheRunRatherThanGuess() throws IOException {
        Path file = Files.writeString(dir.resolve("sent-2025-07.csv"), "time,iso3,message_id,recipients,attachments\nNOR,x\n");
        BadInputException e = assertThrows(BadInputException.class, () -> SendLog.open(file));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
}
