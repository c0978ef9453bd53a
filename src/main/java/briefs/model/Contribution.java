package briefs.model;

/**
 * One line of a monthly report: the personnel of one type a country had in one operation.
 *
 * @param operation the operation's acronym as printed, or null in months whose report has no
 *                  operation breakdown
 * @param men       null when the month's gender split is not reported (2020-08)
 * @param women     null when the month's gender split is not reported (2020-08)
 */
public record Contribution(String operation, PersonnelType type, Integer men, Integer women, int total) {
}
