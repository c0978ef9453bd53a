package briefs.pdf;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfBorderArray;
import org.openpdf.text.pdf.PdfBorderDictionary;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The link annotations of a tagged PDF, as PDF/UA wants them: each with a description
 * (/Contents), tied to its Link structure element both ways (/StructParent in the annotation,
 * an object reference among the element's kids).
 */
final class LinkAnnotations {
    private record Part(PdfStructureElement link, PdfDictionary objectReference) {
    }

    private final List<Part> parts = new ArrayList<>();

    /** Adds a link to {@code uri} over {@code area} of the current page, described by its text. */
    void add(PdfWriter writer, Rectangle area, String uri, String text, PdfStructureElement link) {
        PdfAnnotation annot = new PdfAnnotation(writer, area.getLeft(), area.getBottom(), area.getRight(),
                area.getTop(), new PdfAction(uri));
        annot.put(PdfName.SUBTYPE, PdfName.LINK);
        annot.put(PdfName.F, new PdfNumber(PdfAnnotation.FLAGS_PRINT));
        annot.setBorderStyle(new PdfBorderDictionary(0.0f, 0));
        annot.setBorder(new PdfBorderArray(0.0f, 0.0f, 0));
        String description = text.equals(uri) ? "Link to " + uri : "Link: " + text + " (" + uri + ")";
        annot.put(PdfName.CONTENTS, new PdfString(description, PdfObject.TEXT_UNICODE));
        int key = writer.getStructureTreeRoot().addExistingObject(link.getReference());
        annot.put(PdfName.STRUCTPARENT, new PdfNumber(key));
        PdfDictionary objr = new PdfDictionary(PdfName.OBJR);
        objr.put(PdfName.OBJ, annot.getIndirectReference());
        objr.put(PdfName.PG, writer.getCurrentPage());
        parts.add(new Part(link, objr));
        writer.addAnnotation(annot);
    }

    /**
     * Puts each annotation among its Link element's kids, after the link's text: OpenPDF adds
     * marked content to an element only while its first kid is marked content.
     */
    void attach() {
        for (Part part : parts) {
            PdfObject k = part.link().get(PdfName.K);
            PdfArray kids;
            if (k instanceof PdfArray a) {
                kids = a;
            } else {
                kids = new PdfArray();
                if (k != null) {
                    kids.add(k);
                }
                part.link().put(PdfName.K, kids);
            }
            kids.add(part.objectReference());
        }
        parts.clear();
    }
}
