package briefs.validate;

import briefs.model.Country;
import briefs.model.Problem;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Characters no text of a country file may hold, found wherever they are, with the JSON path of
 * the string: control characters (a terminal escape in a name would reach the screen of
 * {@code briefs list}, a NUL the PDF writer), noncharacters and unpaired surrogates (no font or
 * file format has them), and the bidirectional embeddings and overrides that make text display
 * in another order than it is stored. Names, which also make file names and mail subjects,
 * take no invisible format character at all.
 *
 * <p>The walk goes over the record components, whose names are the JSON property names.
 */
final class TextRules {
    /** The fields that name the country: shown in headings and used for file names. */
    private static final Set<String> NAMES = Set.of("$.name", "$.nameInText", "$.officialName");
    private static final int MAX_DEPTH = 8;

    private TextRules() {
    }

    static void check(Country country, String file, List<Problem> problems) {
        walk(country, "$", file, problems, 0);
    }

    private static void walk(Object value, String at, String file, List<Problem> problems, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof String s) {
            String fault = fault(s, NAMES.contains(at) || at.startsWith("$.sourceNames["));
            if (fault != null) {
                problems.add(new Problem(file, at, fault));
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), at + "[" + i + "]", file, problems, depth + 1);
            }
        } else if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                walk(read(c, r), at + "." + c.getName(), file, problems, depth + 1);
            }
        }
    }

    private static Object read(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c + " of " + r.getClass().getSimpleName(), e);
        }
    }

    /** What is wrong with the first bad character of {@code s}, or null when it has none. */
    static String fault(String s, boolean isName) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String what = kind(cp, isName);
            if (what != null) {
                return "has " + what + " " + codePoint(cp) + " at character " + (s.codePointCount(0, i) + 1)
                        + (isName ? "; a name holds visible characters only" : "; remove it or write the text again");
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    private static String kind(int cp, boolean isName) {
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            return "an unpaired surrogate";
        }
        if (Character.getType(cp) == Character.CONTROL) {
            return "a control character";
        }
        if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
            return "a noncharacter";
        }
        if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
            return "a bidirectional override";
        }
        if (isName && Character.getType(cp) == Character.FORMAT) {
            return "an invisible format character";
        }
        return null;
    }

    private static String codePoint(int cp) {
        String name = Character.getName(cp);
        return String.format("U+%04X", cp) + (name == null ? "" : " (" + name.toLowerCase(Locale.ROOT) + ")");
    }
}
