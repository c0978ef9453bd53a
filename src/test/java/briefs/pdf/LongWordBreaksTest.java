package briefs.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;

class LongWordBreaksTest {
    private static List<Integer> breaks(String text) {
        BreakPointsProvider provider = new LongWordBreaks().getBreakPointsProvider(text, "fr", null);
        List<Integer> at = new ArrayList<>();
        for (BreakPoint p = provider.next(); p.getPosition() != BreakIterator.DONE; p = provider.next()) {
            at.add(p.getPosition());
        }
        return at;
    }

    private static List<Integer> points(BreakPointsProvider provider) {
        List<Integer> at = new ArrayList<>();
        for (BreakPoint p = provider.next(); p.getPosition() != BreakIterator.DONE; p = provider.next()) {
            at.add(p.getPosition());
        }
        return at;
    }

    @Test
    void withoutASlashTheLineBreaksAreFlyingSaucersOwn() {
        List<String> texts = new ArrayList<>(List.of("", " ", "Nepal", "au sein de l\u2019op\u00e9ration, 1\u202f234 personnes",
                "Women, Peace and Security (Security Council resolution 1325) \u2013 2018\u20132028.",
                "\u201cQuoted\u201d words\u2026 and a-hyphen, an\u00a0nbsp; 12.5% (2024): x?y!z", "  two  spaces\tand\ttabs\n",
                "\u05e0\u05d5\u05e8 \u0633\u0644\u0627\u0645 \u632a\u5a01 \u30ce\u30eb\u30a6\u30a7\u30fc \ud83d\ude00"));
        java.util.Random random = new java.util.Random(1325);
        String pieces = " -\u2013\u2014.,;:!?()[]\"'\u2019\u00a0\u202f\t\n%0123456789aZ\u00e9\u00fc\u4e2d\u0e01:";
        for (int i = 0; i < 5000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = 0, n = 1 + random.nextInt(60); k < n; k++) {
                s.append(random.nextInt(3) == 0 ? (char) ('a' + random.nextInt(26)) : pieces.charAt(random.nextInt(pieces.length())));
            }
            texts.add(s.toString());
        }
        org.xhtmlrenderer.layout.breaker.DefaultLineBreakingStrategy theirs = new org.xhtmlrenderer.layout.breaker.DefaultLineBreakingStrategy();
        for (String text : texts) {
            assertEquals(points(theirs.getBreakPointsProvider(text, "en", null)), points(LongWordBreaks.lineBreaks(text)),
                    () -> "\"" + text + "\"");
        }
    }

    @Test
    void neverBreaksAfterAnElidedArticle() {
        String text = "au sein de l\u2019op\u00e9ration de la C\u00f4te d\u2019Ivoire et d'Ha\u00efti";
        List<Integer> at = breaks(text);
        for (int i : at) {
            char before = text.charAt(i - 1);
            assertFalse(before == '\u2019' || before == '\'', "a break after the apostrophe at " + i + ": " + at);
        }
        assertTrue(at.contains(text.indexOf("l\u2019op")), "still breaks before the elided word: " + at);
    }

    @Test
    void breaksARunLongerThanAnyWord() {
        String address = "https://example.org/" + "a".repeat(130);
        List<Integer> at = breaks(address);
        assertTrue(at.size() >= 4, "a 150-character address may break in several places: " + at);
        assertTrue(at.stream().allMatch(i -> i > 0 && i <= address.length()), "breaks inside the text: " + at);
    }

    @Test
    void breaksBeforeTheSlashesOfAnAddressOnly() {
        String title = "Plan Nacional (Decreto 1895/2015) y/o la Resolucion 1325/2000";
        List<Integer> at = breaks(title);
        for (int i : at) {
            assertFalse(i < title.length() && title.charAt(i) == '/', "a line would start with a slash at " + i + ": " + at);
        }
        String address = "see https://www.un.org/en/peacekeeping for more";
        assertTrue(breaks(address).contains(address.indexOf("/en")), "an address still breaks at its slashes: " + breaks(address));
    }
}
