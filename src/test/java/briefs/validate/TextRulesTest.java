package briefs.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which characters a text of a country file may not hold, at the edges of each range, and where the first one is. */
class TextRulesTest {
    private static String fault(String text) {
        return TextRules.fault(text, false);
    }

    private static String nameFault(String text) {
        return TextRules.fault(text, true);
    }

    @Test
    void theFirstBadCharacterIsNamedWithItsPlaceCountingCharactersNotCodeUnits() {
        assertEquals("has a control character U+001B (escape) at character 3; remove it or write the text again",
                fault("ab\u001Bc\u0007"));
        assertEquals("has a control character U+0007 (bel) at character 2; a name holds visible characters only",
                nameFault("\uD83C\uDDF3\u0007"), "the two code units of a character outside the BMP count as one");
        assertNull(fault("Côte d’Ivoire \uD83C\uDDF3\uD83C\uDDF4"));
        assertNull(fault(""));
    }

    @Test
    void noncharactersAtTheEdgesOfTheirRanges() {
        assertNull(fault("\uFDCF"));
        assertEquals("has a noncharacter U+FDD0 at character 1; remove it or write the text again", fault("\uFDD0"));
        assertEquals("has a noncharacter U+FDEF at character 1; remove it or write the text again", fault("\uFDEF"));
        assertNull(fault("\uFDF0"));
        assertEquals("has a noncharacter U+FFFE at character 1; remove it or write the text again", fault("\uFFFE"));
        assertEquals("has a noncharacter U+FFFF at character 1; remove it or write the text again", fault("\uFFFF"));
        assertNull(fault("\uFFFD"), "the replacement character is a character");
        assertEquals("has a noncharacter U+1FFFE at character 2; remove it or write the text again",
                fault("a" + new String(Character.toChars(0x1FFFE))));
    }

    @Test
    void bidirectionalOverridesAtTheEdgesOfTheirRanges() {
        assertNull(fault("\u2029"), "a paragraph separator is no override");
        assertEquals("has a bidirectional override U+202A (left-to-right embedding) at character 1; remove it or write the text again",
                fault("\u202A"));
        assertEquals("has a bidirectional override U+202E (right-to-left override) at character 1; remove it or write the text again",
                fault("\u202E"));
        assertNull(fault("\u202F"), "a narrow no-break space is fine in a note");
        assertEquals("has a bidirectional override U+2066 (left-to-right isolate) at character 1; remove it or write the text again",
                fault("\u2066"));
        assertEquals("has a bidirectional override U+2069 (pop directional isolate) at character 1; remove it or write the text again",
                fault("\u2069"));
        assertNull(fault("\u2065"));
    }

    @Test
    void invisibleFormatCharactersAreRefusedInNamesOnly() {
        assertNull(fault("a\u200Bb"), "a zero-width space in a note");
        assertEquals("has an invisible format character U+200B (zero width space) at character 2; a name holds visible characters only",
                nameFault("a\u200Bb"));
        assertNull(nameFault("Curaçao"));
    }

    @Test
    void anUnpairedSurrogateIsRefused() {
        assertEquals("has an unpaired surrogate U+D83C (high surrogates d83c) at character 2; remove it or write the text again", fault("a\uD83C"));
        assertEquals("has an unpaired surrogate U+DDF3 (low surrogates ddf3) at character 1; remove it or write the text again", fault("\uDDF3b"));
    }

    @Test
    void onlyComponentsThatCanHoldTextAreWalked() {
        for (Class<?> text : List.of(String.class, List.class, Object.class, briefs.model.Contribution.class)) {
            assertTrue(TextRules.mayHoldText(text), text.getName());
        }
        for (Class<?> none : List.of(int.class, boolean.class, Integer.class, Boolean.class, java.time.YearMonth.class,
                java.time.LocalDate.class, briefs.model.PersonnelType.class)) {
            assertFalse(TextRules.mayHoldText(none), none.getName());
        }
    }
}
