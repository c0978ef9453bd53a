package briefs.mail;

import briefs.model.LineFolding;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * An SMTP server to send through, with Jakarta Mail: the connection is opened on first use, one
 * per run, and reopened after a failure. A failure is classified ({@link SendFailure.Kind}) from
 * what the server or the network said. Not thread-safe: one run sends one message at a time.
 */
public final class SmtpTransport implements MailTransport {
    private final JakartaMail mail;
    private final SmtpSettings settings;
    private final Session session;
    private Transport transport;

    SmtpTransport(JakartaMail mail, SmtpSettings settings) {
        this.mail = mail;
        this.settings = settings;
        this.session = Session.getInstance(properties(settings));
    }

    @Override
    public void send(MailMessage message) throws SendFailure {
        MimeMessage mime;
        Address[] recipients;
        try {
            mime = mail.mime(message, settings.from(), false);
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
            case UnknownHostException u -> "unknown host " + u.getMessage();
            case ConnectException c -> "connection refused";
            case SocketTimeoutException t -> "no answer within " + settings.timeout().toMillis() + " ms";
            case SSLException tls -> "TLS failed: " + LineFolding.oneLine(tls.getMessage());
            default -> LineFolding.oneLine(cause.getMessage() != null ? cause.getMessage() : e.getMessage());
        };
        return new SendFailure(SendFailure.Kind.CONNECTION, "cannot reach " + server + " (" + settings.security()
                .name().toLowerCase(Locale.ROOT) + "): " + why, e);
    }

    private static Properties properties(SmtpSettings s) {
        Properties p = new Properties();
        String timeout = Long.toString(s.timeout().toMillis());
        p.setProperty("mail.smtp.host", s.host());
        p.setProperty("mail.smtp.port", Integer.toString(s.port()));
        p.setProperty("mail.smtp.connectiontimeout", timeout);
        p.setProperty("mail.smtp.timeout", timeout);
        p.setProperty("mail.smtp.writetimeout", timeout);
        p.setProperty("mail.smtp.from", JakartaMail.bareAddress(s.from()));
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
}
