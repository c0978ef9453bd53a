package briefs.mail;

/**
 * A connection that hands messages to a mail server, one at a time. {@link JakartaMail} gives
 * the SMTP one; {@link MailDelivery} needs nothing more, so a test may hand it another.
 */
public interface MailTransport extends AutoCloseable {
    /** Sends one message to all its recipients, or to none of them. */
    void send(MailMessage message) throws SendFailure;

    /** Closes the connection, if one is open; never fails. */
    @Override
    void close();
}
