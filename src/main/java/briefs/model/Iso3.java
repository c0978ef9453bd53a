package briefs.model;

import java.util.regex.Pattern;

/**
 * A country's ISO 3166-1 alpha-3 code, three capital letters: the name of its data file and the
 * start of every file made for it. The check is here once because a code from the data becomes
 * a path: no code may name a file outside its folder ("../x", "a/b").
 */
public record Iso3(String code) {
    private static final Pattern THREE_CAPITALS = Pattern.compile("[A-Z]{3}");

    public Iso3 {
        if (!isValid(code)) {
            throw new IllegalArgumentException("iso3 is not three capital letters: " + code);
        }
    }

    /** Whether {@code code} is three capital letters A to Z; null is not. */
    public static boolean isValid(String code) {
        return code != null && THREE_CAPITALS.matcher(code).matches();
    }

    @Override
    public String toString() {
        return code;
    }
}
