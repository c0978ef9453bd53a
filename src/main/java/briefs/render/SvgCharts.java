package briefs.render;

import briefs.derive.CountryFigures;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

/**
 * The brief's charts as SVG for a web page: the same {@link BriefCharts} the PDF draws, painted by
 * JFreeSVG into a vector image the browser scales. Thread-safe (each call draws new charts).
 */
public final class SvgCharts {
    private final BriefCharts charts;

    public SvgCharts(BriefFormat fmt) {
        this.charts = new BriefCharts(fmt);
    }

    /** The charts in a language, as its brief draws them. */
    public SvgCharts(Language lang) {
        this.charts = new BriefCharts(lang);
    }

    /**
     * The charts drawn for this country, by id in the brief's order, each an {@code <svg>} element
     * sized in points as the brief's partial sizes it (a bar as thick for one row as for twenty).
     */
    public Map<String, String> of(CountryFigures figures) {
        Map<String, String> out = new LinkedHashMap<>();
        charts.of(figures).forEach((id, chart) -> out.put(id, svg(chart, width(id), height(id, figures))));
        return out;
    }

    private static String svg(JFreeChart chart, double width, double height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height, SVGUnits.PT);
        // The brief's typeface, where the reader's machine has it; a plain sans-serif otherwise (never Times).
        // Unquoted: JFreeSVG writes attributes in single quotes, so a quoted name would break the XML.
        g.setFontFunction(family -> "Noto Sans, Liberation Sans, Arial, Helvetica, sans-serif");
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        // A size for the browser to start from, and a viewBox so that the page's stylesheet can scale it.
        return g.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
    }

    private static double width(String id) {
        return 250;
    }

    private static double height(String id, CountryFigures f) {
        return switch (id) {
            case BriefCharts.BY_TYPE -> 28 + 15 * f.byType().stream().filter(t -> t.total() > 0).count();
            case BriefCharts.PARITY -> 32 + 19 * f.parity().stream().filter(p -> p.womenShare() != null).count();
            default -> 110;
        };
    }
}
