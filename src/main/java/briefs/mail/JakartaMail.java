package briefs.mail;

import briefs.files.AtomicFile;
import briefs.model.LineFolding;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

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
    public Smtp smtp(SmtpSettings settings) {
        return new Smtp(settings);
    }

    /** An SMTP server to send through. Not thread-safe: one run sends one message at a time. */
    public final class Smtp implements MailTransport {
        private final SmtpSettings settings;
        private final Session session;
        private Transport transport;

        private Smtp(SmtpSettings settings) {
            this.settings = settings;
            this.session = Session.getInstance(properties(settings));
        }

        @Override
        public void send(MailMessage message) throws SendFailure {
            MimeMessage mime;
            Address[] recipients;
            try {
                mime = mime(message, settings.from(), false);
                recipients = mime.getAllRecipients();
            } catch (IOException e) {
                throw new SendFailure(SendFailure.Kind.REJECTED, "cannot read an attachment: " + e.getMessage(), e);
            } catch (MessagingException e) {
                throw new IllegalStateException("a message just built has unreadable recipients", e);
            }
            if (recipients == null || recipients.length == 0) {
                throw new SendFailure(SendFailure.Kind.REJECTED, "no recipients", null);
            }
            try {
                if (transport == null || !transport.isConnected()) {
                    transport = session.getTransport("smtp");
                    transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
                }
                transport.sendMessage(mime, recipients);
            } catch (MessagingException e) {
                close();
                throw failure(e);
            }
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    // The connection is already gone; nothing is lost by not saying QUIT.
                }
                transport = null;
            }
        }

        private SendFailure failure(MessagingException e) {
            String server = settings.host() + ":" + settings.port();
            if (e instanceof AuthenticationFailedException) {
                return new SendFailure(SendFailure.Kind.LOGIN, server + " refused the login of user "
                        + settings.user() + ": " + LineFolding.oneLine(e.getMessage()), e);
            }
            if (e instanceof SendFailedException sendFailed) {
                List<String> refused = new ArrayList<>();
                boolean temporary = false;
                for (Exception next = sendFailed.getNextException(); next != null;
                     next = next instanceof MessagingException m ? m.getNextException() : null) {
                    if (next instanceof SMTPAddressFailedException a) {
                        refused.add(a.getAddress() + " (" + LineFolding.oneLine(a.getMessage()) + ")");
                        temporary |= a.getReturnCode() / 100 == 4;
                    }
                }
                if (!refused.isEmpty()) {
                    return new SendFailure(temporary ? SendFailure.Kind.TEMPORARY : SendFailure.Kind.REJECTED,
                            server + " refused recipient" + (refused.size() > 1 ? "s " : " ") + String.join(", ", refused)
                                    + "; nobody was sent the message", e);
                }
                if (e instanceof SMTPSendFailedException s && s.getReturnCode() > 0) {
                    return new SendFailure(s.getReturnCode() / 100 == 4 ? SendFailure.Kind.TEMPORARY
                            : SendFailure.Kind.REJECTED, server + " refused the message: " + LineFolding.oneLine(s.getMessage()), e);
                }
            }
            Throwable cause = rootCause(e);
            String why = switch (cause) {
                case java.net.UnknownHostException u -> "unknown host " + u.getMessage();
                case java.net.ConnectException c -> "connection refused";
                case java.net.SocketTimeoutException t -> "no answer within " + settings.timeout().toMillis() + " ms";
                case javax.net.ssl.SSLException tls -> "TLS failed: " + LineFolding.oneLine(tls.getMessage());
                default -> LineFolding.oneLine(cause.getMessage() != null ? cause.getMessage() : e.getMessage());
            };
            return new SendFailure(SendFailure.Kind.CONNECTION, "cannot reach " + server + " (" + settings.security()
                    .name().toLowerCase(java.util.Locale.ROOT) + "): " + why, e);
        }
    }

    private static Properties properties(SmtpSettings s) {
        Properties p = new Properties();
        String timeout = Long.toString(s.timeout().toMillis());
        p.setProperty("mail.smtp.host", s.host());
        p.setProperty("mail.smtp.port", Integer.toString(s.port()));
        p.setProperty("mail.smtp.connectiontimeout", timeout);
        p.setProperty("mail.smtp.timeout", timeout);
        p.setProperty("mail.smtp.writetimeout", timeout);
        p.setProperty("mail.smtp.from", bareAddress(s.from()));
        p.setProperty("mail.smtp.auth", Boolean.toString(s.user() != null));
        switch (s.security()) {
            case STARTTLS -> {
                p.setProperty("mail.smtp.starttls.enable", "true");
                // Without "required" a server that does not offer STARTTLS would get the password in clear.
                p.setProperty("mail.smtp.starttls.required", "true");
                p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> {
                p.setProperty("mail.smtp.ssl.enable", "true");
                p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> {
            }
        }
        return p;
    }

    private MimeMessage mime(MailMessage m, String from, boolean draft) throws IOException {
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
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException("every JDK has UTF-8", e);
        }
    }

    private static Throwable rootCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root == t && t instanceof MessagingException m && m.getNextException() != null) {
            return rootCause(m.getNextException());
        }
        return root;
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
