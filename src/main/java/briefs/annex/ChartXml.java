package briefs.annex;

import java.util.List;

/**
 * A chart part ({@code xl/charts/chartN.xml}) as text: a fixed skeleton per {@link ChartPart.Kind}
 * (stacked columns over a category axis, or lines over a date axis with one label a year), filled
 * with the title, the series' names, references, cached values and colours. Both kinds share the
 * value axis (thousands-separated, light grid) and a legend below the plot.
 */
final class ChartXml {
    private static final String NAMESPACES = " xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:r=\"" + SheetXml.RELATIONSHIPS_NS + "\"";
    private static final String SCALING = "<c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/>";
    private static final String AXIS_IDS = "<c:axId val=\"0\"/><c:axId val=\"1\"/>";
    /** Stacked bars overlap fully, or Excel draws each stack's parts shifted side by side. */
    private static final String COLUMNS_END = "<c:gapWidth val=\"60\"/><c:overlap val=\"100\"/>" + AXIS_IDS + "</c:barChart>"
            + "<c:catAx><c:axId val=\"0\"/>" + SCALING + "<c:axPos val=\"b\"/><c:majorTickMark val=\"cross\"/>"
            + "<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1\"/>"
            + "<c:crosses val=\"autoZero\"/><c:auto val=\"0\"/></c:catAx>";
    /**
     * One label a year, unlinked from the cells' "mmm yyyy" (which would crowd the axis): left to
     * itself the axis labels every few months and rotates them.
     */
    private static final String LINES_END = AXIS_IDS + "</c:lineChart>"
            + "<c:dateAx><c:axId val=\"0\"/>" + SCALING + "<c:axPos val=\"b\"/>"
            + "<c:numFmt formatCode=\"yyyy\" sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/>"
            + "<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1\"/>"
            + "<c:crosses val=\"autoZero\"/><c:auto val=\"0\"/><c:lblOffset val=\"100\"/><c:baseTimeUnit val=\"months\"/>"
            + "<c:majorUnit val=\"1\"/><c:majorTimeUnit val=\"years\"/></c:dateAx>";
    private static final String VALUE_AXIS = "<c:valAx><c:axId val=\"1\"/>" + SCALING + "<c:axPos val=\"l\"/>"
            + "<c:majorGridlines><c:spPr><a:ln><a:solidFill><a:srgbClr val=\"D9D9D9\"/></a:solidFill></a:ln></c:spPr>"
            + "</c:majorGridlines><c:numFmt formatCode=\"" + CellStyle.INTEGER_FORMAT + "\" sourceLinked=\"0\"/>"
            + "<c:majorTickMark val=\"cross\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
            + "<c:crossAx val=\"0\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/></c:valAx></c:plotArea>"
            + "<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/></c:legend><c:plotVisOnly val=\"1\"/>";
    private static final String PRINT = "<c:printSettings><c:headerFooter/>"
            + "<c:pageMargins b=\"0.75\" l=\"0.7\" r=\"0.7\" t=\"0.75\" header=\"0.3\" footer=\"0.3\"/><c:pageSetup/>"
            + "</c:printSettings></c:chartSpace>";

    private ChartXml() {
    }

    /** The chart part, its title's text marked as {@code language} (a BCP 47 tag) for spelling and reading aloud. */
    static String of(ChartPart chart, String language) {
        StringBuilder x = new StringBuilder(2048 + chart.points() * 40 * (chart.series().size() + 1))
                .append(WorkbookPackage.XML_DECLARATION).append("<c:chartSpace").append(NAMESPACES).append("><c:chart>");
        title(x, chart.title(), language);
        x.append("<c:plotArea><c:layout/>");
        boolean columns = chart.kind() == ChartPart.Kind.STACKED_COLUMNS;
        x.append(columns ? "<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"stacked\"/><c:varyColors val=\"0\"/>"
                : "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>");
        List<ChartPart.Series> series = chart.series();
        for (int i = 0; i < series.size(); i++) {
            series(x, chart, i, series.get(i));
        }
        x.append(columns ? COLUMNS_END : LINES_END).append(VALUE_AXIS);
        if (!columns) {
            x.append("<c:dispBlanksAs val=\"gap\"/>");
        }
        return x.append("</c:chart>").append(PRINT).toString();
    }

    private static void title(StringBuilder x, String title, String language) {
        x.append("<c:title><c:tx><c:rich><a:bodyPr anchor=\"t\" rtlCol=\"0\"/><a:lstStyle/><a:p><a:pPr algn=\"l\"><a:defRPr/>")
                .append("</a:pPr><a:r>");
        XmlText.attribute(x.append("<a:rPr"), "lang", language).append("/><a:t>");
        XmlText.append(x, title).append("</a:t></a:r>");
        XmlText.attribute(x.append("<a:endParaRPr"), "lang", language)
                .append(" sz=\"1100\"/></a:p></c:rich></c:tx><c:layout/><c:overlay val=\"0\"/></c:title>");
    }

    private static void series(StringBuilder x, ChartPart chart, int index, ChartPart.Series s) {
        x.append("<c:ser><c:idx val=\"").append(index).append("\"/><c:order val=\"").append(index).append("\"/>");
        x.append("<c:tx><c:strRef><c:f>");
        XmlText.append(x, s.nameReference()).append("</c:f>");
        strings(x, s.name() == null ? List.of() : List.of(s.name()), s.name() == null ? 0 : 1);
        x.append("</c:strRef></c:tx>");
        boolean columns = chart.kind() == ChartPart.Kind.STACKED_COLUMNS;
        if (columns) {
            x.append("<c:spPr><a:solidFill><a:srgbClr val=\"").append(s.colour()).append("\"/></a:solidFill></c:spPr>");
        } else {
            x.append("<c:spPr><a:ln w=\"25400\"><a:solidFill><a:srgbClr val=\"").append(s.colour())
                    .append("\"/></a:solidFill><a:prstDash val=\"solid\"/></a:ln></c:spPr><c:marker><c:symbol val=\"none\"/></c:marker>");
        }
        x.append("<c:cat>");
        if (columns) {
            XmlText.append(x.append("<c:strRef><c:f>"), chart.categories()).append("</c:f>");
            strings(x, chart.labels(), chart.labels().size());
            x.append("</c:strRef>");
        } else {
            XmlText.append(x.append("<c:numRef><c:f>"), chart.categories()).append("</c:f>");
            numbers(x, chart.dates());
            x.append("</c:numRef>");
        }
        x.append("</c:cat><c:val><c:numRef><c:f>");
        XmlText.append(x, s.values()).append("</c:f>");
        numbers(x, s.cached());
        x.append("</c:numRef></c:val>");
        x.append(columns ? "</c:ser>" : "<c:smooth val=\"0\"/></c:ser>");
    }

    /** A text cache: a blank cell has no point. */
    private static void strings(StringBuilder x, List<String> values, int count) {
        x.append("<c:strCache><c:ptCount val=\"").append(count).append("\"/>");
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                x.append("<c:pt idx=\"").append(i).append("\"><c:v>");
                XmlText.append(x, values.get(i)).append("</c:v></c:pt>");
            }
        }
        x.append("</c:strCache>");
    }

    /**
     * A number cache: a blank cell has no point, which the chart draws as a gap. Values are
     * written as Java writes a double ("13.0"), as the annex's charts have always held them.
     */
    private static void numbers(StringBuilder x, List<Double> values) {
        x.append("<c:numCache><c:ptCount val=\"").append(values.size()).append("\"/>");
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                x.append("<c:pt idx=\"").append(i).append("\"><c:v>");
                x.append(values.get(i).doubleValue()).append("</c:v></c:pt>");
            }
        }
        x.append("</c:numCache>");
    }
}
