package briefs.pdf;

import java.text.BreakIterator;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.DefaultLineBreakingStrategy;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

/**
 * Where a line may break: where Flying Saucer's usual rules allow (spaces, hyphens, the slashes
 * of an address, but not the slash of "Decreto 1895/2015" or "and/or", which those rules would
 * start a line with), and also inside a run of more than {@value #LONGEST} characters that they
 * leave unbroken (an address with a long query, a token), so that such a run wraps inside the
 * page instead of running off it. CSS {@code word-wrap: break-word} would do this, but Flying
 * Saucer 10.3 takes a run with no break in it as fitting and never applies it. Never after an
 * elided article or preposition ("l’opération", "Côte d’Ivoire"), where the JDK's rules would
 * break: a French reader does not split those.
 */
final class LongWordBreaks implements LineBreakingStrategy {
    /** No word of a brief's own text is this long; an address or a token may be. */
    static final int LONGEST = 30;
    private final LineBreakingStrategy usual = new DefaultLineBreakingStrategy();

    @Override
    public BreakPointsProvider getBreakPointsProvider(String text, String lang, CalculatedStyle style) {
        BreakPointsProvider points = text.indexOf('/') < 0 ? lineBreaks(text) : usual.getBreakPointsProvider(text, lang, style);
        return new BreakPointsProvider() {
            private int last;
            private BreakPoint pending;

            @Override
            public BreakPoint next() {
                while (pending == null || elision(pending.getPosition()) || slashOutsideAddress(pending.getPosition())) {
                    pending = points.next();
                }
                int next = pending.getPosition() == BreakIterator.DONE ? text.length() : pending.getPosition();
                if (next - last > LONGEST) {
                    last += LONGEST;
                    if (Character.isLowSurrogate(text.charAt(last))) {
                        last++; // never between the two halves of one character
                    }
                    return new BreakPoint(last);
                }
                BreakPoint point = pending;
                pending = null;
                if (point.getPosition() != BreakIterator.DONE) {
                    last = point.getPosition();
                }
                return point;
            }

            /**
             * A break just before a slash of a word that is no web address: Flying Saucer breaks
             * before every slash, for addresses, and so split a decree's "1895/2015".
             */
            private boolean slashOutsideAddress(int at) {
                if (at == BreakIterator.DONE || at <= 0 || at >= text.length() || text.charAt(at) != '/'
                        || Character.isWhitespace(text.charAt(at - 1))) {
                    return false;
                }
                int start = at;
                while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                    start--;
                }
                int end = at;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(start, end);
                return !word.contains("://") && !word.startsWith("www.");
            }

            /** A break just after an apostrophe that joins two letters. */
            private boolean elision(int at) {
                return at != BreakIterator.DONE && at > 1 && at < text.length()
                        && (text.charAt(at - 1) == '\u2019' || text.charAt(at - 1) == '\'')
                        && Character.isLetter(text.charAt(at - 2)) && Character.isLetter(text.charAt(at));
            }
        };
    }

    /**
     * The usual rules' break points for a text without a slash: the JDK's line breaks, as Flying
     * Saucer's address-aware iterator gives them when there is no slash to break at. That iterator
     * looks for a slash from each break point to the end of the text, a scan of the rest of a
     * paragraph for every place a line of it may break (2% of a warm bulk run).
     */
    static BreakPointsProvider lineBreaks(String text) {
        BreakIterator lines = BreakIterator.getLineInstance(); // the default locale, as Flying Saucer's
        lines.setText(text);
        return () -> {
            int next = lines.next();
            return next < 0 ? BreakPoint.getDonePoint() : new BreakPoint(next);
        };
    }
}
