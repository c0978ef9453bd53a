package briefs.sources;

import briefs.model.BadInputException;
import briefs.model.Problem;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The month a report describes, from the date printed near its top ("Month of Report :
 * 31-Jan-15", "31/05/2017", "As of: 31/07/2025"): never from the file's name, which may be wrong.
 */
final class ReportDate {
    static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT);
    static final DateTimeFormatter DAY_MON_YY = DateTimeFormatter.ofPattern("d-MMM-uu", Locale.ENGLISH);

    private ReportDate() {
    }

    /**
     * The first date {@code pattern} (group 1) finds on the first page's top lines.
     *
     * @param what how the date is printed, for the message when it is absent
     */
    static YearMonth find(ReportText text, Pattern pattern, DateTimeFormatter format, String what) {
        if (!text.pages().isEmpty()) {
            for (ReportText.Line line : text.pages().get(0).lines().stream().limit(8).toList()) {
                Matcher m = pattern.matcher(line.text().replaceAll("\\s+", " "));
                if (m.find()) {
                    return parse(text.file(), line, m.group(1), format);
                }
            }
        }
        throw new BadInputException(new Problem(text.file(), "page 1",
                "no " + what + " at the top: the month the report describes is not printed"));
    }

    static YearMonth parse(String file, ReportText.Line line, String date, DateTimeFormatter format) {
        try {
            return YearMonth.from(LocalDate.parse(date, format));
        } catch (DateTimeParseException e) {
            throw new BadInputException(new Problem(file, line.where(), "the report's date is not a date: \"" + date + "\""));
        }
    }
}
