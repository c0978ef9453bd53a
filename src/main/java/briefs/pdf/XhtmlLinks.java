package briefs.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xhtmlrenderer.css.sheet.StylesheetInfo;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;

/**
 * Flying Saucer's XHTML handling, with the templates' own element defaults when they have them
 * ({@link #defaults}), and except that while pages are painted it reports no element as a
 * link. Flying Saucer 10.3 would then add its own link annotations, which it keeps to itself: a
 * tagged PDF needs each one tied to its Link structure element, so {@link TaggedOutputDevice}
 * makes them instead, from {@link #target}. During layout and styling links are links as usual.
 *
 * <p>An element's language is Flying Saucer's (its own {@code lang}, else the document's
 * Content-Language), but the document's is read once: Flying Saucer read the head's
 * {@code <meta>} elements again for every piece of text it broke into lines (1% of a warm bulk run's time).
 */
final class XhtmlLinks extends XhtmlNamespaceHandler {
    private boolean painting;
    private StylesheetInfo defaults;
    private Document read;
    private String documentLanguage;

    /**
     * Makes {@code file} (the templates folder's {@code defaults.css}) the elements' defaults in
     * place of Flying Saucer's own, when it exists: the user agent reads it like any stylesheet of
     * the folder, and {@link WorkerStylesheets} keeps it parsed until it changes.
     */
    void defaults(Path file) {
        if (Files.isRegularFile(file)) {
            defaults = new StylesheetInfo(StylesheetInfo.Origin.USER_AGENT, file.toUri().toString(),
                    StylesheetInfo.mediaTypes(""), null); // no content given: read from the file
        }
    }

    @Override
    public Optional<StylesheetInfo> getDefaultStylesheet() {
        return defaults != null ? Optional.of(defaults) : super.getDefaultStylesheet();
    }

    @Override
    public String getLang(Element e) {
        if (e == null) {
            return "";
        }
        String lang = e.getAttribute("lang");
        if (!lang.isEmpty()) {
            return lang;
        }
        Document doc = e.getOwnerDocument();
        if (doc != read) {
            // an element without a language of its own, in no place of the tree: the document's
            documentLanguage = super.getLang(doc.createElementNS(e.getNamespaceURI(), "span"));
            read = doc;
        }
        return documentLanguage;
    }

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
