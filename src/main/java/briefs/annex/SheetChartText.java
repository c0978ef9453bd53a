package briefs.annex;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The alternative text of an annex chart, a sentence made from the values the chart draws, set
 * as the description of its drawing (what Excel shows and reads out as the chart's Alt Text).
 */
final class SheetChartText {
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private SheetChartText() {
    }

    /** "Stacked column chart, TITLE: Staff officers: Men 13, Women 2; Experts on mission: ...". */
    static String columns(String title, List<String> categories, List<ChartPart.Series> series, AnnexWording w) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            List<String> values = new ArrayList<>();
            for (ChartPart.Series s : series) {
                values.add(s.name() + " " + count(s.cached().get(i), w));
            }
            parts.add(categories.get(i) + ": " + String.join(", ", values));
        }
        return w.text("alt.columns", title, String.join("; ", parts));
    }

    /** "Line chart, TITLE, from January 2015 to July 2025: All personnel 52 at the start, 38 at the end, most 61 in ...". */
    static String lines(String title, List<Double> months, List<ChartPart.Series> series, AnnexWording w) {
        int n = months.size();
        List<String> parts = new ArrayList<>();
        for (ChartPart.Series d : series) {
            List<Double> values = d.cached();
            Integer first = null;
            Integer last = null;
            Integer peak = null;
            for (int i = 0; i < n; i++) {
                Double v = values.get(i);
                if (v == null) {
                    continue;
                }
                first = first == null ? i : first;
                last = i;
                peak = peak == null || v > values.get(peak) ? i : peak;
            }
            if (first != null) {
                parts.add(w.text("alt.lineSeries", d.name(), count(values.get(first), w),
                        count(values.get(last), w), count(values.get(peak), w), month(months.get(peak), w)));
            }
        }
        return n > 0 ? w.text("alt.lines", title, month(months.get(0), w), month(months.get(n - 1), w),
                String.join("; ", parts)) : w.text("alt.linesNoMonths", title, String.join("; ", parts));
    }

    private static String count(Double v, AnnexWording w) {
        return v == null ? w.text("alt.notReported") : w.count(Math.round(v));
    }

    private static String month(Double excelDate, AnnexWording w) {
        if (excelDate == null) {
            return "?";
        }
        return w.month(YearMonth.from(EXCEL_EPOCH.plusDays(Math.round(Math.floor(excelDate)))));
    }
}
