package briefs.sources;

/**
 * One printed row of a monthly report: an operation (null in the reports that have none), a
 * country as printed, a personnel type (the label of the bundled CSV, e.g. "Staff Officer") and
 * the men, women and total printed on it, with the page and line it came from.
 */
public record ReportRow(String mission, String country, String type, int male, int female, int total, String where) {
}
