package briefs.pdf;

import briefs.render.Chart;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import org.openpdf.text.pdf.FontMapper;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGraphics2D;
import org.openpdf.text.pdf.PdfTemplate;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElement;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.PageBox;
import org.xhtmlrenderer.render.RenderingContext;

/**
 * A chart in the page: the box of an {@code <object type="application/x-chart">} element, painted
 * as vector graphics. The chart draws through OpenPDF's {@link PdfGraphics2D} onto a
 * {@link PdfTemplate} (a form XObject) that is placed at the box's content area, so lines and
 * text stay sharp at any zoom and no bitmap enters the file.
 */
final class ChartElement implements ITextReplacedElement {
    private final Chart chart;
    private final FontMapper fonts;
    private final int width;
    private final int height;
    private Point location = new Point(0, 0);

    /** Width and height are in the renderer's device units (dots), as the layout gives them. */
    ChartElement(Chart chart, FontMapper fonts, int width, int height) {
        this.chart = chart;
        this.fonts = fonts;
        this.width = width;
        this.height = height;
    }

    @Override
    public void paint(RenderingContext c, ITextOutputDevice out, BlockBox box) {
        float dotsPerPoint = out.getDotsPerPoint();
        // The content area, not getAbsX/Y alone: those ignore the box's margin, border and padding.
        Rectangle content = box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), c);
        float w = content.width / dotsPerPoint;
        float h = content.height / dotsPerPoint;
        PdfContentByte page = out.getCurrentPage();
        PdfTemplate template = page.createTemplate(w, h);
        Graphics2D g2 = new PdfGraphics2D(template, w, h, fonts, false, false, 0f);
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, w, h));
        } finally {
            g2.dispose();
        }
        // Document coordinates run down from the top of the first page; PDF's run up from the
        // bottom of this page, inside its margin.
        PageBox pageBox = c.getPage();
        float x = (content.x + pageBox.getMarginBorderPadding(c, CalculatedStyle.Edge.LEFT)) / dotsPerPoint;
        float y = (pageBox.getBottom() - (content.y + content.height)
                + pageBox.getMarginBorderPadding(c, CalculatedStyle.Edge.BOTTOM)) / dotsPerPoint;
        page.addTemplate(template, x, y);
    }

    @Override
    public int getIntrinsicWidth() {
        return width;
    }

    @Override
    public int getIntrinsicHeight() {
        return height;
    }

    @Override
    public Point getLocation() {
        return location;
    }

    @Override
    public void setLocation(int x, int y) {
        location = new Point(x, y);
    }

    @Override
    public void detach(LayoutContext c) {
    }

    @Override
    public boolean isRequiresInteractivePaint() {
        return false;
    }

    @Override
    public boolean hasBaseline() {
        return false;
    }

    @Override
    public int getBaseline() {
        return 0;
    }
}
