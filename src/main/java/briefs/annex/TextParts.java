package briefs.annex;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.ContentTypes;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.internal.PartMarshaller;

/**
 * How the workbook's parts go into the zip: POI's OPC layer saves the package, and calls these
 * marshallers (its extension point for a content type) for the parts of {@link WorkbookPackage}
 * and for the document properties. Each writes its part as the text it already is, and the
 * part's relationships as text too. OPC's own marshallers build every relationships part and the
 * properties part as a DOM and save it through a new XML transformer, a twentieth of the CPU of
 * a bulk run for a dozen small parts per workbook; the content types and the package's own
 * relationships are still OPC's.
 */
final class TextParts {
    private static final String XML_DECLARATION = WorkbookPackage.XML_DECLARATION;
    private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

    private TextParts() {
    }

    /** Makes {@code pkg} write parts of these content types, and its document properties, with the marshallers here. */
    static void register(OPCPackage pkg, Iterable<String> contentTypes, DocumentProperties properties) {
        PartMarshaller part = TextParts::part;
        for (String type : contentTypes) {
            pkg.addMarshaller(type, part);
        }
        String core = properties.corePart();
        pkg.addMarshaller(ContentTypes.CORE_PROPERTIES_PART, (p, out) -> entry(p, out, core.getBytes(StandardCharsets.UTF_8)));
    }

    /** A part whose bytes are its XML, then its relationships, if it has any. */
    private static boolean part(PackagePart part, OutputStream out) throws OpenXML4JException {
        try (InputStream in = part.getInputStream()) {
            entry(part, out, in.readAllBytes());
        } catch (IOException e) {
            throw new OpenXML4JException("cannot write part " + part.getPartName() + ": " + e.getMessage());
        }
        if (part.hasRelationships()) {
            String name = PackagingURIHelper.getRelationshipPartName(part.getPartName()).getName();
            write(out, name, relationships(part).getBytes(StandardCharsets.UTF_8));
        }
        return true;
    }

    private static boolean entry(PackagePart part, OutputStream out, byte[] bytes) throws OpenXML4JException {
        write(out, part.getPartName().getName(), bytes);
        return true;
    }

    private static void write(OutputStream out, String partName, byte[] bytes) throws OpenXML4JException {
        if (!(out instanceof ZipArchiveOutputStream zip)) {
            throw new OpenXML4JException("a workbook part is written into a zip, not into " + out.getClass().getName());
        }
        try {
            zip.putArchiveEntry(new ZipArchiveEntry(partName.substring(1))); // part names start with "/", zip names do not
            zip.write(bytes);
            zip.closeArchiveEntry();
        } catch (IOException e) {
            throw new OpenXML4JException("cannot write " + partName + " into the workbook: " + e.getMessage());
        }
    }

    /**
     * The relationships part of a part: each target relative to the part (as OPC writes it), an
     * external one (a link) as given and marked so.
     */
    static String relationships(PackagePart part) throws OpenXML4JException {
        URI source = part.getPartName().getURI();
        StringBuilder x = new StringBuilder(512).append(XML_DECLARATION).append("<Relationships xmlns=\"")
                .append(RELATIONSHIPS_NS).append("\">");
        for (PackageRelationship r : part.getRelationships()) {
            boolean external = r.getTargetMode() == TargetMode.EXTERNAL;
            URI target = external ? r.getTargetURI() : PackagingURIHelper.relativizeURI(source, r.getTargetURI(), true);
            x.append("<Relationship");
            XmlText.attribute(x, "Id", r.getId());
            XmlText.attribute(x, "Type", r.getRelationshipType());
            XmlText.attribute(x, "Target", target.toString());
            if (external) {
                x.append(" TargetMode=\"External\"");
            }
            x.append("/>");
        }
        return x.append("</Relationships>").toString();
    }
}
