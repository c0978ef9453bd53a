package briefs.sources;

import java.time.YearMonth;
import java.util.List;

/**
 * A monthly report as read and checked: the month printed in it, which layout it has, its rows,
 * whether its split by gender adds up, and a fingerprint of the file so that a copy of another
 * month's report is recognised.
 *
 * @param genderAddsUp false when every total adds up but the men and women printed do not (the
 *     UN's 2020-08 report): the totals are kept, the gender split is not used
 */
public record UnReport(String file, String sha256, YearMonth month, String layout, List<ReportRow> rows,
                boolean genderAddsUp, String genderNote) {
}
