package briefs.load;

import briefs.model.Problem;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;

/**
 * Jackson's failure messages in a reader's words: a user editing a country file knows JSON and
 * the file, not the parser's feature flags, token names and limit classes.
 */
final class JsonFaults {
    private static final Pattern NON_STANDARD = Pattern.compile(
            "Non-standard token '([^']*)': enable `?JsonReadFeature\\.[A-Z_]+`? to allow");
    private static final Pattern TOKEN = Pattern.compile("\\s*\\(token `?JsonToken\\.[A-Z_]+`?\\)");
    private static final Pattern OUT_OF_RANGE = Pattern.compile(
            "Numeric value \\(([^)]*)\\) out of range of `?(int|long|Integer|Long)`?.*");
    private static final Pattern LIMIT_CLAUSE = Pattern.compile("\\s*\\(?[^()]*`?StreamReadConstraints[^)]*\\)?");
    private static final Pattern NESTING = Pattern.compile("nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

    private JsonFaults() {
    }

    /** One line of a Jackson message with the library's vocabulary replaced. */
    static String plain(String line) {
        Matcher range = OUT_OF_RANGE.matcher(line);
        if (range.matches()) {
            return range.group(1) + " is too large for a count (at most 2147483647)";
        }
        String text = NON_STANDARD.matcher(line).replaceAll("$1 is not a JSON value (a count is written in digits)");
        text = TOKEN.matcher(text).replaceAll("");
        return text.replace("`int`", "whole number").replace("`long`", "whole number")
                .replace("`boolean`", "true or false").replace("`String`", "text").replace("`", "");
    }

    /** A parser limit reached: nesting, or a number, text or name too long for any country file. */
    static Problem limit(String file, JacksonException e, byte[] content) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher nesting = NESTING.matcher(message);
        if (nesting.find()) {
            int limit = Integer.parseInt(nesting.group(2));
            return new Problem(file, nestingLocation(content, limit), "is nested more than " + limit
                    + " levels deep (a country file needs six); is it the right file?");
        }
        String what = LIMIT_CLAUSE.matcher(message.lines().findFirst().orElse("")).replaceAll("");
        var loc = e.getLocation();
        String where = loc != null && loc.getLineNr() > 0 ? "line " + loc.getLineNr() + ", column " + loc.getColumnNr() : "";
        return new Problem(file, where, "is beyond what a country file can hold: " + what.replace("`", ""));
    }

    /** Line and column of the bracket that opens level {@code limit + 1}, outside strings. */
    static String nestingLocation(byte[] content, int limit) {
        if (content == null) {
            return "";
        }
        int depth = 0;
        int line = 1;
        int column = 0;
        boolean inString = false;
        for (int i = 0; i < content.length; i++) {
            byte b = content[i];
            column++;
            if (b == '\n') {
                line++;
                column = 0;
            } else if (inString) {
                if (b == '\\') {
                    i++;
                    column++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                if (++depth > limit) {
                    return "line " + line + ", column " + column;
                }
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
        return "";
    }
}
