package briefs.pdf;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfStructureTreeRoot;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * The logical structure of a brief, made from its XHTML before any page is painted, so that it
 * follows the template's reading order and not the order in which boxes are drawn: headings,
 * paragraphs, lists (L, LI, Lbl, LBody), data tables (Table, THead, TBody, TR, TH with its
 * scope, TD), links and figures with their alternative text.
 *
 * <p>Painting then only looks up where a piece of content belongs: {@link #of(Node)} for a text
 * node or a figure's element. Content that belongs nowhere (the running header and footer,
 * generated text such as page numbers) is an artifact. OpenPDF lets a structure element hold
 * either marked content or child elements, never both, so text beside a child element (a link
 * inside a paragraph) goes into a Span of its own, made here in document order.
 *
 * <p>Tables without header cells lay the page out (the key figures' cards, two charts side by
 * side); they are no Table: their cells' content joins the surrounding structure.
 */
final class StructureTree {
    private static final Set<String> BLOCKS = Set.of("div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "section", "blockquote");
    private static final Set<String> SKIPPED = Set.of("head", "style", "script", "bookmarks");
    private static final PdfName TABLE_OWNER = new PdfName("Table");
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName COLUMN = new PdfName("Column");
    private static final PdfName ROW = new PdfName("Row");
    private static final PdfName LIST_OWNER = new PdfName("List");
    private static final PdfName LIST_NUMBERING = new PdfName("ListNumbering");

    private final Map<Node, PdfStructureElement> content = new IdentityHashMap<>();
    /** Each text node's place in the document, for putting marked content in reading order. */
    private final Map<Node, Integer> order = new IdentityHashMap<>();
    private final Map<Element, PdfStructureElement> links = new IdentityHashMap<>();
    private final Predicate<Element> shown;
    private final Predicate<Element> isLink;
    private final Function<Element, String> alt;

    private StructureTree(Predicate<Element> shown, Predicate<Element> isLink, Function<Element, String> alt) {
        this.shown = shown;
        this.isLink = isLink;
        this.alt = alt;
    }

    /**
     * Builds the structure of {@code body} under a Document element of {@code root}.
     *
     * @param shown  false for elements that are not in the flow: hidden, or running header and footer
     * @param isLink whether an element is a link (an {@code a} with an address)
     * @param alt    the alternative text of a figure's element ({@code object}, {@code img})
     */
    static StructureTree build(Element body, PdfStructureTreeRoot root, Predicate<Element> shown,
                               Predicate<Element> isLink, Function<Element, String> alt) {
        StructureTree tree = new StructureTree(shown, isLink, alt);
        tree.children(body, new PdfStructureElement(root, PdfName.DOCUMENT));
        return tree;
    }

    /** The structure element a text node or a figure's element belongs to, or null for an artifact. */
    PdfStructureElement of(Node node) {
        return content.get(node);
    }

    /** Where a text node stands in the document: later text has a larger number. */
    int order(Node node) {
        return order.getOrDefault(node, Integer.MAX_VALUE);
    }

    /** The Link element of an {@code a} element, or null. */
    PdfStructureElement link(Element a) {
        return links.get(a);
    }

    /** Places the children of {@code e} under {@code parent}, text runs included. */
    private void children(Element e, PdfStructureElement parent) {
        if (!hasStructuredChild(e)) {
            takeText(e, parent);
            return;
        }
        PdfStructureElement run = null;
        PdfStructureElement listItem = null;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Text t && !t.getData().isBlank()) {
                run = run != null ? run : new PdfStructureElement(parent, PdfName.SPAN);
                text(t, run);
            } else if (n instanceof Element child && included(child)) {
                String name = name(child);
                if (name.equals("dt") || (name.equals("dd") && listItem == null)) {
                    listItem = new PdfStructureElement(parent, PdfName.LI);
                }
                if (structural(child)) {
                    run = null;
                    element(child, parent, listItem);
                } else if (hasStructuredChild(child)) {
                    run = null;
                    children(child, parent);
                } else if (!child.getTextContent().isBlank()) {
                    run = run != null ? run : new PdfStructureElement(parent, PdfName.SPAN);
                    takeText(child, run);
                }
            }
        }
    }

    /** One element that has a role of its own (or hands its children to its parent). */
    private void element(Element e, PdfStructureElement parent, PdfStructureElement listItem) {
        String name = name(e);
        switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> leaf(e, parent, new PdfName(name.toUpperCase(Locale.ROOT)));
            case "p", "caption" -> leaf(e, parent, name.equals("p") ? PdfName.P : PdfName.CAPTION);
            case "ul", "ol", "dl" -> children(e, list(parent, name));
            case "li" -> children(e, new PdfStructureElement(new PdfStructureElement(parent, PdfName.LI),
                    PdfName.LBODY));
            case "dt" -> leaf(e, listItem, PdfName.LBL);
            case "dd" -> leaf(e, listItem, PdfName.LBODY);
            case "table" -> table(e, parent);
            case "a" -> links.put(e, leaf(e, parent, PdfName.LINK));
            case "object", "img" -> figure(e, parent);
            default -> block(e, parent);
        }
    }

    private PdfStructureElement list(PdfStructureElement parent, String name) {
        PdfStructureElement list = new PdfStructureElement(parent, PdfName.L);
        PdfDictionary attributes = new PdfDictionary();
        attributes.put(PdfName.O, LIST_OWNER);
        attributes.put(LIST_NUMBERING, name.equals("ol") ? new PdfName("Decimal")
                : name.equals("ul") ? new PdfName("Disc") : PdfName.NONE);
        list.put(PdfName.A, attributes);
        return list;
    }

    /** A block with no role of its own: a paragraph when it holds only text, else its children. */
    private void block(Element e, PdfStructureElement parent) {
        if (hasStructuredChild(e)) {
            children(e, parent);
        } else if (!e.getTextContent().isBlank()) {
            leaf(e, parent, PdfName.P);
        }
    }

    private PdfStructureElement leaf(Element e, PdfStructureElement parent, PdfName role) {
        PdfStructureElement se = new PdfStructureElement(parent, role);
        children(e, se);
        return se;
    }

    private void figure(Element e, PdfStructureElement parent) {
        PdfStructureElement figure = new PdfStructureElement(parent, PdfName.FIGURE);
        String text = alt.apply(e);
        if (text != null && !text.isBlank()) {
            figure.put(PdfName.ALT, new PdfString(text, org.openpdf.text.pdf.PdfObject.TEXT_UNICODE));
        }
        content.put(e, figure);
    }

    private void table(Element table, PdfStructureElement parent) {
        if (!hasHeaderCell(table)) {
            children(table, parent);
            return;
        }
        PdfStructureElement se = new PdfStructureElement(parent, PdfName.TABLE);
        for (Element part : elements(table)) {
            switch (name(part)) {
                case "caption" -> leaf(part, se, PdfName.CAPTION);
                case "thead" -> rows(part, new PdfStructureElement(se, new PdfName("THead")), true);
                case "tbody" -> rows(part, new PdfStructureElement(se, new PdfName("TBody")), false);
                case "tfoot" -> rows(part, new PdfStructureElement(se, new PdfName("TFoot")), false);
                case "tr" -> row(part, se, false);
                default -> element(part, se, null);
            }
        }
    }

    private void rows(Element group, PdfStructureElement se, boolean header) {
        for (Element tr : elements(group)) {
            row(tr, se, header);
        }
    }

    private void row(Element tr, PdfStructureElement parent, boolean header) {
        PdfStructureElement row = new PdfStructureElement(parent, new PdfName("TR"));
        for (Element cell : elements(tr)) {
            boolean th = name(cell).equals("th");
            PdfStructureElement se = new PdfStructureElement(row, th ? PdfName.TH : PdfName.TD);
            if (th) {
                PdfDictionary attributes = new PdfDictionary();
                attributes.put(PdfName.O, TABLE_OWNER);
                attributes.put(SCOPE, header ? COLUMN : ROW);
                se.put(PdfName.A, attributes);
            }
            span(cell, se, "colspan", new PdfName("ColSpan"));
            span(cell, se, "rowspan", new PdfName("RowSpan"));
            children(cell, se);
        }
    }

    private static void span(Element cell, PdfStructureElement se, String attribute, PdfName key) {
        String value = cell.getAttribute(attribute);
        if (!value.isEmpty() && value.matches("[2-9]|[1-9][0-9]+")) { // most cells have neither
            PdfDictionary attributes = new PdfDictionary();
            attributes.put(PdfName.O, TABLE_OWNER);
            attributes.put(key, new org.openpdf.text.pdf.PdfNumber(Integer.parseInt(value)));
            se.put(PdfName.A, attributes);
        }
    }

    /** Every text node under {@code e} belongs to {@code se}. */
    private void takeText(Element e, PdfStructureElement se) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Text t) {
                text(t, se);
            } else if (n instanceof Element child && included(child)) {
                takeText(child, se);
            }
        }
    }

    private void text(Text t, PdfStructureElement se) {
        content.put(t, se);
        order.put(t, order.size());
    }

    private boolean hasStructuredChild(Element e) {
        for (Element child : elements(e)) {
            if (structural(child) || hasStructuredChild(child)) {
                return true;
            }
        }
        return false;
    }

    private boolean structural(Element e) {
        String name = name(e);
        return BLOCKS.contains(name) || name.equals("object") || name.equals("img")
                || (name.equals("a") && isLink.test(e));
    }

    private boolean hasHeaderCell(Element table) {
        for (Element part : elements(table)) {
            String name = name(part);
            if (name.equals("th")) {
                return true;
            }
            if ((name.equals("thead") || name.equals("tbody") || name.equals("tfoot") || name.equals("tr"))
                    && hasHeaderCell(part)) {
                return true;
            }
        }
        return false;
    }

    private boolean included(Element e) {
        return !SKIPPED.contains(name(e)) && shown.test(e);
    }

    private java.util.List<Element> elements(Element e) {
        java.util.List<Element> list = new java.util.ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && included(child)) {
                list.add(child);
            }
        }
        return list;
    }

    private static String name(Element e) {
        String local = e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
        return local.toLowerCase(Locale.ROOT);
    }
}
