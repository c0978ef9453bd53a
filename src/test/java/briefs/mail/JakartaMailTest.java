package briefs.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.render.BriefFixtures;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A message of a country with an accented name goes through a real SMTP server (GreenMail) and
 * through a draft file, and is read back with Jakarta Mail: same subject, recipients, bodies, and
 * attachments byte for byte under their Unicode names.
 */
class JakartaMailTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static final String FROM = "Briefs Desk <briefs@example.org>";
    private static final Recipients RECIPIENTS = new Recipients(
            List.of("\"Délégation, Abidjan\" <desk@example.org>", "second@example.org"),
            List.of("cc@example.org"), List.of("hidden@example.org"));

    @TempDir
    Path dir;

    private SmtpSettings settings() {
        return new SmtpSettings("localhost", greenMail.getSmtp().getPort(), SmtpSettings.Security.NONE, null, null,
                FROM, 2, Duration.ofMillis(1), Duration.ofSeconds(5));
    }

    @Test
    void sentMessageArrivesWithSubjectRecipientsBothBodiesAndAttachmentsAsOnDisk() throws Exception {
        MailMessage message = MailFixtures.message(BriefFixtures.coteDIvoire(), dir, RECIPIENTS);
        try (JakartaMail.Smtp smtp = new JakartaMail(CLOCK).smtp(settings())) {
            smtp.send(message);
        }
        MimeMessage[] received = greenMail.getReceivedMessages();
        // One delivery per recipient: two To, one Cc, one Bcc.
        assertEquals(4, received.length);
        for (MimeMessage m : received) {
            assertSameContent(message, m);
            assertNull(m.getHeader("Bcc"), "Bcc must not travel in the headers");
        }
        for (String address : RECIPIENTS.all()) {
            assertEquals(1, inboxCount(JakartaMail.bareAddress(address)), address);
        }
        assertEquals("briefs@example.org", ((InternetAddress) received[0].getFrom()[0]).getAddress());
        assertEquals("Délégation, Abidjan", ((InternetAddress) received[0].getRecipients(RecipientType.TO)[0]).getPersonal());
    }

    @Test
    void draftParsesBackToTheSameContentWithBccAndUnsentMark() throws Exception {
        MailMessage message = MailFixtures.message(BriefFixtures.coteDIvoire(), dir, RECIPIENTS);
        Path eml = dir.resolve("mail").resolve("CIV.eml");
        new JakartaMail(CLOCK).writeDraft(message, FROM, eml);
        MimeMessage parsed;
        try (InputStream in = Files.newInputStream(eml)) {
            parsed = new MimeMessage(MailFixtures.readingSession(), in);
        }
        assertSameContent(message, parsed);
        assertEquals("hidden@example.org", ((InternetAddress) parsed.getRecipients(RecipientType.BCC)[0]).getAddress());
        assertEquals("1", parsed.getHeader("X-Unsent")[0]);
        String raw = Files.readString(eml, java.nio.charset.StandardCharsets.US_ASCII);
        assertTrue(raw.contains("filename*=UTF-8''C%C3%B4te%20d%E2%80%99Ivoire%20%E2%80%93%20UN%20peacekeeping%20brief"),
                "RFC 2231 file name");
        assertTrue(raw.chars().allMatch(c -> c < 128), "an .eml is 7-bit: every non-ASCII character encoded");
    }

    @Test
    void draftWithoutSenderOrRecipientsStillParses() throws Exception {
        MailMessage message = MailFixtures.message(BriefFixtures.iceland(), dir, Recipients.NONE);
        Path eml = dir.resolve("ISL.eml");
        new JakartaMail(CLOCK).writeDraft(message, null, eml);
        try (InputStream in = Files.newInputStream(eml)) {
            MimeMessage parsed = new MimeMessage(MailFixtures.readingSession(), in);
            assertNull(parsed.getFrom());
            assertNull(parsed.getAllRecipients());
            assertEquals(message.subject(), parsed.getSubject());
        }
    }

    @Test
    void starttlsRequiredRefusesAServerWithoutItInsteadOfSendingInClear() throws Exception {
        MailMessage message = MailFixtures.message(BriefFixtures.norway(), dir, RECIPIENTS);
        SmtpSettings starttls = new SmtpSettings("localhost", greenMail.getSmtp().getPort(), SmtpSettings.Security.STARTTLS,
                "desk", "secret", FROM, 1, Duration.ZERO, Duration.ofSeconds(5));
        try (JakartaMail.Smtp smtp = new JakartaMail(CLOCK).smtp(starttls)) {
            SendFailure failure = assertThrows(SendFailure.class, () -> smtp.send(message));
            assertTrue(failure.getMessage().contains("STARTTLS"), failure.getMessage());
        }
        assertEquals(0, greenMail.getReceivedMessages().length);
    }

    @Test
    void refusedLoginIsNotRetriedAndStopsTheRun() throws Exception {
        greenMail.setUser("briefs@example.org", "desk", "right");
        greenMail.getUserManager().setAuthRequired(true);
        MailMessage message = MailFixtures.message(BriefFixtures.norway(), dir, RECIPIENTS);
        SmtpSettings wrong = new SmtpSettings("localhost", greenMail.getSmtp().getPort(), SmtpSettings.Security.NONE,
                "desk", "wrong", FROM, 3, Duration.ZERO, Duration.ofSeconds(5));
        try (JakartaMail.Smtp smtp = new JakartaMail(CLOCK).smtp(wrong)) {
            SendFailure failure = assertThrows(SendFailure.class, () -> smtp.send(message));
            assertEquals(SendFailure.Kind.LOGIN, failure.kind(), failure.getMessage());
            assertFalse(failure.kind().retried());
            assertTrue(failure.kind().stopsRun());
            assertFalse(failure.getMessage().contains("wrong"), "the password is never printed");
        }
        assertEquals(0, greenMail.getReceivedMessages().length);
    }

    @Test
    void addressCheckAcceptsNamedAddressesAndRefusesIncompleteOnes() {
        assertNull(JakartaMail.addressProblem("desk@example.org"));
        assertNull(JakartaMail.addressProblem("\"Doe, Jane\" <jane@example.org>"));
        assertNull(JakartaMail.addressProblem("Délégation <d@example.org>"));
        for (String bad : List.of("desk", "desk@", "@example.org", "a@b.org, c@d.org", "desk@localhost", "a b@example.org")) {
            assertFalse(JakartaMail.addressProblem(bad) == null, bad);
        }
    }

    @Test
    void sizeCountsEncodedAttachments() throws Exception {
        MailMessage message = MailFixtures.message(BriefFixtures.norway(), dir, RECIPIENTS);
        long attachments = Files.size(message.attachments().get(0).file()) + Files.size(message.attachments().get(1).file());
        long size = new JakartaMail(CLOCK).size(message, FROM);
        assertTrue(size > attachments * 4 / 3, "base64 makes attachments a third larger: " + size + " vs " + attachments);
    }

    /** GreenMail keeps a mailbox per recipient. */
    private static int inboxCount(String email) throws Exception {
        var user = greenMail.getUserManager().getUserByEmail(email);
        return user == null ? 0 : greenMail.getManagers().getImapHostManager().getInbox(user).getMessageCount();
    }

    /** Subject, Message-ID, both bodies, both attachments (bytes, names, types) as the message says. */
    static void assertSameContent(MailMessage expected, MimeMessage actual) throws MessagingException, IOException {
        assertEquals(expected.subject(), actual.getSubject());
        assertEquals("<" + expected.messageId() + ">", actual.getMessageID());
        assertEquals(expected.recipients().to(), addresses(actual.getRecipients(RecipientType.TO)));
        assertEquals(expected.recipients().cc(), addresses(actual.getRecipients(RecipientType.CC)));
        assertTrue(actual.isMimeType("multipart/mixed"), actual.getContentType());
        MimeMultipart mixed = (MimeMultipart) actual.getContent();
        assertEquals(1 + expected.attachments().size(), mixed.getCount());
        BodyPart bodies = mixed.getBodyPart(0);
        assertTrue(bodies.isMimeType("multipart/alternative"), bodies.getContentType());
        MimeMultipart alternative = (MimeMultipart) bodies.getContent();
        assertEquals(2, alternative.getCount());
        assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(alternative.getBodyPart(1).isMimeType("text/html"));
        assertEquals(normalised(expected.text()), normalised((String) alternative.getBodyPart(0).getContent()));
        assertEquals(normalised(expected.html()), normalised((String) alternative.getBodyPart(1).getContent()));
        for (int i = 0; i < expected.attachments().size(); i++) {
            MailAttachment a = expected.attachments().get(i);
            BodyPart part = mixed.getBodyPart(i + 1);
            assertEquals(Part.ATTACHMENT, part.getDisposition());
            assertEquals(a.name(), part.getFileName(), "the Unicode name, decoded");
            assertTrue(part.isMimeType(a.contentType()), part.getContentType());
            try (InputStream in = part.getInputStream()) {
                assertArrayEquals(Files.readAllBytes(a.file()), in.readAllBytes(), a.name());
            }
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(a -> ((InternetAddress) a).toUnicodeString()).toList();
    }

    /** Bodies travel with CRLF line ends. */
    private static String normalised(String body) {
        return body.replace("\r\n", "\n").strip();
    }
}
