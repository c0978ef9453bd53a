package briefs.mail;

import briefs.files.AtomicFile;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Jakarta Mail (Angus Mail) behind one class: a {@link MailMessage} becomes a MIME message, which
 * is written as a draft {@code .eml} file or sent over SMTP.
 *
 * <p>The MIME structure is the one every mail program shows as a message with two attachments:
 * <pre>
 * multipart/mixed
 *   multipart/alternative
 *     text/plain; charset=UTF-8
 *     text/html; charset=UTF-8
 *   application/pdf                      (Content-Disposition: attachment; filename*=UTF-8''...)
 *   application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
 * </pre>
 * Non-ASCII attachment names are encoded per RFC 2231 (Jakarta Mail's default,
 * {@code mail.mime.encodeparameters}), the subject per RFC 2047. The Message-ID is the message's
 * own, stable one, not a random one, so that a message sent again is recognisable as the same.
 */
public final class JakartaMail {
    private final Clock clock;

    public JakartaMail(Clock clock) {
        this.clock = clock;
    }

    /**
     * Why an address cannot be used, or null when it can. Strict RFC 5322 syntax with a domain:
     * {@code desk@example.org} and {@code "Doe, Jane" <jane@example.org>} pass; {@code desk},
     * {@code desk@} and two addresses in one do not.
     */
    public static String addressProblem(String address) {
        if (address == null || address.isBlank()) {
            return "is empty";
        }
        try {
            InternetAddress[] parsed = InternetAddress.parse(address, true);
            if (parsed.length != 1) {
                return "\"" + address + "\" holds " + parsed.length + " addresses; separate addresses with ;";
            }
            parsed[0].validate();
            String bare = parsed[0].getAddress();
            int at = bare.lastIndexOf('@');
            if (at < 1 || bare.indexOf('.', at) < 0) {
                return "\"" + address + "\" has no domain (expected name@example.org)";
            }
            return null;
        } catch (AddressException e) {
            return "\"" + address + "\" is not an e-mail address (" + e.getMessage() + ")";
        }
    }

    /** The bare address of a checked address: {@code jane@example.org} of {@code "Jane" <jane@example.org>}. */
    public static String bareAddress(String address) {
        try {
            return new InternetAddress(address, true).getAddress();
        } catch (AddressException e) {
            throw new IllegalArgumentException("address is not valid: " + address, e);
        }
    }

    /**
     * Writes the message as a draft: RFC 5322 text with CRLF line ends, marked {@code X-Unsent: 1}
     * so that Outlook opens it ready to send. {@code from} may be null (the mail program fills it in).
     */
    public void writeDraft(MailMessage message, String from, Path target) throws IOException {
        MimeMessage mime = mime(message, from, true);
        AtomicFile.write(target, out -> writeTo(mime, out));
    }

    /** The size in bytes the message has on the wire, attachments encoded. */
    public long size(MailMessage message, String from) throws IOException {
        MimeMessage mime = mime(message, from, false);
        long[] count = {0};
        writeTo(mime, new OutputStream() {
            @Override
            public void write(int b) {
                count[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                count[0] += len;
            }
        });
        return count[0];
    }

    /** Opens an SMTP connection on first use; one per run, reopened after a failure. */
    public SmtpTransport smtp(SmtpSettings settings) {
        return new SmtpTransport(this, settings);
    }

    MimeMessage mime(MailMessage m, String from, boolean draft) throws IOException {
        try {
            MimeMessage msg = new StableIdMessage(Session.getInstance(new Properties()), "<" + m.messageId() + ">");
            if (from != null) {
                msg.setFrom(encoded(from));
            }
            msg.setRecipients(RecipientType.TO, addresses(m.recipients().to()));
            msg.setRecipients(RecipientType.CC, addresses(m.recipients().cc()));
            msg.setRecipients(RecipientType.BCC, addresses(m.recipients().bcc()));
            msg.setSubject(m.subject(), "UTF-8");
            msg.setSentDate(Date.from(clock.instant()));
            msg.setHeader("Content-Language", "en-GB");
            if (draft) {
                msg.setHeader("X-Unsent", "1");
            }

            MimeBodyPart text = new MimeBodyPart();
            text.setText(m.text(), "UTF-8", "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(m.html(), "UTF-8", "html");
            MimeBodyPart bodies = new MimeBodyPart();
            bodies.setContent(new MimeMultipart("alternative", text, html));

            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(bodies);
            for (MailAttachment a : m.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.attachFile(a.file().toFile(), a.contentType(), "base64");
                part.setFileName(a.name());
                mixed.addBodyPart(part);
            }
            msg.setContent(mixed);
            msg.saveChanges();
            return msg;
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot build the message for " + m.iso3() + ": " + e.getMessage(), e);
        }
    }

    private static void writeTo(MimeMessage mime, OutputStream out) throws IOException {
        try {
            mime.writeTo(out);
        } catch (MessagingException e) {
            throw new IOException("cannot write the message: " + e.getMessage(), e);
        }
    }

    private static InternetAddress[] addresses(List<String> list) throws AddressException {
        Set<InternetAddress> parsed = new LinkedHashSet<>();
        for (String a : list) {
            parsed.add(encoded(a));
        }
        return parsed.toArray(InternetAddress[]::new);
    }

    /**
     * An address whose display name is encoded per RFC 2047 when it is not ASCII. Parsing alone
     * keeps the name as typed, and Jakarta Mail would then write raw UTF-8 into the header, which
     * readers decode as Latin-1 ("DÃ©lÃ©gation").
     */
    private static InternetAddress encoded(String address) throws AddressException {
        InternetAddress parsed = new InternetAddress(address, true);
        if (parsed.getPersonal() == null) {
            return parsed;
        }
        try {
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("every JDK has UTF-8", e);
        }
    }

    /** A message whose Message-ID is given rather than made up at each save. */
    private static final class StableIdMessage extends MimeMessage {
        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
