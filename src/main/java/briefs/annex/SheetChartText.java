package briefs.annex;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;

/**
 * The alternative text of an annex chart, a sentence made from the values the chart draws, set
 * as the description of its drawing (what Excel shows and reads out as the chart's Alt Text).
 */
final class SheetChartText {

    /** A named column of values, as drawn. */
    record Drawn(String name, XDDFNumericalDataSource<Double> values) {
    }

    private SheetChartText() {
    }

    /** "Stacked column chart, TITLE: Staff officers: Men 13, Women 2; Experts on mission: ...". */
    static String columns(String title, XDDFDataSource<String> categories, List<Drawn> series, AnnexWording w) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < categories.getPointCount(); i++) {
            List<String> values = new ArrayList<>();
            for (Drawn s : series) {
                values.add(s.name() + " " + count(s.values().getPointAt(i), w));
            }
            parts.add(categories.getPointAt(i) + ": " + String.join(", ", values));
        }
        return w.text("alt.columns", title, String.join("; ", parts));
    }

    /** "Line chart, TITLE, from January 2015 to July 2025: All personnel 52 at the start, 38 at the end, most 61 in ...". */
    static String lines(String title, XDDFNumericalDataSource<Double> months, List<Drawn> series, AnnexWording w) {
        int n = months.getPointCount();
        List<String> parts = new ArrayList<>();
        for (Drawn d : series) {
            Integer first = null;
            Integer last = null;
            Integer peak = null;
            for (int i = 0; i < n; i++) {
                Double v = d.values().getPointAt(i);
                if (v == null) {
                    continue;
                }
                first = first == null ? i : first;
                last = i;
                peak = peak == null || v > d.values().getPointAt(peak) ? i : peak;
            }
            if (first != null) {
                parts.add(w.text("alt.lineSeries", d.name(), count(d.values().getPointAt(first), w),
                        count(d.values().getPointAt(last), w), count(d.values().getPointAt(peak), w),
                        month(months.getPointAt(peak), w)));
            }
        }
        return n > 0 ? w.text("alt.lines", title, month(months.getPointAt(0), w), month(months.getPointAt(n - 1), w),
                String.join("; ", parts)) : w.text("alt.linesNoMonths", title, String.join("; ", parts));
    }

    /** Sets the sentence as the description of the chart's drawing. */
    static void describe(XSSFChart chart, String text) {
        CTNonVisualDrawingProps props = chart.getGraphicFrame().getCTGraphicalObjectFrame().getNvGraphicFramePr()
                .getCNvPr();
        props.setDescr(text);
    }

    private static String count(Double v, AnnexWording w) {
        return v == null ? w.text("alt.notReported") : w.count(Math.round(v));
    }

    private static String month(Double excelDate, AnnexWording w) {
        if (excelDate == null) {
            return "?";
        }
        LocalDate day = DateUtil.getLocalDateTime(excelDate).toLocalDate();
        return w.month(YearMonth.from(day));
    }
}
