package briefs.pdf;

import org.w3c.dom.Element;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;

/**
 * Flying Saucer's XHTML handling, except that while pages are painted it reports no element as a
 * link. Flying Saucer 10.3 would then add its own link annotations, which it keeps to itself: a
 * tagged PDF needs each one tied to its Link structure element, so {@link TaggedOutputDevice}
 * makes them instead, from {@link #target}. During layout and styling links are links as usual.
 */
final class XhtmlLinks extends XhtmlNamespaceHandler {
    private boolean painting;

    /** From now on Flying Saucer's painting code sees no links. */
    void startPainting() {
        painting = true;
    }

    @Override
    public String getLinkUri(Element e) {
        return painting ? null : super.getLinkUri(e);
    }

    /** Where a link points, or null when the element is no link. */
    String target(Element e) {
        return super.getLinkUri(e);
    }
}
