package briefs.mail;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One country's message for one data month, before it becomes MIME: what {@link CountryMail}
 * writes and {@link JakartaMail} turns into a draft or sends.
 *
 * @param messageId   the Message-ID without angle brackets, the same for every run for this
 *                    country and month, so a message sent twice is recognisable as one
 * @param text        the plain-text body
 * @param html        the HTML body, the same content as {@code text}
 * @param attachments in the order they are attached
 */
public record MailMessage(String iso3, YearMonth month, String messageId, String subject, Recipients recipients,
                          String text, String html, List<MailAttachment> attachments) {
    public MailMessage {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(recipients, "recipients");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        attachments = List.copyOf(attachments);
        if (subject.contains("\r") || subject.contains("\n")) {
            throw new IllegalArgumentException("subject has a line break: " + subject);
        }
    }

    /** The same message to other recipients. */
    public MailMessage to(Recipients other) {
        return new MailMessage(iso3, month, messageId, subject, other, text, html, attachments);
    }
}
