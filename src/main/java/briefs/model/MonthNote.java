package briefs.model;

import java.time.YearMonth;

/** A month with something to say about it: why it is missing, or what in it cannot be used. */
public record MonthNote(YearMonth month, String note) {
}
