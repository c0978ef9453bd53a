package briefs.pdf;

import briefs.model.BadInputException;
import briefs.model.Problem;
import briefs.render.Chart;
import java.util.Map;
import org.openpdf.text.pdf.FontMapper;
import org.w3c.dom.Element;
import org.xhtmlrenderer.extend.ReplacedElement;
import org.xhtmlrenderer.extend.ReplacedElementFactory;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElementFactory;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.simple.extend.FormSubmissionListener;

/**
 * Turns {@code <object type="application/x-chart" data="ID"></object>} into the chart of that id
 * and leaves every other element to Flying Saucer's own factory. One instance per document: it
 * holds that document's charts.
 */
final class ChartElementFactory implements ReplacedElementFactory {
    static final String CHART_TYPE = "application/x-chart";
    /** Used when the CSS gives the object no size, in CSS pixels (1/96 inch). */
    private static final int DEFAULT_WIDTH_PX = 480;
    private static final int DEFAULT_HEIGHT_PX = 240;

    private final ReplacedElementFactory delegate;
    private final Map<String, Chart> charts;
    private final FontMapper fonts;
    private final float dotsPerPixel;
    private final String source;

    /** {@code source} names the document (its template) in error messages. */
    ChartElementFactory(ITextOutputDevice device, Map<String, Chart> charts, FontMapper fonts,
                        int dotsPerPixel, String source) {
        this.source = source;
        this.delegate = new ITextReplacedElementFactory(device);
        this.charts = new java.util.LinkedHashMap<>(charts);
        this.fonts = fonts;
        this.dotsPerPixel = dotsPerPixel;
    }

    @Override
    public ReplacedElement createReplacedElement(LayoutContext c, BlockBox box, UserAgentCallback uac,
                                                 int cssWidth, int cssHeight) {
        Element e = box.getElement();
        if (e != null && "object".equals(e.getNodeName()) && CHART_TYPE.equals(e.getAttribute("type"))) {
            String id = e.getAttribute("data");
            Chart chart = charts.get(id);
            if (chart == null) {
                throw new BadInputException(new Problem(source, null, "the template places chart \"" + id
                        + "\", which is not drawn for this country (drawn: " + String.join(", ", charts.keySet())
                        + "); place only the ids in charts"));
            }
            int width = cssWidth > 0 ? cssWidth : Math.round(DEFAULT_WIDTH_PX * dotsPerPixel);
            int height = cssHeight > 0 ? cssHeight : Math.round(DEFAULT_HEIGHT_PX * dotsPerPixel);
            return new ChartElement(chart, fonts, width, height);
        }
        return delegate.createReplacedElement(c, box, uac, cssWidth, cssHeight);
    }

    @Override
    public void reset() {
        delegate.reset();
    }

    @Override
    public void remove(Element e) {
        delegate.remove(e);
    }

    @Override
    public void setFormSubmissionListener(FormSubmissionListener listener) {
        delegate.setFormSubmissionListener(listener);
    }
}
