package briefs.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.xml.xmp.XmpWriter;
import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.util.XHtmlMetaToPdfInfoAdapter;

/**
 * What makes a brief's PDF tagged PDF/UA-1 and PDF/A-2a besides its structure: the document
 * info from the XHTML's title and meta elements; the language of its {@code html} element; the
 * title shown instead of the file name; an sRGB output intent (the JDK's own profile) so that
 * the RGB colours used are defined; and XMP metadata that repeats the document info and
 * declares both standards, with the extension schema PDF/A asks for the PDF/UA identifier.
 */
final class ArchivalMetadata extends XHtmlMetaToPdfInfoAdapter {
    /**
     * PDF/A-2a: PDF/A-2 with a logical structure, the "accessible" level. It is declared in the
     * XMP only: OpenPDF's PDF/A mode would refuse any transparency, which PDF/A-2 allows and the
     * charts use (JFreeChart draws some outlines fully transparent).
     */
    static final int CONFORMANCE = PdfWriter.PDFA2A;
    private static final ICC_Profile SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
    private static final String PDFUA_ID = "xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"";
    private static final String EXTENSION = """
            xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" \
            xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#\"""";
    private static final String EXTENSION_SCHEMA = """
            <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">\
            <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\
            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\
            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\
            <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">\
            <pdfaProperty:name>part</pdfaProperty:name>\
            <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\
            <pdfaProperty:category>internal</pdfaProperty:category>\
            <pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>\
            </rdf:li></rdf:Seq></pdfaSchema:property>\
            </rdf:li></rdf:Bag></pdfaExtension:schemas>""";

    private final String language;

    ArchivalMetadata(Document doc) {
        super(doc);
        String lang = doc.getDocumentElement().getAttribute("lang");
        if (lang.isBlank()) {
            lang = doc.getDocumentElement().getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
        }
        language = lang.isBlank() ? "en" : lang;
    }

    @Override
    public void preOpen(ITextRenderer r) {
        super.preOpen(r);
        PdfWriter writer = r.getWriter();
        // Page and chart streams too: the fastest level costs a few per cent in size.
        writer.setCompressionLevel(Deflater.BEST_SPEED);
        writer.setTagged(); // and with it the catalog's MarkInfo
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        // Links (annotations) are visited in structure order, as PDF/UA asks.
        writer.setTabs(PdfName.S);
        PdfDictionary catalog = writer.getExtraCatalog();
        catalog.put(PdfName.LANG, new PdfString(language));
    }

    @Override
    public void preWrite(ITextRenderer r, int pageCount) {
        super.preWrite(r, pageCount);
        // Only once the document is open: the profile is written into its body at once.
        try {
            PdfWriter writer = r.getWriter();
            writer.setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org", "sRGB IEC61966-2.1", SRGB);
            // A PDF/A intent; OpenPDF would call it PDF/X's, as the writer is not told it makes PDF/A.
            ((PdfArray) writer.getExtraCatalog().get(PdfName.OUTPUTINTENTS)).getAsDict(0).put(PdfName.S,
                    PdfName.GTS_PDFA1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot embed the sRGB profile", e);
        }
    }

    @Override
    public void onClose(ITextRenderer r) {
        super.onClose(r);
        PdfWriter writer = r.getWriter();
        ByteArrayOutputStream xmp = new ByteArrayOutputStream();
        // The document info is complete now: the XMP repeats it, as PDF/A wants.
        try (XmpWriter out = new XmpWriter(xmp, writer.getInfo(), CONFORMANCE)) {
            out.addRdfDescription(PDFUA_ID, "<pdfuaid:part>1</pdfuaid:part>");
            out.addRdfDescription(EXTENSION, EXTENSION_SCHEMA);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the XMP metadata", e);
        }
        writer.setXmpMetadata(xmp.toByteArray());
    }
}
