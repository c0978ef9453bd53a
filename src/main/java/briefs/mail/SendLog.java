package briefs.mail;

import briefs.files.AtomicFile;
import briefs.model.BadInputException;
import briefs.model.Iso3;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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
    private static final Pattern FINGERPRINT = Pattern.compile(".+:[0-9a-f]{64}");
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
        if (!text.endsWith("\n")) {
            // Every line briefs writes ends the file whole; a last line without its end was cut short.
            throw damaged(file, rows.size(), "ends in the middle of a line: the log was cut short or edited;"
                    + " check that line against what was sent");
        }
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.size() == 1 && r.get(0).isBlank()) {
                continue;
            }
            Entry entry = entry(file, i + 1, r);
            Integer first = lineOf.putIfAbsent(entry.iso3(), i + 1);
            if (first != null) {
                throw damaged(file, i + 1, entry.iso3() + " is listed again (first on line " + first + ")");
            }
            entries.put(entry.iso3(), entry);
        }
        return new SendLog(file, entries);
    }

    /**
     * One line, checked column by column. A country code in lower case would not match the
     * country and send it again; a line cut short in any column is no record of what was sent.
     */
    private static Entry entry(Path file, int line, List<String> r) {
        if (r.size() != HEADER.size()) {
            throw damaged(file, line, "has " + r.size() + " columns; expected " + HEADER.size() + " ("
                    + String.join(",", HEADER) + ")");
        }
        Instant time;
        try {
            time = Instant.parse(r.get(0));
        } catch (DateTimeParseException e) {
            throw damaged(file, line, "time \"" + r.get(0) + "\" is not an ISO 8601 instant");
        }
        if (!Iso3.isValid(r.get(1))) {
            throw damaged(file, line, "iso3 \"" + r.get(1) + "\" is not an ISO3 code in capitals (NOR)");
        }
        if (!r.get(2).contains("@")) {
            throw damaged(file, line, "message_id \"" + r.get(2) + "\" is not a message ID (id@domain)");
        }
        List<String> recipients = split(r.get(3));
        if (recipients.isEmpty() || !recipients.stream().allMatch(a -> a.contains("@"))) {
            throw damaged(file, line, "recipients \"" + r.get(3) + "\" are not addresses separated by ';'");
        }
        List<String> attachments = split(r.get(4));
        if (attachments.isEmpty() || !attachments.stream().allMatch(a -> FINGERPRINT.matcher(a).matches())) {
            throw damaged(file, line, "attachments \"" + r.get(4) + "\" are not file:sha256 pairs separated by ';'");
        }
        return new Entry(time, r.get(1), r.get(2), recipients, attachments);
    }

    private static BadInputException damaged(Path file, int line, String what) {
        return new BadInputException(new Problem(file.toString(), "line " + line, what
                + "; nothing was sent (fix or remove the line, then run again)"));
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
