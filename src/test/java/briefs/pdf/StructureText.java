package briefs.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF read back the way a screen reader reads it, with PDFBox: its structure elements
 * in the order of the structure tree, each with the text of its marked content (found by page
 * and MCID) and its alternative text.
 */
final class StructureText {
    /** One structure element: its type, its own text (not its children's), its /Alt. */
    record Node(String type, String text, String alt) {
    }

    private final Map<PDPage, Map<Integer, String>> marked = new HashMap<>();
    private final List<Node> nodes = new ArrayList<>();

    private StructureText() {
    }

    static List<Node> read(PDDocument doc) throws IOException {
        StructureText reader = new StructureText();
        for (PDPage page : doc.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, String> byMcid = new HashMap<>();
            for (PDMarkedContent mc : extractor.getMarkedContents()) {
                StringBuilder text = new StringBuilder();
                collect(mc, text);
                byMcid.merge(mc.getMCID(), text.toString(), String::concat);
            }
            reader.marked.put(page, byMcid);
        }
        reader.walk(doc.getDocumentCatalog().getStructureTreeRoot(), null);
        return reader.nodes;
    }

    private static void collect(PDMarkedContent mc, StringBuilder text) {
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t) {
                text.append(t.getUnicode());
            } else if (o instanceof PDMarkedContent inner) {
                collect(inner, text);
            }
        }
    }

    private void walk(PDStructureNode node, PDPage page) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                PDPage own = e.getPage() != null ? e.getPage() : page;
                StringBuilder text = new StringBuilder();
                for (Object k : e.getKids()) {
                    if (k instanceof Integer mcid) {
                        text.append(marked.getOrDefault(own, Map.of()).getOrDefault(mcid, ""));
                    } else if (k instanceof PDMarkedContentReference ref) {
                        PDPage p = ref.getPage() != null ? ref.getPage() : own;
                        text.append(marked.getOrDefault(p, Map.of()).getOrDefault(ref.getMCID(), ""));
                    }
                }
                nodes.add(new Node(e.getStructureType(), text.toString(), e.getAlternateDescription()));
                walk(e, own);
            }
        }
    }
}
