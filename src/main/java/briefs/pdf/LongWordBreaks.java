package briefs.pdf;

import java.text.BreakIterator;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.DefaultLineBreakingStrategy;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

/**
 * Where a line may break: where Flying Saucer's usual rules allow (spaces, hyphens, the slashes
 * of an address), and also inside a run of more than {@value #LONGEST} characters that they
 * leave unbroken (an address with a long query, a token), so that such a run wraps inside the
 * page instead of running off it. CSS {@code word-wrap: break-word} would do this, but Flying
 * Saucer 10.3 takes a run with no break in it as fitting and never applies it.
 */
final class LongWordBreaks implements LineBreakingStrategy {
    /** No word of a brief's own text is this long; an address or a token may be. */
    static final int LONGEST = 30;
    private final LineBreakingStrategy usual = new DefaultLineBreakingStrategy();

    @Override
    public BreakPointsProvider getBreakPointsProvider(String text, String lang, CalculatedStyle style) {
        BreakPointsProvider points = usual.getBreakPointsProvider(text, lang, style);
        return new BreakPointsProvider() {
            private int last;
            private BreakPoint pending;

            @Override
            public BreakPoint next() {
                if (pending == null) {
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
        };
    }
}
