package briefs.pdf;

import java.awt.Shape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfStructureElement;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xhtmlrenderer.extend.FSImage;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.InlineText;
import org.xhtmlrenderer.render.JustificationInfo;
import org.xhtmlrenderer.render.RenderingContext;

/**
 * Flying Saucer's PDF output device, tagging what it paints: each piece of text and each chart
 * is a marked-content sequence (BDC ... EMC with an MCID) of the structure element that
 * {@link StructureTree} made for it from the XHTML; everything else it paints (backgrounds,
 * rules, borders, list bullets, the running header and footer, page numbers) is an Artifact.
 * Links become annotations tied to their Link element. Tagging changes no painting operator, so
 * a tagged page looks exactly like an untagged one.
 */
final class TaggedOutputDevice extends ITextOutputDevice {
    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private final XhtmlLinks links;
    private final Function<Element, String> alt;
    private StructureTree tree;
    private Document document;
    /** True while an Artifact sequence is open on the current page. */
    private boolean inArtifact;
    /** True while a tagged sequence is open: what is painted then is that content. */
    private boolean inContent;
    private final Set<Box> linkBoxes = new HashSet<>();
    private final LinkAnnotations annotations = new LinkAnnotations();
    /** Where each piece of a text element's marked content stands in the document. */
    private final Map<PdfStructureElement, Map<PdfObject, Long>> readingOrder = new IdentityHashMap<>();
    /** What each face draws a run of text as (see {@link ShownText}), and the face in use. */
    private final Map<BaseFont, ShownText> shown;
    private ITextFSFont font;

    TaggedOutputDevice(float dotsPerPoint, XhtmlLinks links, Function<Element, String> alt,
                       Map<BaseFont, ShownText> shown) {
        super(dotsPerPoint);
        this.links = links;
        this.alt = alt;
        this.shown = shown;
    }

    @Override
    public void setFont(ITextFSFont font) {
        super.setFont(font);
        this.font = font;
    }

    @Override
    public void start(Document doc) {
        super.start(doc);
        document = doc;
    }

    @Override
    public void initializePage(PdfContentByte currentPage, float height) {
        super.initializePage(currentPage, height);
        if (tree == null) {
            links.startPainting();
            tree = StructureTree.build(body(), getWriter().getStructureTreeRoot(),
                    e -> shown(e), e -> links.target(e) != null, alt);
        }
    }

    @Override
    public void finishPage() {
        endArtifact();
        super.finishPage();
    }

    @Override
    public void finish(RenderingContext c, Box root) {
        super.finish(c, root);
        readingOrder.forEach(TaggedOutputDevice::sortKids);
        annotations.attach();
    }

    @Override
    public void drawText(RenderingContext c, InlineText inlineText) {
        PdfStructureElement se = inlineText.getTextNode() == null ? null : tree.of(inlineText.getTextNode());
        if (se == null || !onThisPage(c, inlineText)) {
            super.drawText(c, inlineText);
            return;
        }
        tagged(se, () -> super.drawText(c, inlineText));
        // Flying Saucer paints a bold word after the rest of its line: the text's place in the
        // document, not the painting order, puts it back where it is read.
        long place = ((long) tree.order(inlineText.getTextNode()) << 32) | inlineText.getStart();
        PdfObject k = se.get(PdfName.K);
        PdfObject added = k instanceof PdfArray a ? a.getPdfObject(a.size() - 1) : k;
        readingOrder.computeIfAbsent(se, x -> new IdentityHashMap<>()).put(added, place);
    }

    /**
     * Whether a text's line lies on the page being painted. A line at a page break is painted on
     * both pages and clipped away on one: only the visible one is content, or it would be read twice.
     */
    private static boolean onThisPage(RenderingContext c, InlineText text) {
        int baseline = text.getParent().getAbsY() + text.getParent().getBaseline();
        return baseline >= c.getPage().getTop() && baseline < c.getPage().getBottom();
    }

    @Override
    public void paintReplacedElement(RenderingContext c, BlockBox box) {
        PdfStructureElement se = box.getElement() == null ? null : tree.of(box.getElement());
        if (se == null) {
            artifact();
            super.paintReplacedElement(c, box);
            return;
        }
        tagged(se, () -> super.paintReplacedElement(c, box));
    }

    @Override
    public void paintBackground(RenderingContext c, Box box) {
        super.paintBackground(c, box);
        Element e = box.getElement();
        if (e != null && tree.link(e) != null && linkBoxes.add(box)) {
            annotateLink(c, box, e);
        }
    }

    /** Puts the marked content of {@code se} in the order of {@code place}. */
    private static void sortKids(PdfStructureElement se, Map<PdfObject, Long> place) {
        if (se.get(PdfName.K) instanceof PdfArray kids && kids.size() > 1) {
            List<PdfObject> sorted = new ArrayList<>(kids.getElements());
            sorted.sort(Comparator.comparing(o -> place.getOrDefault(o, Long.MAX_VALUE)));
            se.put(PdfName.K, new PdfArray(sorted));
        }
    }

    private void tagged(PdfStructureElement se, Runnable paint) {
        endArtifact();
        PdfContentByte page = getCurrentPage();
        page.beginMarkedContentSequence(se);
        inContent = true;
        try {
            paint.run();
        } finally {
            inContent = false;
            page.endMarkedContentSequence();
        }
    }

    /** Opens an Artifact sequence unless one, or tagged content, is open. */
    private void artifact() {
        if (!inArtifact && !inContent) {
            getCurrentPage().beginMarkedContentSequence(ARTIFACT);
            inArtifact = true;
        }
    }

    private void endArtifact() {
        if (inArtifact) {
            getCurrentPage().endMarkedContentSequence();
            inArtifact = false;
        }
    }

    private void annotateLink(RenderingContext c, Box box, Element a) {
        annotations.add(getWriter(), createLocalTargetArea(c, box), links.target(a), a.getTextContent().strip(),
                tree.link(a));
    }

    private Element body() {
        var bodies = document.getElementsByTagNameNS("*", "body");
        return bodies.getLength() > 0 ? (Element) bodies.item(0) : document.getDocumentElement();
    }

    private boolean shown(Element e) {
        var style = getSharedContext().getStyle(e);
        return style == null || !(style.isDisplayNone() || style.isRunning());
    }

    // Everything below paints something that is no content of the brief: it is an Artifact
    // unless it is painted inside a tagged sequence (the glyphs of a text, a chart).

    @Override
    public void drawString(String s, float x, float y, JustificationInfo info) {
        artifact();
        super.drawString(ShownTextRenderer.shown(shown, font, s), x, y, info);
    }

    @Override
    public void draw(Shape s) {
        artifact();
        super.draw(s);
    }

    @Override
    public void fill(Shape s) {
        artifact();
        super.fill(s);
    }

    @Override
    public void fillRect(int x, int y, int width, int height) {
        artifact();
        super.fillRect(x, y, width, height);
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        artifact();
        super.fillOval(x, y, width, height);
    }

    @Override
    public void drawRect(int x, int y, int width, int height) {
        artifact();
        super.drawRect(x, y, width, height);
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        artifact();
        super.drawOval(x, y, width, height);
    }

    @Override
    public void drawBorderLine(Shape bounds, int side, int lineWidth, boolean solid) {
        artifact();
        super.drawBorderLine(bounds, side, lineWidth, solid);
    }

    @Override
    public void drawLinearGradient(org.xhtmlrenderer.css.style.derived.FSLinearGradient gradient, int x, int y,
                                   int width, int height) {
        artifact();
        super.drawLinearGradient(gradient, x, y, width, height);
    }

    @Override
    public void drawImage(FSImage image, int x, int y) {
        artifact();
        super.drawImage(image, x, y);
    }

    // Clipping saves and restores the graphics state: a sequence is closed first so that marked
    // content and graphics states nest.

    @Override
    public void clip(Shape s) {
        endArtifact();
        super.clip(s);
    }

    @Override
    public void setClip(Shape s) {
        endArtifact();
        super.setClip(s);
    }
}
