package briefs.produce;

import briefs.model.DataSet;
import briefs.model.MonthNote;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The months of a run over several months (an archive, or a year caught up on): every month
 * of the data from {@code from} to {@code to}, and the months in between that the UN reports
 * lack, each with the data's note on why, to be told rather than failed.
 *
 * @param months  the months to make, oldest first
 * @param skipped the months of the span with no data, and why
 */
public record MonthSpan(List<YearMonth> months, List<MonthNote> skipped) {
    /** What {@code --months} takes: every month of the data. */
    public static final String ALL = "all";

    public MonthSpan {
        months = List.copyOf(months);
        skipped = List.copyOf(skipped);
    }

    /**
     * The span a user typed, {@code YYYY-MM..YYYY-MM} (both ends included), a single
     * {@code YYYY-MM}, or {@code all}, in the months of {@code data}.
     *
     * @throws BadChoice when it is not a span, runs backwards, or reaches outside the data, saying why
     */
    public static MonthSpan of(String typed, DataSet data) {
        String text = typed.strip();
        YearMonth from;
        YearMonth to;
        if (text.toLowerCase(Locale.ROOT).equals(ALL)) {
            from = data.first();
            to = data.last();
        } else {
            int dots = text.indexOf("..");
            from = month(typed, dots < 0 ? text : text.substring(0, dots));
            to = dots < 0 ? from : month(typed, text.substring(dots + 2));
        }
        if (to.isBefore(from)) {
            throw new BadChoice(typed, "the span runs backwards: " + from + " is after " + to
                    + " (give the earlier month first, e.g. 2024-01..2024-12)");
        }
        if (from.isBefore(data.first()) || to.isAfter(data.last())) {
            throw new BadChoice(typed, "the data runs from " + data.first() + " to " + data.last()
                    + "; give months inside it, or " + ALL);
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m : data.months()) {
            if (!m.isBefore(from) && !m.isAfter(to)) {
                months.add(m);
            }
        }
        List<MonthNote> skipped = new ArrayList<>();
        for (MonthNote n : data.missingMonths()) {
            if (!n.month().isBefore(from) && !n.month().isAfter(to)) {
                skipped.add(n);
            }
        }
        if (months.isEmpty()) {
            throw new BadChoice(typed, "the data has no month from " + from + " to " + to + ": "
                    + skipped.stream().map(MonthNote::note).findFirst().orElse(""));
        }
        return new MonthSpan(months, skipped);
    }

    private static YearMonth month(String typed, String part) {
        try {
            return YearMonth.parse(part.strip());
        } catch (DateTimeParseException e) {
            // The whole of what was typed is named once (the caller puts it first); a part of a span, quoted.
            String what = part.strip().equals(typed.strip()) ? typed : "'" + part.strip() + "'";
            throw new BadChoice(typed, what + " is not a month; expected YYYY-MM..YYYY-MM"
                    + " (e.g. 2024-01..2024-12), a single YYYY-MM, or " + ALL);
        }
    }
}
