package briefs.sources;

import briefs.model.BadInputException;
import briefs.model.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A source CSV file read whole: UTF-8 (a byte-order mark is allowed and dropped), a header row
 * naming at least the columns the importer needs, in any order. Every value is kept as text; the
 * importer parses numbers and dates itself so that it can say which row and column is wrong.
 */
final class CsvTable {
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private final String file;
    private final List<String> header;
    private final List<List<String>> rows;

    private CsvTable(String file, List<String> header, List<List<String>> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
    }

    static CsvTable read(Path path, List<String> requiredColumns) {
        String file = path.getFileName().toString();
        String text = decode(path, file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> lines = new ArrayList<>();
        try (MappingIterator<List<String>> it = CSV.readerForListOf(String.class)
                .with(CsvSchema.emptySchema())
                .readValues(text)) {
            while (it.hasNextValue()) {
                lines.add(it.nextValue());
            }
        } catch (JacksonException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new BadInputException(new Problem(file, where, "not a valid CSV file: " + e.getOriginalMessage()), e);
        }
        if (lines.isEmpty()) {
            throw new BadInputException(new Problem(file, "line 1", "the file is empty; expected a header row with "
                    + String.join(", ", requiredColumns)));
        }
        List<String> header = lines.get(0).stream().map(String::strip).toList();
        List<String> missing = requiredColumns.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new BadInputException(new Problem(file, "line 1", "missing column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (the header has: " + String.join(", ", header) + ")"));
        }
        return new CsvTable(file, header, lines.subList(1, lines.size()));
    }

    private static String decode(Path path, String file) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(new Problem(file, "", "not UTF-8 text (save it as UTF-8 and import again)"), e);
        } catch (IOException e) {
            throw new BadInputException(new Problem(file, "", "cannot be read: " + e.getMessage()), e);
        }
    }

    String file() {
        return file;
    }

    /** The rows as maps from column name to value, with their line numbers (the header is line 1). */
    List<Row> rows() {
        List<Row> result = new ArrayList<>(rows.size());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i), i);
        }
        for (int i = 0; i < rows.size(); i++) {
            List<String> values = rows.get(i);
            if (values.size() == 1 && values.get(0).isBlank()) {
                continue;
            }
            result.add(new Row(file, i + 2, index, values));
        }
        return result;
    }

    /** One data row; accessors name the file, line and column when a value is wrong. */
    record Row(String file, int line, Map<String, Integer> index, List<String> values) {
        String text(String column) {
            Integer i = index.get(column);
            if (i == null) {
                throw new IllegalArgumentException("column is not in the header: " + column);
            }
            return i < values.size() ? values.get(i).strip() : "";
        }

        String required(String column) {
            String value = text(column);
            if (value.isEmpty()) {
                throw bad(column, "is empty");
            }
            return value;
        }

        int count(String column) {
            String value = required(column);
            try {
                int n = Integer.parseInt(value);
                if (n < 0) {
                    throw bad(column, "is negative: " + value);
                }
                return n;
            } catch (NumberFormatException e) {
                throw bad(column, "is not a whole number: \"" + value + "\"");
            }
        }

        Integer optionalInt(String column) {
            String value = text(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                throw bad(column, "is not a whole number: \"" + value + "\"");
            }
        }

        /** A date in the form YYYY-MM-DD, or null when the cell is empty. */
        java.time.LocalDate date(String column) {
            String value = text(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return java.time.LocalDate.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                throw bad(column, "is not a date in the form YYYY-MM-DD: \"" + value + "\"");
            }
        }

        /** A month in the form YYYY-MM. */
        java.time.YearMonth month(String column) {
            try {
                return java.time.YearMonth.parse(required(column));
            } catch (java.time.format.DateTimeParseException e) {
                throw bad(column, "is not a month in the form YYYY-MM: \"" + text(column) + "\"");
            }
        }

        BadInputException bad(String column, String what) {
            return new BadInputException(new Problem(file, "line " + line + ", column " + column, "value " + what));
        }
    }
}
