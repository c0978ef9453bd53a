package briefs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain progress lines, as a log or CI sees them: count, share, rate, time left; none after the last. */
class ProgressTest {
    @Test
    void printsOneLinePerIntervalAndNoneForTheLastItem() {
        StringWriter text = new StringWriter();
        try (Progress p = new Progress.Lines("briefs all", 3, new PrintWriter(text), Duration.ZERO)) {
            p.step("NOR");
            p.step("SWE");
            p.step("ISL");
        }
        List<String> lines = text.toString().lines().toList();
        assertEquals(2, lines.size(), text.toString());
        assertEquals(true, lines.get(0).matches("briefs all: 1 of 3 \\(33%\\), [0-9.]+/s, about [0-9]+ s left"), lines.get(0));
        assertEquals(true, lines.get(1).startsWith("briefs all: 2 of 3 (66%), "), lines.get(1));
    }
}
