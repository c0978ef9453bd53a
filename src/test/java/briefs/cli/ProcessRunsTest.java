package briefs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessRunsTest {
    @Test
    void readsEachMonthsLineWithOrWithoutItsCpuSeconds() {
        String output = """
                briefs all: 3 months from 2025-05 to 2025-07, up to 193 countries a month on 2 workers
                2025-05: 193 briefs, 193 annexes, index-2025-05.xlsx, overview-2025-05.pdf, 0 failed, 5.1 s, 9.6 CPU-s
                2025-06: 193 briefs, 193 annexes, index-2025-06.xlsx, overview-2025-06.pdf, 1 failed, 2.8 s
                2025-07: 190 briefs, 190 annexes, 0 failed, 2.7 s, 5.4 CPU-s
                time: 10.6 s wall, 20.50 CPU-s, peak RSS 290 MB (3.53 s a month)
                """;

        List<ProcessRuns.MonthLine> lines = ProcessRuns.monthLines(output);

        assertEquals(3, lines.size(), lines.toString());
        assertEquals(new ProcessRuns.MonthLine(YearMonth.of(2025, 5), 193, 5.1, 9.6), lines.get(0));
        assertEquals(YearMonth.of(2025, 6), lines.get(1).month());
        assertEquals(2.8, lines.get(1).seconds());
        assertTrue(Double.isNaN(lines.get(1).cpuSeconds()), "no CPU-seconds printed: " + lines.get(1));
        assertEquals(new ProcessRuns.MonthLine(YearMonth.of(2025, 7), 190, 2.7, 5.4), lines.get(2));
    }

    @Test
    void theRunsSummaryIsNoMonth() {
        assertEquals(List.of(), ProcessRuns.monthLines("time: 10.6 s wall, 20.50 CPU-s, peak RSS 290 MB\n"));
    }
}
