package briefs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.cli.MailCommandTest.Run;
import briefs.files.TreeCopy;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefs mail --all}, drafted or sent, when some countries cannot be made: one whose data
 * file the rules set aside (SWE: not JSON) and one whose brief cannot be rendered (CIV: a
 * template error that only its data reaches). Each is named with its file, the others are still
 * drafted or sent, the failures are listed again at the end, and the exit code is 1, as with
 * {@code briefs all}.
 */
class MailCountryFailureTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String MONTH = "2025-07";

    @TempDir
    Path root;

    private Path data;
    private Path templates;
    private Path out;

    @BeforeEach
    void spoilOneDataFileAndOneCountrysBrief() throws IOException {
        data = root.resolve("data");
        out = root.resolve("out");
        TreeCopy.copy(Path.of("data", "reference"), data.resolve("reference"));
        Files.createDirectories(data.resolve("countries"));
        for (String iso3 : List.of("NOR", "CIV", "ISL")) {
            Files.copy(Path.of("data", "countries", iso3 + ".json"), data.resolve("countries").resolve(iso3 + ".json"));
        }
        Files.writeString(data.resolve("countries").resolve("SWE.json"), "{\"iso3\": \"SWE\", broken");
        templates = root.resolve("templates");
        TreeCopy.copy(Path.of("templates"), templates);
        Path brief = templates.resolve("brief.ftlx");
        String text = Files.readString(brief);
        String anchor = "<meta name=\"keywords\"";
        assertTrue(text.contains(anchor), "the brief template still has its keywords line");
        Files.writeString(brief, text.replace(anchor, "<#if f.country.iso3 == \"CIV\">${f.noSuchField}</#if>" + anchor));
    }

    @Test
    void sendAllSendsTheOthersNamesEachFailureAndExitsOne() throws Exception {
        Path recipients = Files.writeString(root.resolve("recipients.csv"), "iso3,to\nNOR,oslo@example.org\n"
                + "SWE,stockholm@example.org\nCIV,abidjan@example.org\nISL,reykjavik@example.org\n");
        Path smtp = Files.writeString(root.resolve("smtp.properties"), String.join("\n", "host=localhost",
                "port=" + greenMail.getSmtp().getPort(), "security=none", "from=briefs@example.org", "attempts=1", ""));
        Run run = MailCommandTest.mailFrom(data, templates, line -> { }, Map.of(), "--all", "--send",
                "--out", out.toString(), "--recipients", recipients.toString(), "--smtp-config", smtp.toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            subjects.add(m.getSubject());
        }
        assertEquals(List.of("Norway: UN peacekeeping brief, July 2025", "Iceland: UN peacekeeping brief, July 2025"),
                subjects, "the countries after a failed one are still sent");
        assertNamed(run.err());
        assertTrue(run.err().contains("2 sent, 0 already sent before, 2 not sent"), run.err());
        List<String> log = Files.readAllLines(out.resolve("mail").resolve("sent-" + MONTH + ".csv"));
        assertEquals(3, log.size(), "header, NOR and ISL: " + log);
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }

    @Test
    void draftsForAllWriteTheOthersNameEachFailureAndExitOne() {
        Run run = MailCommandTest.mailFrom(data, templates, line -> { }, Map.of(), "--all", "--out", out.toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertEquals(List.of("ISL", "NOR"), drafts());
        assertNamed(run.err());
        assertTrue(run.err().contains("2 drafts written to " + out.resolve("mail") + "; 2 failed"), run.err());
    }

    /** Named on the command line, a country whose file was set aside is bad input, as with {@code brief}. */
    @Test
    void aNamedCountrySetAsideIsBadInputAndNothingIsMade() {
        Run run = MailCommandTest.mailFrom(data, templates, line -> { }, Map.of(), "swe", "NOR", "--out", out.toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains(data.resolve("countries").resolve("SWE.json") + ": line 1"), run.err());
        assertFalse(Files.exists(out.resolve("mail")), "no draft");
    }

    /** A send log with a lower-case code would send NOR a second time: refused with its line, nothing sent. */
    @Test
    void aDamagedSendLogIsRefusedAndNothingIsSent() throws Exception {
        Path recipients = Files.writeString(root.resolve("recipients.csv"), "iso3,to\nNOR,oslo@example.org\n");
        Path smtp = Files.writeString(root.resolve("smtp.properties"), String.join("\n", "host=localhost",
                "port=" + greenMail.getSmtp().getPort(), "security=none", "from=briefs@example.org", "attempts=1", ""));
        Path log = Files.createDirectories(out.resolve("mail")).resolve("sent-" + MONTH + ".csv");
        Files.writeString(log, "time,iso3,message_id,recipients,attachments\n2026-11-23T10:00:00Z,nor,"
                + "brief.NOR.2025-07@example.org,oslo@example.org,NOR-brief-2025-07.pdf:" + "ab".repeat(32) + "\n");
        Run run = MailCommandTest.mailFrom(data, templates, line -> { }, Map.of(), "NOR", "--send",
                "--out", out.toString(), "--recipients", recipients.toString(), "--smtp-config", smtp.toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains(log + ": line 2: iso3 \"nor\" is not an ISO3 code in capitals"), run.err());
        assertEquals(0, greenMail.getReceivedMessages().length, "nothing sent");
    }

    /** SWE and CIV each named as they fail, then both again under the summary's "failed: 2". */
    private void assertNamed(String err) {
        String swe = "SWE: " + data.resolve("countries").resolve("SWE.json") + ": line 1, column 17: not valid JSON";
        String civ = "CIV: " + templates.resolve("brief.ftlx") + ": line ";
        assertTrue(err.contains("failed " + swe) && err.contains("failed " + civ), err);
        int summary = err.indexOf("failed: 2\n");
        assertTrue(summary >= 0, err);
        String tail = err.substring(summary);
        assertTrue(tail.contains("  " + swe) && tail.contains("  " + civ), tail);
    }

    private List<String> drafts() {
        try (Stream<Path> files = Files.list(out.resolve("mail"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".eml"))
                    .map(n -> n.substring(0, 3)).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
