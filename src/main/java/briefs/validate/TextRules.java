package briefs.validate;

import briefs.model.Country;
import briefs.model.Problem;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
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
    private static final Set<String> NAMES = Set.of("$.name", "$.nameInText", "$.officialName", "$.commonName");
    private static final int MAX_DEPTH = 8;

    private TextRules() {
    }

    /**
     * The accessors of each record class, looked up once: {@code getRecordComponents()} makes new
     * {@code Method} objects on every call, and each new one links its own invoker on first use,
     * which made this walk a fifth of the CPU of a whole {@code briefs all} run.
     */
    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            List<Component> found = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                if (mayHoldText(c.getType())) {
                    found.add(new Component(c.getName(), c.getAccessor()));
                }
            }
            return found.toArray(Component[]::new);
        }
    };

    /**
     * Whether a component of this type can hold a string: counts, flags, months and personnel
     * types cannot, and a country file holds 108,000 contributions of five components each, of
     * which only the operation is text.
     */
    static boolean mayHoldText(Class<?> type) {
        return !(type.isPrimitive() || type.isEnum() || Number.class.isAssignableFrom(type) || type == Boolean.class
                || TemporalAccessor.class.isAssignableFrom(type));
    }

    private record Component(String name, Method accessor) {
        Object read(Record r) {
            try {
                return accessor.invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + name + " of " + r.getClass().getSimpleName(), e);
            }
        }
    }

    /**
     * The JSON path of a value, spelt out only for a value at fault: most files have none, and
     * building the path of each of their thousands of strings cost more than checking them.
     */
    private record At(At parent, String name, int index) {
        At property(String property) {
            return new At(this, property, -1);
        }

        At element(int i) {
            return new At(this, null, i);
        }

        @Override
        public String toString() {
            if (parent == null) {
                return name;
            }
            return parent + (name != null ? "." + name : "[" + index + "]");
        }
    }

    static void check(Country country, String file, List<Problem> problems) {
        walk(country, new At(null, "$", -1), file, problems, 0);
    }

    private static void walk(Object value, At at, String file, List<Problem> problems, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof String s) {
            String fault = fault(s, true);
            if (fault != null) {
                String path = at.toString();
                boolean isName = NAMES.contains(path) || path.startsWith("$.sourceNames[");
                fault = isName ? fault : fault(s, false);
                if (fault != null) {
                    problems.add(new Problem(file, path, fault));
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), at.element(i), file, problems, depth + 1);
            }
        } else if (value instanceof Record r) {
            for (Component c : COMPONENTS.get(r.getClass())) {
                walk(c.read(r), at.property(c.name()), file, problems, depth + 1);
            }
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
