package briefs.render;

import briefs.model.ActionPlan;
import briefs.model.Country;
import briefs.model.FocusArea;
import briefs.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The characters of a country file that no face of the brief can show (an emoji, a script the
 * fonts do not carry): the brief prints each as U+FFFD, the replacement character, and this
 * names them, with the JSON path of the text they are in, so that the mark is never a surprise.
 * Only the texts a brief prints are read: names, notes, plan titles and focus areas. Invisible characters (variation selectors, joiners) are not counted: nothing of
 * them is lost.
 */
public final class UnshownText {
    private UnshownText() {
    }

    /** One warning per text of the brief that holds such characters, naming the first few. */
    public static List<Problem> in(Country country, String file) {
        List<Problem> found = new ArrayList<>();
        check(country.name(), "$.name", file, found);
        check(country.nameInText(), "$.nameInText", file, found);
        check(country.officialName(), "$.officialName", file, found);
        List<String> notes = country.notes() == null ? List.of() : country.notes();
        for (int i = 0; i < notes.size(); i++) {
            check(notes.get(i), "$.notes[" + i + "]", file, found);
        }
        List<ActionPlan> plans = country.actionPlans() == null ? List.of() : country.actionPlans();
        for (int i = 0; i < plans.size(); i++) {
            ActionPlan plan = plans.get(i);
            check(plan.title(), "$.actionPlans[" + i + "].title", file, found);
            check(plan.kind(), "$.actionPlans[" + i + "].kind", file, found);
            List<FocusArea> areas = plan.focusAreas() == null ? List.of() : plan.focusAreas();
            for (int j = 0; j < areas.size(); j++) {
                check(areas.get(j).title(), "$.actionPlans[" + i + "].focusAreas[" + j + "].title", file, found);
            }
        }
        return found;
    }

    /** True when {@code cp} draws nothing (a format character, a variation selector). */
    public static boolean invisible(int cp) {
        return Character.getType(cp) == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    private static void check(String text, String at, String file, List<Problem> found) {
        String missing = text == null ? null : missing(text);
        if (missing != null) {
            found.add(new Problem(file, at, "the brief's fonts cannot show " + missing
                    + "; the brief prints \uFFFD in its place"));
        }
    }

    /** True when a cut of the faces has {@code cp}; the larger cuts are read only when a smaller lacks it. */
    private static boolean shown(int cp) {
        for (Typeface.Cover cover : Typeface.Cover.values()) {
            if (Typeface.REGULAR.awtFont(cover).canDisplay(cp)) {
                return true;
            }
        }
        return false;
    }

    /** The characters of {@code s} the faces lack, as "U+1F600 (grinning face), ...", or null. */
    static String missing(String s) {
        List<String> missing = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x80 && !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !invisible(cp)
                    && !shown(cp)) {
                count++;
                if (missing.size() < 3) {
                    String name = Character.getName(cp);
                    missing.add(String.format("U+%04X", cp) + (name == null ? "" : " (" + name.toLowerCase(Locale.ROOT) + ")"));
                }
            }
        }
        if (count == 0) {
            return null;
        }
        return String.join(", ", missing) + (count > missing.size() ? " and " + (count - missing.size()) + " more" : "");
    }
}
