package briefs.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * {@code briefs mail} on the bundled data against a real SMTP server in the test (GreenMail):
 * drafts, sending, the resume rule when the server goes away part-way, a bad recipients file
 * and an unreachable server.
 */
class MailCommandTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String MONTH = "2025-07";
    private static final List<String> COUNTRIES = List.of("NOR", "CIV", "ISL");

    /** Briefs and annexes made once, by the first run, and copied into each test's folder. */
    @TempDir
    static Path made;

    @TempDir
    Path out;

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void makeBriefsOnce() {
        Run run = mail(line -> { }, Map.of(), "NOR", "cote d'ivoire", "iceland", "--out", made.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void draftsParseBackWithTheBriefAndAnnexOnDiskUnderReadableNames() throws Exception {
        Path recipients = recipients("iso3,to,cc\nCIV,\"\"\"Délégation\"\" <desk@example.org>\",cc@example.org\n");
        copyMadeFiles();
        Run run = mail(line -> { }, Map.of(), "CIV", "NOR", "--out", out.toString(), "--recipients", recipients.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("NOR is not in"), "a country without recipients gets a draft and a warning");
        Path eml = out.resolve("mail").resolve("CIV-mail-" + MONTH + ".eml");
        assertEquals(eml.toString(), run.out().lines().findFirst().orElseThrow());
        MimeMessage m;
        try (InputStream in = Files.newInputStream(eml)) {
            m = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertEquals("Côte d’Ivoire: UN peacekeeping brief, July 2025", m.getSubject());
        assertEquals("<brief.CIV." + MONTH + "@briefs.invalid>", m.getMessageID());
        var to = (jakarta.mail.internet.InternetAddress) m.getAllRecipients()[0];
        assertEquals("Délégation", to.getPersonal());
        assertEquals("desk@example.org", to.getAddress());
        MimeMultipart mixed = (MimeMultipart) m.getContent();
        MimeMultipart bodies = (MimeMultipart) mixed.getBodyPart(0).getContent();
        String text = (String) bodies.getBodyPart(0).getContent();
        String html = (String) bodies.getBodyPart(1).getContent();
        assertTrue(text.contains("Uniformed personnel deployed:"), text);
        assertTrue(html.contains("<li") && html.contains("Côte d’Ivoire"), html);
        assertAttachment(mixed.getBodyPart(1), "Côte d’Ivoire – UN peacekeeping brief – July 2025.pdf",
                "application/pdf", out.resolve("CIV-brief-" + MONTH + ".pdf"));
        assertAttachment(mixed.getBodyPart(2), "Côte d’Ivoire – UN peacekeeping annex – July 2025.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.resolve("CIV-annex-" + MONTH + ".xlsx"));
    }

    @Test
    void sendsEachCountryOnceAndARerunSendsNothing() throws Exception {
        copyMadeFiles();
        Path recipients = recipients("iso3,to,cc,bcc\nNOR,oslo@example.org,,hidden@example.org\nCIV,abidjan@example.org,,\n");
        Run first = mail(line -> { }, Map.of(), "--all", "--send", "--out", out.toString(),
                "--recipients", recipients.toString(), "--smtp-config", smtpConfig(greenMail.getSmtp().getPort()).toString());
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(3, greenMail.getReceivedMessages().length, "NOR to two addresses, CIV to one");
        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertEquals("Norway: UN peacekeeping brief, July 2025", received.getSubject());
        List<String> log = Files.readAllLines(out.resolve("mail").resolve("sent-" + MONTH + ".csv"));
        assertEquals(3, log.size(), log.toString());
        assertTrue(log.get(1).contains(",NOR,brief.NOR." + MONTH + "@example.org,"), log.get(1));
        assertTrue(log.get(1).contains("oslo@example.org;hidden@example.org"), log.get(1));
        assertTrue(log.get(1).matches(".*NOR-brief-2025-07\\.pdf:[0-9a-f]{64};NOR-annex-2025-07\\.xlsx:[0-9a-f]{64}$"), log.get(1));

        // The files of countries already sent are not made again for a re-run that sends them nothing.
        Files.delete(out.resolve("NOR-brief-" + MONTH + ".pdf"));
        Files.delete(out.resolve("CIV-annex-" + MONTH + ".xlsx"));
        Run again = mail(line -> { }, Map.of(), "--all", "--send", "--out", out.toString(),
                "--recipients", recipients.toString(), "--smtp-config", smtpConfig(greenMail.getSmtp().getPort()).toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("already sent NOR") && again.out().contains("already sent CIV"), again.out());
        assertEquals(3, greenMail.getReceivedMessages().length, "nothing sent twice");
        assertFalse(Files.exists(out.resolve("NOR-brief-" + MONTH + ".pdf")), "NOR's brief not made again");
        assertFalse(Files.exists(out.resolve("CIV-annex-" + MONTH + ".xlsx")), "CIV's annex not made again");
    }

    @Test
    void rerunAfterTheServerWentAwayPartWaySendsOnlyTheRest() throws Exception {
        copyMadeFiles();
        Path recipients = recipients("iso3,to\nNOR,oslo@example.org\nCIV,abidjan@example.org\nISL,reykjavik@example.org\n");
        int port = greenMail.getSmtp().getPort();
        Path config = smtpConfig(port);
        // The server goes away as soon as the command reports its first message sent.
        Run first = mail(line -> {
            if (line.startsWith("sent NOR")) {
                greenMail.stop();
            }
        }, Map.of(), "NOR", "CIV", "ISL", "--send", "--out", out.toString(), "--recipients", recipients.toString(),
                "--smtp-config", config.toString());
        assertEquals(1, first.exitCode(), first.out() + first.err());
        assertTrue(first.err().contains("not sent CIV (2 attempts): cannot reach localhost:" + port), first.err());
        assertTrue(first.err().contains("1 not tried (ISL)"), first.err());
        Path logFile = out.resolve("mail").resolve("sent-" + MONTH + ".csv");
        assertEquals(2, Files.readAllLines(logFile).size(), "header and NOR only");

        GreenMail restarted = new GreenMail(new ServerSetup(port, null, ServerSetup.PROTOCOL_SMTP));
        restarted.start();
        try {
            Run second = mail(line -> { }, Map.of(), "NOR", "CIV", "ISL", "--send", "--out", out.toString(),
                    "--recipients", recipients.toString(), "--smtp-config", config.toString());
            assertEquals(0, second.exitCode(), second.err());
            assertTrue(second.out().contains("already sent NOR"), second.out());
            Set<String> subjects = new HashSet<>();
            for (MimeMessage m : restarted.getReceivedMessages()) {
                subjects.add(m.getSubject());
            }
            assertEquals(Set.of("Côte d’Ivoire: UN peacekeeping brief, July 2025", "Iceland: UN peacekeeping brief, July 2025"),
                    subjects);
            assertEquals(4, Files.readAllLines(logFile).size());
        } finally {
            restarted.stop();
        }
    }

    @Test
    void badRecipientsFileExitsTwoWithLineNumbersBeforeAnythingIsSent() throws Exception {
        Path recipients = recipients("iso3,to\nNOR,oslo@example.org\nXYZ,x@example.org\nCIV,abidjan(at)example.org\nNOR,again@example.org\n");
        Run run = mail(line -> { }, Map.of(), "--all", "--send", "--out", out.toString(),
                "--recipients", recipients.toString(), "--smtp-config", smtpConfig(greenMail.getSmtp().getPort()).toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("line 3: unknown country \"XYZ\""), run.err());
        assertTrue(run.err().contains("line 4: to: \"abidjan(at)example.org\""), run.err());
        assertTrue(run.err().contains("line 5: NOR is listed again (first on line 2)"), run.err());
        assertEquals(0, greenMail.getReceivedMessages().length);
        assertFalse(Files.exists(out.resolve("mail")), "nothing written");
    }

    @Test
    void unreachableServerExitsOneWithAClearMessageAndMarksNothingSent() throws Exception {
        copyMadeFiles();
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Path recipients = recipients("iso3,to\nNOR,oslo@example.org\nCIV,abidjan@example.org\n");
        Run run = mail(line -> { }, Map.of(), "NOR", "CIV", "--send", "--out", out.toString(),
                "--recipients", recipients.toString(), "--smtp-config", smtpConfig(closed).toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("retrying NOR in 1 ms after attempt 1: cannot reach localhost:" + closed), run.err());
        assertTrue(run.err().contains("not sent NOR (2 attempts): cannot reach localhost:" + closed + " (none): connection refused"),
                run.err());
        assertTrue(run.err().contains("1 not tried (CIV)"), run.err());
        assertFalse(run.err().contains("internal error") || run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(out.resolve("mail").resolve("sent-" + MONTH + ".csv")), "nothing marked sent");
    }

    @Test
    void secondSendingRunOfTheSameMonthIsRefusedWhileTheFirstHoldsTheLock() throws Exception {
        Path recipients = recipients("iso3,to\nNOR,oslo@example.org\n");
        Files.createDirectories(out.resolve("mail"));
        try (var channel = java.nio.channels.FileChannel.open(out.resolve("mail").resolve(".sent-" + MONTH + ".lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             var lock = channel.lock()) {
            Run run = mail(line -> { }, Map.of(), "NOR", "--send", "--out", out.toString(), "--recipients",
                    recipients.toString(), "--smtp-config", smtpConfig(greenMail.getSmtp().getPort()).toString());
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains("another `briefs mail --send` is sending " + MONTH), run.err());
        }
        assertEquals(0, greenMail.getReceivedMessages().length);
    }

    @Test
    void missingSmtpSettingsAreBadInputNamingTheVariables() throws Exception {
        Path recipients = recipients("iso3,to\nNOR,oslo@example.org\n");
        Run run = mail(line -> { }, Map.of("BRIEFS_SMTP_FROM", "briefs@example.org"), "NOR", "--send",
                "--out", out.toString(), "--recipients", recipients.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("host (or BRIEFS_SMTP_HOST): is required"), run.err());
    }

    @Test
    void sendWithoutRecipientsAndCountriesWithAllAreUsageErrors() {
        assertEquals(2, mail(line -> { }, Map.of(), "NOR", "--send", "--out", out.toString()).exitCode());
        assertEquals(2, mail(line -> { }, Map.of(), "NOR", "--all", "--out", out.toString()).exitCode());
        assertEquals(2, mail(line -> { }, Map.of(), "--out", out.toString()).exitCode());
    }

    @Test
    void freshFilesAreAttachedAsTheyAreAndAMessageOverTenMegabytesIsWarnedAbout() throws Exception {
        copyMadeFiles();
        // A brief newer than the data is the one to attach, even one this large.
        byte[] large = new byte[11 * 1024 * 1024];
        new java.util.Random(7).nextBytes(large);
        Path brief = Files.write(out.resolve("NOR-brief-" + MONTH + ".pdf"), large);
        Run run = mail(line -> { }, Map.of(), "NOR", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("warning: NOR's message is 15.") && run.err().contains("over the 10 MB"), run.err());
        try (InputStream in = Files.newInputStream(out.resolve("mail").resolve("NOR-mail-" + MONTH + ".eml"))) {
            MimeMultipart mixed = (MimeMultipart) new MimeMessage(Session.getInstance(new Properties()), in).getContent();
            assertAttachment(mixed.getBodyPart(1), "Norway – UN peacekeeping brief – July 2025.pdf", "application/pdf", brief);
        }
        assertArrayEquals(large, Files.readAllBytes(brief), "not made again");
    }

    @Test
    void briefOlderThanTheDataIsMadeAgainWithItsAnnexBeforeTheyAreAttached() throws Exception {
        copyMadeFiles();
        Path brief = out.resolve("ISL-brief-" + MONTH + ".pdf");
        Path annex = out.resolve("ISL-annex-" + MONTH + ".xlsx");
        FileTime old = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
        Files.setLastModifiedTime(brief, old);
        FileTime annexBefore = Files.getLastModifiedTime(annex);
        Run run = mail(line -> { }, Map.of(), "ISL", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.getLastModifiedTime(brief).compareTo(Files.getLastModifiedTime(Path.of("data/countries/ISL.json"))) >= 0,
                "the stale brief was made again");
        // Made again with it: a message never carries a brief and an annex from different runs.
        assertTrue(Files.getLastModifiedTime(annex).compareTo(annexBefore) > 0, "the annex was made again with the brief");
    }

    private static void assertAttachment(BodyPart part, String name, String type, Path onDisk) throws Exception {
        assertEquals(name, part.getFileName());
        assertTrue(part.isMimeType(type), part.getContentType());
        try (InputStream in = part.getInputStream()) {
            assertArrayEquals(Files.readAllBytes(onDisk), in.readAllBytes(), name);
        }
    }

    private Path recipients(String csv) throws IOException {
        return Files.writeString(out.resolve("recipients.csv"), csv);
    }

    private Path smtpConfig(int port) throws IOException {
        return Files.writeString(out.resolve("smtp.properties"), String.join("\n",
                "host=localhost", "port=" + port, "security=none", "from=Briefs Desk <briefs@example.org>",
                "attempts=2", "retry.delay.ms=1", "timeout.ms=5000", ""));
    }

    private void copyMadeFiles() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(made, "*.{pdf,xlsx}")) {
            for (Path f : files) {
                // With their labels (what they were made from): a plain copy is made again.
                Files.copy(f, out.resolve(f.getFileName()), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /** Runs {@code briefs mail ARGS} with the bundled data and templates and its own environment. */
    static Run mail(Consumer<String> onOutLine, Map<String, String> environment, String... args) {
        return mailFrom(Path.of("data"), Path.of("templates"), onOutLine, environment, args);
    }

    /** Runs {@code briefs mail ARGS} with the given data and templates folders and its own environment. */
    static Run mailFrom(Path data, Path templates, Consumer<String> onOutLine, Map<String, String> environment,
                        String... args) {
        CommandLine commandLine = Main.commandLine();
        MailCommand command = commandLine.getSubcommands().get("mail").getCommand();
        command.environment = environment;
        StringWriter err = new StringWriter();
        LineWatcher out = new LineWatcher(onOutLine);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF));
        List<String> all = new ArrayList<>(List.of("mail", "--data", data.toString(), "--templates", templates.toString()));
        all.addAll(Arrays.asList(args));
        int exitCode = commandLine.execute(all.toArray(String[]::new));
        return new Run(exitCode, out.text.toString(), err.toString());
    }

    /** Keeps what is written and hands each complete line to a listener as it is printed. */
    private static final class LineWatcher extends Writer {
        final StringBuilder text = new StringBuilder();
        private final StringBuilder line = new StringBuilder();
        private final Consumer<String> onLine;

        LineWatcher(Consumer<String> onLine) {
            this.onLine = onLine;
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                char c = buffer[i];
                text.append(c);
                if (c == '\n') {
                    onLine.accept(line.toString().strip());
                    line.setLength(0);
                } else {
                    line.append(c);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
