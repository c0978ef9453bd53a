package briefs.model;

import java.text.Normalizer;
import java.util.Locale;
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
