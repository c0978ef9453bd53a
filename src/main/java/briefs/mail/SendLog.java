package briefs.mail;

import briefs.files.AtomicFile;
import briefs.model.BadInputException;
import briefs.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * What was sent for one data month, {@code <out>/mail/sent-<YYYY-MM>.csv}: one line per message
 * the server accepted, so that a rerun after a failure sends only what did not go out and never
 * a message twice. Countries are the key: a country with a line is not sent again, even when
 * its brief has changed since (delete its line to send it again).
 *
 * <p>Each new line is recorded before the next message is sent, by rewriting the file through
 * {@link AtomicFile}: the file on disk is always whole, never a half-written line, even when the
 * run is killed while recording.
 *
 * <p>Columns: {@code time} (UTC, ISO 8601), {@code iso3}, {@code message_id},
 * {@code recipients} (every address, {@code ;}-separated), {@code attachments}
 * ({@code file:sha256} of each attachment, {@code ;}-separated).
 */
public final class SendLog {
    static final List<String> HEADER = List.of("time", "iso3", "message_id", "recipients", "attachments");
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    /** One message the server accepted. */
    public record Entry(Instant time, String iso3, String messageId, List<String> recipients, List<String> attachments) {
        public Entry {
            recipients = List.copyOf(recipients);
            attachments = List.copyOf(attachments);
        }
    }

    private final Path file;
    private final Map<String, Entry> entries;

    private SendLog(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** {@code sent-<YYYY-MM>.csv} in a folder. */
    public static Path fileFor(Path mailDir, YearMonth month) {
        return mailDir.resolve("sent-" + month + ".csv");
    }

    /** Reads the log, or starts an empty one when the file does not exist yet. */
    public static SendLog open(Path file) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new SendLog(file, entries);
        } catch (IOException e) {
            throw new BadInputException(new Problem(file.toString(), "", "cannot be read: " + e.getMessage()), e);
        }
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = CSV.readerForListOf(String.class).with(CsvSchema.emptySchema())
                .readValues(text)) {
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
        } catch (JacksonException e) {
            throw new BadInputException(new Problem(file.toString(), "", "is not a send log (CSV): "
                    + e.getOriginalMessage() + "; fix or remove it"), e);
        }
        // A damaged log is not skipped: guessing what was sent could send a message twice.
        if (rows.isEmpty() || !rows.get(0).equals(HEADER)) {
            throw new BadInputException(new Problem(file.toString(), "line 1", "expected the header "
                    + String.join(",", HEADER) + "; fix or remove the file"));
        }
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.size() == 1 && r.get(0).isBlank()) {
                continue;
            }
            if (r.size() != HEADER.size()) {
                throw new BadInputException(new Problem(file.toString(), "line " + (i + 1), "has " + r.size()
                        + " columns; expected " + HEADER.size() + " (" + String.join(",", HEADER) + ")"));
            }
            Instant time;
            try {
                time = Instant.parse(r.get(0));
            } catch (java.time.format.DateTimeParseException e) {
                throw new BadInputException(new Problem(file.toString(), "line " + (i + 1), "time \"" + r.get(0)
                        + "\" is not an ISO 8601 instant"));
            }
            entries.put(r.get(1), new Entry(time, r.get(1), r.get(2), split(r.get(3)), split(r.get(4))));
        }
        return new SendLog(file, entries);
    }

    public Path file() {
        return file;
    }

    /** The message already sent to a country this month, if any. */
    public Optional<Entry> sent(String iso3) {
        return Optional.ofNullable(entries.get(iso3));
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** Records a sent message; returns once the file on disk holds it. */
    public void record(Entry entry) throws IOException {
        entries.put(entry.iso3(), entry);
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        for (Entry e : entries.values()) {
            line(csv, List.of(e.time().toString(), e.iso3(), e.messageId(), String.join(";", e.recipients()),
                    String.join(";", e.attachments())));
        }
        AtomicFile.writeString(file, csv.toString());
    }

    /** {@code <file name>:<sha256>} of an attachment as it is on disk. */
    public static String fingerprint(MailAttachment a) throws IOException {
        try (InputStream in = Files.newInputStream(a.file())) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return a.file().getFileName() + ":" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static List<String> split(String field) {
        return field.isBlank() ? List.of() : List.of(field.split(";"));
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String f = fields.get(i);
            if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
                csv.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(f);
            }
        }
        csv.append('\n');
    }
}
