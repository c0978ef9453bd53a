package briefs.mail;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file attached to a message under the name a recipient sees.
 *
 * @param file        the file on disk, attached byte for byte
 * @param name        the name shown to the recipient, any Unicode (encoded per RFC 2231 in the message)
 * @param contentType the MIME type, e.g. {@code application/pdf}
 */
public record MailAttachment(Path file, String name, String contentType) {
    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public MailAttachment {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentType, "contentType");
    }
}
