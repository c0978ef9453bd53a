package briefs.pdf;

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
