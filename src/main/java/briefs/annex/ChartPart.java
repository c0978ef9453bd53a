package briefs.annex;

import java.util.List;

/**
 * One native chart of a sheet, as its chart part and drawing anchor are written
 * ({@link ChartXml}, {@link DrawingXml}): its kind, where it sits, its title and alternative
 * text, and its series. Every reference is a cross-sheet reference ({@code 'Time series'!$B$3:$B$9})
 * and carries the values of its cells (the cache), so a preview that does not recalculate draws
 * the chart too.
 *
 * @param categories the category cells' reference
 * @param labels     the categories' cached labels (columns), or null
 * @param dates      the categories' cached dates as Excel serial numbers (lines over months), or null
 */
record ChartPart(Kind kind, SheetChart.Place place, String title, String altText, String categories,
                 List<String> labels, List<Double> dates, List<Series> series) {

    enum Kind {
        /** Columns stacked per category, e.g. men and women per personnel type. */
        STACKED_COLUMNS,
        /** Lines over a date axis, one label a year; blank cells are gaps. */
        LINES_OVER_MONTHS
    }

    /**
     * A series: its name's cell and cached text, its values' cells and cached values (null for a
     * blank cell), its colour as six hex digits.
     */
    record Series(String nameReference, String name, String values, List<Double> cached, String colour) {
    }

    /** How many categories the chart has. */
    int points() {
        return labels != null ? labels.size() : dates.size();
    }
}
