package briefs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BriefFormatTest {
    private final BriefFormat fmt = new BriefFormat();

    @Test
    void countsHaveThousandsSeparators() {
        assertEquals("1,234", fmt.count(1234));
        assertEquals("0", fmt.count(0));
    }

    @Test
    void datesFromTheDataReadAsWordsAndOtherTextStaysAsItIs() {
        assertEquals("4 April 2025", fmt.isoDate("2025-04-04"));
        assertEquals("31 December 2024", fmt.isoDate("2024-12-31"));
        assertEquals("2024", fmt.isoDate("2024"));
        assertEquals("", fmt.isoDate(null));
    }

    @Test
    void sharesHaveOneDecimal() {
        assertEquals("12.3%", fmt.pct(0.1234));
        assertEquals("15%", fmt.pct0(0.15));
    }

    /** One woman among 2,059 is no "0.0%": the share would contradict its count. */
    @Test
    void aShareNeverPrintsAsNoneOrAll() {
        assertEquals("0.05%", fmt.pct(1 / 2059.0));
        assertEquals("0.04%", fmt.pct(1 / 2626.0));
        assertEquals("0.003%", fmt.pct(1 / 30_000.0));
        assertEquals("0.0%", fmt.pct(0));
        assertEquals("0.1%", fmt.pct(0.0005));
        assertEquals("99.95%", fmt.pct(2058 / 2059.0));
        assertEquals("100.0%", fmt.pct(1));
        assertEquals("0.0%", fmt.signedPct(1 / 2059.0), "a change rounds as before");
        String french = new BriefFormat(java.util.Locale.FRENCH).pct(1 / 2059.0);
        assertTrue(french.matches("0,05[\\u00a0\\u202f]%"), french);
    }

    @Test
    void signedChangesUseAGlyphTheFontHas() {
        assertEquals("+5", fmt.signed(5));
        assertEquals("\u20138", fmt.signed(-8));
        assertEquals("0", fmt.signed(0));
        assertEquals("\u201317.4%", fmt.signedPct(-0.174));
    }

    @Test
    void ordinals() {
        assertEquals("1st", fmt.ordinal(1));
        assertEquals("2nd", fmt.ordinal(2));
        assertEquals("3rd", fmt.ordinal(3));
        assertEquals("11th", fmt.ordinal(11));
        assertEquals("12th", fmt.ordinal(12));
        assertEquals("73rd", fmt.ordinal(73));
        assertEquals("111th", fmt.ordinal(111));
        assertEquals("121st", fmt.ordinal(121));
        assertEquals("second", fmt.ordinalWord(2));
        assertEquals("11th", fmt.ordinalWord(11));
    }

    @Test
    void sharesThatPrintAlikeCompareEqual() {
        assertEquals(0, fmt.comparePct(0.10204, 0.10199));
        assertEquals(1, fmt.comparePct(0.158, 0.102));
    }

    @Test
    void theFirstOfAMonthIsWrittenAsTheLanguageWritesIt() {
        // French typography writes the first day as an ordinal; CLDR, which the formats follow, does not.
        BriefFormat french = Language.read(Path.of("templates"), "fr").fmt();
        assertEquals("1er décembre 2026", french.date(LocalDate.of(2026, 12, 1)));
        assertEquals("1er avril 2025", french.isoDate("2025-04-01"));
        assertEquals("2 décembre 2026", french.date(LocalDate.of(2026, 12, 2)));
        assertEquals("21 décembre 2026", french.date(LocalDate.of(2026, 12, 21)));
        assertEquals("31 juillet 2025", french.isoDate("2025-07-31"));
        assertEquals("1 de diciembre de 2026", Language.read(Path.of("templates"), "es").fmt().date(LocalDate.of(2026, 12, 1)));
        assertEquals("1 December 2026", Language.read(Path.of("templates"), "en").fmt().date(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void theFirstOfAMonthTakesTheDayOfThePatternOutsideItsQuotedText() {
        LocalDate first = LocalDate.of(2026, 12, 1);
        Locale es = Locale.forLanguageTag("es");
        assertEquals("1.º de diciembre de 2026",
                BriefFormat.withFirstOfMonth("d 'de' MMMM 'de' y", "1.º", es).format(first));
        assertEquals("9 de diciembre de 2026",
                BriefFormat.withFirstOfMonth("d 'de' MMMM 'de' y", "1.º", es).format(first.plusDays(8)));
        assertEquals("el día 1.º de diciembre",
                BriefFormat.withFirstOfMonth("'el día' dd 'de' MMMM", "1.º", es).format(first));
        assertThrows(IllegalArgumentException.class, () -> BriefFormat.withFirstOfMonth("'d' MMMM", "1er", Locale.FRENCH));
    }

    @Test
    void datesInBritishEnglish() {
        assertEquals("July 2025", fmt.month(YearMonth.of(2025, 7)));
        assertEquals("3 March 2026", fmt.date(LocalDate.of(2026, 3, 3)));
        assertEquals("2025", fmt.year(2025));
    }
}
