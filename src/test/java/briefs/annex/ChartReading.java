package briefs.annex;

import static briefs.annex.WorkbookReading.line;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTAxDataSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTCatAx;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDateAx;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumDataSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumFmt;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTSerTx;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTStrData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTValAx;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;

/**
 * A chart as read back through POI's chart classes, as lines of text for {@link WorkbookReading}:
 * title, kind, grouping, every series' name, ranges, cached values and colours, the axes with
 * their formats and units, legend and how blanks are drawn.
 */
final class ChartReading {
    private ChartReading() {
    }

    static void chart(StringBuilder out, XSSFChart chart) {
        CTChart ct = chart.getCTChart();
        line(out, "chart", chart.getTitleText() + " overlay " + (ct.getTitle().isSetOverlay() && ct.getTitle().getOverlay().getVal()));
        CTPlotArea plot = ct.getPlotArea();
        for (CTBarChart bar : plot.getBarChartList()) {
            line(out, "  bars", bar.getBarDir().getVal() + " " + bar.getGrouping().getVal() + " gap "
                    + (bar.isSetGapWidth() ? bar.getGapWidth().getVal() : null)
                    + " overlap " + bar.xmlText().contains("overlap val=\"100\"")
                    + " vary " + (bar.isSetVaryColors() && bar.getVaryColors().getVal()) + " axes " + bar.getAxIdList().size());
            for (CTBarSer s : bar.getSerList()) {
                series(out, s.getTx(), s.getCat(), s.getVal(), s.getSpPr());
            }
        }
        for (CTLineChart lines : plot.getLineChartList()) {
            line(out, "  lines", units(lines.xmlText(), "grouping").strip()
                    + " vary " + (lines.isSetVaryColors() && lines.getVaryColors().getVal()) + " axes " + lines.getAxIdList().size());
            for (CTLineSer s : lines.getSerList()) {
                series(out, s.getTx(), s.getCat(), s.getVal(), s.getSpPr());
                line(out, "    marker", s.isSetMarker() ? s.getMarker().getSymbol().getVal() : null);
                line(out, "    smooth", s.isSetSmooth() && s.getSmooth().getVal());
            }
        }
        for (CTCatAx ax : plot.getCatAxList()) {
            line(out, "  category axis", ax.getAxPos().getVal() + " deleted " + ax.getDelete().getVal()
                    + " ticks " + ax.getMajorTickMark().getVal() + " labels " + ax.getTickLblPos().getVal()
                    + " crosses " + ax.getCrosses().getVal() + " format " + format(ax.getNumFmt()));
        }
        for (CTDateAx ax : plot.getDateAxList()) {
            line(out, "  date axis", ax.getAxPos().getVal() + " deleted " + ax.getDelete().getVal()
                    + " ticks " + ax.getMajorTickMark().getVal() + " labels " + ax.getTickLblPos().getVal()
                    + " crosses " + ax.getCrosses().getVal() + " format " + format(ax.getNumFmt())
                    + units(ax.xmlText(), "lblOffset", "baseTimeUnit", "majorUnit", "majorTimeUnit"));
        }
        for (CTValAx ax : plot.getValAxList()) {
            line(out, "  value axis", ax.getAxPos().getVal() + " deleted " + ax.getDelete().getVal()
                    + " ticks " + ax.getMajorTickMark().getVal() + " labels " + ax.getTickLblPos().getVal()
                    + " crosses " + ax.getCrosses().getVal() + " between " + ax.getCrossBetween().getVal()
                    + " format " + format(ax.getNumFmt())
                    + " grid " + (ax.isSetMajorGridlines() ? fill(ax.getMajorGridlines().getSpPr()) : null));
        }
        line(out, "  legend", ct.isSetLegend() ? ct.getLegend().getLegendPos().getVal() + " overlay "
                + (ct.getLegend().isSetOverlay() && ct.getLegend().getOverlay().getVal()) : null);
        line(out, "  blanks", ct.isSetDispBlanksAs() ? ct.getDispBlanksAs().getVal() : null);
        line(out, "  visible only", ct.isSetPlotVisOnly() && ct.getPlotVisOnly().getVal());
    }

    private static void series(StringBuilder out, CTSerTx name, CTAxDataSource categories, CTNumDataSource values,
                               CTShapeProperties shape) {
        line(out, "    series", name.getStrRef().getF() + " " + strings(name.getStrRef().getStrCache()));
        if (categories.isSetStrRef()) {
            line(out, "    categories", categories.getStrRef().getF() + " " + strings(categories.getStrRef().getStrCache()));
        } else {
            line(out, "    categories", categories.getNumRef().getF() + " " + numbers(categories.getNumRef().getNumCache()));
        }
        line(out, "    values", values.getNumRef().getF() + " " + numbers(values.getNumRef().getNumCache()));
        line(out, "    colour", fill(shape));
    }

    private static String fill(CTShapeProperties shape) {
        if (shape == null) {
            return null;
        }
        if (shape.isSetSolidFill()) {
            return "fill " + hex(shape.getSolidFill().getSrgbClr().getVal());
        }
        if (shape.isSetLn()) {
            var ln = shape.getLn();
            return "line " + hex(ln.getSolidFill().getSrgbClr().getVal()) + " width " + (ln.isSetW() ? ln.getW() : null)
                    + " dash " + (ln.isSetPrstDash() ? ln.getPrstDash().getVal() : null);
        }
        return "none";
    }

    /** Elements' values read from the XML: their schema types are not all in poi-ooxml-lite. */
    private static String units(String xml, String... elements) {
        StringBuilder s = new StringBuilder();
        for (String unit : elements) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("<(?:\\w+:)?" + unit + " val=\"([^\"]*)\"").matcher(xml);
            s.append(' ').append(unit).append(' ').append(m.find() ? m.group(1) : null);
        }
        return s.toString();
    }

    private static String hex(byte[] rgb) {
        return java.util.HexFormat.of().formatHex(rgb);
    }

    private static String format(CTNumFmt fmt) {
        return fmt == null ? null : fmt.getFormatCode() + (fmt.isSetSourceLinked() && fmt.getSourceLinked() ? " linked" : "");
    }

    private static String strings(CTStrData cache) {
        StringBuilder s = new StringBuilder("[" + cache.getPtCount().getVal() + "]");
        List<String> points = cache.getPtList().stream().map(p -> p.getIdx() + "=" + p.getV()).sorted().toList();
        return s.append(points).toString();
    }

    private static String numbers(CTNumData cache) {
        StringBuilder s = new StringBuilder("[" + cache.getPtCount().getVal() + "]");
        if (cache.isSetFormatCode()) {
            s.append(" format ").append(cache.getFormatCode());
        }
        List<String> points = cache.getPtList().stream()
                .sorted(java.util.Comparator.comparingLong(p -> p.getIdx()))
                .map(p -> p.getIdx() + "=" + Double.valueOf(p.getV())).toList();
        return s.append(points).toString();
    }
}
