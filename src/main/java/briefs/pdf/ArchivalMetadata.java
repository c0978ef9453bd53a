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
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfStream;
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
    /**
     * The JDK's sRGB profile, deflated once for every PDF of the process: OpenPDF's own output
     * intent takes the profile's bytes from the colour management module and compresses them
     * again for each document (1.4% of the CPU of a month's briefs once the JVM is warm).
     */
    private static final byte[] SRGB = deflated(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
    private static final String SRGB_NAME = "sRGB IEC61966-2.1";
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
        // Only once the document is open: the profile is written into its body at once. The
        // dictionary is PdfWriter.setOutputIntents's, with a PDF/A intent (OpenPDF would call it
        // PDF/X's, as the writer is not told it makes PDF/A).
        PdfWriter writer = r.getWriter();
        PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.OUTPUTCONDITION, new PdfString("", PdfObject.TEXT_UNICODE));
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString(SRGB_NAME, PdfObject.TEXT_UNICODE));
        intent.put(PdfName.REGISTRYNAME, new PdfString("http://www.color.org", PdfObject.TEXT_UNICODE));
        intent.put(PdfName.INFO, new PdfString(SRGB_NAME, PdfObject.TEXT_UNICODE));
        try {
            intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(new DeflatedProfile()).getIndirectReference());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot embed the sRGB profile", e);
        }
        intent.put(PdfName.S, PdfName.GTS_PDFA1);
        writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
    }

    /** The sRGB profile's ICC stream, as OpenPDF's {@code PdfICCBased} writes it, from bytes already deflated. */
    private static final class DeflatedProfile extends PdfStream {
        DeflatedProfile() {
            super(SRGB);
            put(PdfName.ALTERNATE, PdfName.DEVICERGB);
            put(PdfName.N, new PdfNumber(3));
            put(PdfName.FILTER, PdfName.FLATEDECODE);
            compressed = true; // never deflated again
        }
    }

    private static byte[] deflated(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION); // once: the smallest
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
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
