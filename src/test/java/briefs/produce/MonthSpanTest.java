package briefs.produce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.BundledData;
import briefs.model.DataSet;
import briefs.model.MonthNote;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The months of {@code briefs all --months}, in the bundled data (2015-01 to 2025-07, six months without data). */
class MonthSpanTest {
    private static final DataSet DATA = BundledData.contributors().dataSet();

    @Test
    void aSpanHoldsEveryMonthOfTheDataBetweenItsEnds() {
        MonthSpan span = MonthSpan.of("2024-11..2025-02", DATA);
        assertEquals(List.of(YearMonth.of(2024, 11), YearMonth.of(2024, 12), YearMonth.of(2025, 1),
                YearMonth.of(2025, 2)), span.months());
        assertEquals(List.of(), span.skipped());
    }

    @Test
    void monthsTheReportsLackAreSkippedWithTheDataNote() {
        MonthSpan span = MonthSpan.of(" 2022-06..2022-08 ", DATA);
        assertEquals(List.of(YearMonth.of(2022, 6), YearMonth.of(2022, 8)), span.months());
        assertEquals(List.of(YearMonth.of(2022, 7)), span.skipped().stream().map(MonthNote::month).toList());
        assertEquals("No report was found for this month.", span.skipped().get(0).note());
    }

    @Test
    void allIsTheWholeDataAndOneMonthIsASpanOfOne() {
        MonthSpan all = MonthSpan.of("ALL", DATA);
        assertEquals(DATA.months(), all.months());
        assertEquals(DATA.missingMonths(), all.skipped());
        assertEquals(List.of(YearMonth.of(2025, 7)), MonthSpan.of("2025-07", DATA).months());
    }

    @Test
    void badSpansSayWhatWasTypedAndWhy() {
        BadChoice backwards = assertThrows(BadChoice.class, () -> MonthSpan.of("2025-07..2025-01", DATA));
        assertEquals("2025-07..2025-01", backwards.typed());
        assertTrue(backwards.getMessage().contains("runs backwards: 2025-07 is after 2025-01"), backwards.getMessage());

        BadChoice outside = assertThrows(BadChoice.class, () -> MonthSpan.of("2025-06..2025-09", DATA));
        assertTrue(outside.getMessage().contains("the data runs from 2015-01 to 2025-07"), outside.getMessage());

        BadChoice malformed = assertThrows(BadChoice.class, () -> MonthSpan.of("2025-6..2025-07", DATA));
        assertTrue(malformed.getMessage().startsWith("'2025-6' is not a month; expected YYYY-MM..YYYY-MM"),
                malformed.getMessage());
        BadChoice single = assertThrows(BadChoice.class, () -> MonthSpan.of("2025-13", DATA));
        assertTrue(single.getMessage().startsWith("2025-13 is not a month; expected"), single.getMessage());
        assertThrows(BadChoice.class, () -> MonthSpan.of("2025-01..", DATA));
        assertThrows(BadChoice.class, () -> MonthSpan.of("", DATA));

        BadChoice empty = assertThrows(BadChoice.class, () -> MonthSpan.of("2022-07", DATA));
        assertTrue(empty.getMessage().contains("no month from 2022-07 to 2022-07: No report was found"),
                empty.getMessage());
    }
}
