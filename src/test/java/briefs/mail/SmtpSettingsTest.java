package briefs.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.model.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmtpSettingsTest {
    @TempDir
    Path dir;

    @Test
    void environmentOverridesFileAndPortFollowsSecurity() throws IOException {
        Path file = Files.writeString(dir.resolve("smtp.properties"),
                "host=smtp.example.org\nsecurity=tls\nuser=desk\npassword=from-file\nfrom=briefs@example.org\n");
        SmtpSettings s = SmtpSettings.read(Map.of("BRIEFS_SMTP_PASSWORD", "from-env", "BRIEFS_SMTP_RETRY_DELAY_MS", "5"),
                file, new ArrayList<>());
        assertEquals("smtp.example.org", s.host());
        assertEquals(465, s.port());
        assertEquals(SmtpSettings.Security.TLS, s.security());
        assertEquals("from-env", s.password());
        assertEquals(Duration.ofMillis(5), s.firstDelay());
        assertEquals(4, s.attempts());
        assertFalse(s.toString().contains("from-env"), "the password never appears in a message");
    }

    @Test
    void defaultsToStarttlsOn587FromTheEnvironmentAlone() {
        SmtpSettings s = SmtpSettings.read(Map.of("BRIEFS_SMTP_HOST", "mail.example.org",
                "BRIEFS_SMTP_FROM", "briefs@example.org"), null, new ArrayList<>());
        assertEquals(SmtpSettings.Security.STARTTLS, s.security());
        assertEquals(587, s.port());
        assertNull(s.user());
    }

    @Test
    void reportsEveryMissingOrUnsafeSettingWithItsVariable() {
        BadInputException e = assertThrows(BadInputException.class, () -> SmtpSettings.read(
                Map.of("BRIEFS_SMTP_SECURITY", "none", "BRIEFS_SMTP_USER", "desk", "BRIEFS_SMTP_PASSWORD", "x",
                        "BRIEFS_SMTP_PORT", "many"), null, new ArrayList<>()));
        String all = e.problems().toString();
        assertTrue(all.contains("host (or BRIEFS_SMTP_HOST): is required"), all);
        assertTrue(all.contains("from (or BRIEFS_SMTP_FROM): is required"), all);
        assertTrue(all.contains("password unencrypted"), all);
        assertTrue(all.contains("\"many\""), all);
    }

    @Test
    void warnsWhenOthersCanReadAPasswordFile() throws IOException {
        Path file = Files.writeString(dir.resolve("smtp.properties"),
                "host=h.example.org\nuser=u\npassword=p\nfrom=briefs@example.org\n");
        List<String> warnings = new ArrayList<>();
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            return;
        }
        SmtpSettings.read(Map.of(), file, warnings);
        assertEquals(1, warnings.size(), warnings.toString());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        warnings.clear();
        SmtpSettings.read(Map.of(), file, warnings);
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void unknownKeyInFileIsBadInput() throws IOException {
        Path file = Files.writeString(dir.resolve("smtp.properties"), "hots=h.example.org\n");
        BadInputException e = assertThrows(BadInputException.class, () -> SmtpSettings.read(Map.of(), file, new ArrayList<>()));
        assertTrue(e.getMessage().contains("hots: unknown setting"), e.getMessage());
    }
}
