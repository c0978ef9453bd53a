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
                List.of("a@example.org", "b@example.org"), List.of("NOR-brief-2025-07.pdf:ab", "NOR,odd.xlsx:cd"));
        log.record(entry);
        SendLog reopened = SendLog.open(file);
        assertEquals(entry, reopened.sent("NOR").orElseThrow());
        assertTrue(Files.readString(file).startsWith("time,iso3,message_id,recipients,attachments\n"));
    }

    @Test
    void damagedLogStopsTheRunRatherThanGuess() throws IOException {
        Path file = Files.writeString(dir.resolve("sent-2025-07.csv"), "time,iso3,message_id,recipients,attachments\nNOR,x\n");
        BadInputException e = assertThrows(BadInputException.class, () -> SendLog.open(file));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
}
