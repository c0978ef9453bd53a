package briefs.render;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import java.io.Writer;
import java.time.Duration;

/**
 * Bounds on one run of a template, so that a template that never ends (a macro calling itself,
 * a loop over a billion numbers) is a template error within seconds, with the place it was at,
 * instead of a stack overflow or an exhausted heap that takes the whole bulk run with it.
 *
 * <p>FreeMarker tells a {@link TemplateProcessingTracer} of every element it enters and leaves:
 * the depth of that nesting, the time spent, and the size of the output are checked there and
 * in the writer. A real brief nests about 30 elements deep, writes about 100 KB and takes
 * milliseconds: the limits are far from it.
 */
final class TemplateLimits implements TemplateProcessingTracer {
    static final int MAX_DEPTH = 400;
    static final int MAX_OUTPUT_CHARS = 4 << 20;
    static final Duration MAX_TIME = Duration.ofSeconds(10);

    private final long deadline = System.nanoTime() + MAX_TIME.toNanos();
    private int depth;
    private TracedElement current;

    @Override
    public void enterElement(Environment env, TracedElement element) {
        current = element;
        if (++depth > MAX_DEPTH) {
            throw new RunawayTemplate(element, "templates nest more than " + MAX_DEPTH
                    + " levels deep here: does a macro or function call itself without end?");
        }
        if (System.nanoTime() > deadline) {
            throw new RunawayTemplate(element, "still running after " + MAX_TIME.toSeconds()
                    + " s here: does a loop run without end?");
        }
    }

    @Override
    public void exitElement(Environment env, TracedElement element) {
        depth--;
    }

    /** A writer of at most {@link #MAX_OUTPUT_CHARS} characters; past that, the element writing fails. */
    Writer bounded(StringBuilder out) {
        return new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) {
                if (out.length() + len > MAX_OUTPUT_CHARS) {
                    throw new RunawayTemplate(current, "writes more than " + (MAX_OUTPUT_CHARS >> 20)
                            + " million characters (a brief is about 0.1 million): does a loop run without end?");
                }
                out.append(cbuf, off, len);
            }

            @Override
            public void write(String str, int off, int len) {
                if (out.length() + len > MAX_OUTPUT_CHARS) {
                    write(new char[0], 0, len);
                }
                out.append(str, off, off + len);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    /** A limit reached, with the template element that reached it. */
    static final class RunawayTemplate extends RuntimeException {
        final String template;
        final int line;
        final int column;

        RunawayTemplate(TracedElement at, String message) {
            super(message, null, false, false);
            this.template = at == null || at.getTemplate() == null ? null : at.getTemplate().getSourceName();
            this.line = at == null ? 0 : at.getBeginLine();
            this.column = at == null ? 0 : at.getBeginColumn();
        }
    }
}
