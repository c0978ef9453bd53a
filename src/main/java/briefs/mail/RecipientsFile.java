package briefs.mail;

import briefs.model.BadInputException;
import briefs.model.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Who gets each country's message: a UTF-8 CSV file with the header {@code iso3,to,cc,bcc}
 * ({@code cc} and {@code bcc} may be left out), one line per country, several addresses in a
 * field separated by {@code ;}. A field holding a comma, as in {@code "Doe, Jane" <jane@example.org>},
 * is quoted as CSV quotes it. Blank lines and lines starting with {@code #} are skipped.
 *
 * <p>The whole file is checked before anything is sent, and every problem is reported at once
 * with its line number: an address that is not one, a country the data does not know, a
 * country listed twice, an address listed twice for one country, a country without a To address.
 */
public final class RecipientsFile {
    private static final List<String> COLUMNS = List.of("iso3", "to", "cc", "bcc");
    // One physical line at a time (so a problem has its line number): a line is one row, an array.
    private static final CsvMapper CSV = CsvMapper.builder().build();

    private RecipientsFile() {
    }

    /**
     * Reads and checks the file.
     *
     * @param knownCountries the ISO3 codes of the data's countries
     * @return recipients by ISO3 code, in the file's order
     * @throws BadInputException with every problem found
     */
    public static Map<String, Recipients> read(Path file, Set<String> knownCountries) {
        String name = file.toString();
        List<String> lines = lines(file, name);
        List<Problem> problems = new ArrayList<>();
        Map<String, Recipients> byCountry = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        Map<String, Integer> column = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = "line " + (i + 1);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> fields;
            try {
                fields = CSV.readerForListOf(String.class).with(CsvSchema.emptySchema()).readValue(line);
            } catch (JacksonException e) {
                problems.add(new Problem(name, where, "not a CSV line: " + e.getOriginalMessage()));
                continue;
            }
            if (column == null) {
                column = header(fields, name, where);
                continue;
            }
            Row row = new Row(fields, column, name, where, i + 1);
            row.read(knownCountries, lineOf, problems).ifPresent(r -> byCountry.put(row.iso3(), r));
        }
        if (column == null) {
            problems.add(new Problem(name, "line 1", "is empty; expected the header iso3,to,cc,bcc and one line per country"));
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        return byCountry;
    }

    /** One line of the file after the header: a country and its addresses. */
    private record Row(List<String> fields, Map<String, Integer> column, String name, String where, int number) {
        String iso3() {
            return field(fields, column, "iso3").toUpperCase(Locale.ROOT);
        }

        /** The row's recipients when its country is known and listed once; its problems are added to {@code problems}. */
        Optional<Recipients> read(Set<String> knownCountries, Map<String, Integer> lineOf, List<Problem> problems) {
            String iso3 = iso3();
            if (iso3.isEmpty()) {
                problems.add(new Problem(name, where, "no country code in column iso3"));
                return Optional.empty();
            }
            boolean known = knownCountries.contains(iso3);
            if (!known) {
                problems.add(new Problem(name, where, "unknown country \"" + iso3
                        + "\" (the iso3 column takes the ISO3 codes that `briefs list` prints)"));
            }
            Integer first = lineOf.putIfAbsent(iso3, number);
            if (first != null) {
                problems.add(new Problem(name, where, iso3 + " is listed again (first on line " + first
                        + "); give one line per country, several addresses separated by ;"));
                return Optional.empty();
            }
            List<String> seen = new ArrayList<>();
            List<String> to = addresses(field(fields, column, "to"), "to", seen, name, where, problems);
            List<String> cc = addresses(field(fields, column, "cc"), "cc", seen, name, where, problems);
            List<String> bcc = addresses(field(fields, column, "bcc"), "bcc", seen, name, where, problems);
            if (field(fields, column, "to").replace(";", "").isBlank()) {
                problems.add(new Problem(name, where, iso3 + " has no address in column to"));
            }
            return known ? Optional.of(new Recipients(to, cc, bcc)) : Optional.empty();
        }
    }

    private static Map<String, Integer> header(List<String> fields, String name, String where) {
        Map<String, Integer> column = new HashMap<>();
        for (int c = 0; c < fields.size(); c++) {
            String h = fields.get(c).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(h)) {
                throw new BadInputException(new Problem(name, where, "unknown column \"" + fields.get(c).strip()
                        + "\"; the header is iso3,to,cc,bcc"));
            }
            column.put(h, c);
        }
        if (!column.containsKey("iso3") || !column.containsKey("to")) {
            throw new BadInputException(new Problem(name, where, "the header needs the columns iso3 and to"
                    + " (iso3,to,cc,bcc); it has " + String.join(",", fields)));
        }
        return column;
    }

    private static String field(List<String> fields, Map<String, Integer> column, String name) {
        Integer c = column.get(name);
        return c == null || c >= fields.size() || fields.get(c) == null ? "" : fields.get(c).strip();
    }

    private static List<String> addresses(String field, String columnName, List<String> seen, String name,
                                          String where, List<Problem> problems) {
        List<String> result = new ArrayList<>();
        if (field.isEmpty()) {
            return result;
        }
        for (String a : separate(field)) {
            String address = a.strip();
            if (address.isEmpty()) {
                continue;
            }
            String problem = JakartaMail.addressProblem(address);
            if (problem != null) {
                problems.add(new Problem(name, where, columnName + ": " + problem));
                continue;
            }
            String bare = JakartaMail.bareAddress(address).toLowerCase(Locale.ROOT);
            if (seen.contains(bare)) {
                problems.add(new Problem(name, where, columnName + ": " + bare + " is listed twice for this country"));
                continue;
            }
            seen.add(bare);
            result.add(address);
        }
        return result;
    }

    /**
     * The addresses of a field, separated by semicolons outside double quotes: a display name
     * such as {@code "Doe; Jane" <jane@example.org>} is one address, not two.
     */
    static List<String> separate(String field) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && quoted && i + 1 < field.length()) {
                part.append(c).append(field.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static List<String> lines(Path file, String name) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return text.lines().toList();
        } catch (NoSuchFileException e) {
            throw new BadInputException(new Problem(name, "", "not found (the recipients file)"), e);
        } catch (CharacterCodingException e) {
            throw new BadInputException(new Problem(name, "", "not UTF-8 text (save it as UTF-8)"), e);
        } catch (IOException e) {
            throw new BadInputException(new Problem(name, "", "cannot be read: " + e.getMessage()), e);
        }
    }
}
