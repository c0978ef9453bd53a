package briefs.model;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one rule by which two spellings of a country's name are the same name, used both where a
 * user types a country ({@code briefs brief "cote d'ivoire"}) and where the import reads the
 * names the UN's files print ("Côte dIvoire", "Cote d Ivoire"): compared without case, accents,
 * spaces or punctuation, so apostrophes of any kind and a stray footnote digit do not matter.
 */
public final class CountryNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_TO_Z = Pattern.compile("[^a-z]+");

    private CountryNames() {
    }

    /**
     * A name reduced to the letters a to z: "Côte d’Ivoire", "Cote dIvoire" and "cote d'ivoire"
     * all give {@code cotedivoire}. Compatibility forms (a ligature, a full-width letter) count
     * as the letters they stand for.
     */
    public static String key(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_A_TO_Z.matcher(plain).replaceAll("");
    }

    /**
     * The first letters of a name's words that start with a capital, as a key: "United Arab
     * Emirates" gives {@code uae}, "Democratic People's Republic of Korea" {@code dprk}; a name of
     * one such word gives none (Guinea-Bissau is one word: {@code GB} stays the United Kingdom's).
     */
    public static String initials(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder first = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                first.appendCodePoint(word.codePointAt(0));
            }
        }
        return first.length() < 2 ? null : key(first.toString());
    }

    /**
     * A country's short forms, as keys: its two-letter code and the initials of its UN and common
     * names ({@code gb}, {@code ukgbni}, {@code uk}), each once. The official names and the reports'
     * spellings give none: "SE" for the State of Eritrea would make Sweden's code ambiguous for no
     * one's benefit.
     */
    public static Set<String> shortForms(String iso2, String name, String commonName) {
        Set<String> forms = new LinkedHashSet<>();
        for (String form : new String[] {iso2 == null ? null : key(iso2), initials(name), initials(commonName)}) {
            if (form != null && form.length() >= 2) {
                forms.add(form);
            }
        }
        return forms;
    }

    /**
     * The Levenshtein distance between two keys: how a name nobody knows ("Turkiye" before the
     * data knew it) finds the nearest known names. Names are short and this runs only on a miss.
     */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
