package briefs.annex;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.ContentTypes;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.internal.ContentTypeManager;

/**
 * How the workbook's parts go into the zip: the parts, their names, content types and
 * relationships are POI's OPC package; this class saves it, each part as the text it already
 * is. OPC's own save builds the content types, and every relationships part, as a DOM and
 * writes each through a new XML transformer: a twentieth of the CPU of a bulk run when it wrote
 * the parts' relationships, and still 2% of a cold {@code briefs all} with only the content types
 * and the package's relationships (180 classes loaded and 200 methods compiled for them alone).
 * The zip holds what OPC's save wrote, in its order: the content types first (as Office does),
 * then the package's relationships, then each part by name, its relationships after it.
 */
final class TextParts {
    private static final String XML_DECLARATION = WorkbookPackage.XML_DECLARATION;
    private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final PackagePartName CORE_PART;

    static {
        try {
            CORE_PART = PackagingURIHelper.createPartName("/docProps/core.xml");
        } catch (InvalidFormatException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private TextParts() {
    }

    /**
     * Writes {@code pkg} into {@code zip}, with {@code properties} as its core properties part,
     * and finishes the zip. The package holds every other part; the core properties part and its
     * relationship are added here, as OPC's save adds them.
     */
    static void save(OPCPackage pkg, ZipArchiveOutputStream zip, DocumentProperties properties)
            throws OpenXML4JException {
        byte[] core = properties.corePart().getBytes(StandardCharsets.UTF_8);
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(CORE_PART, ContentTypes.CORE_PROPERTIES_PART, null));
        for (PackagePart part : pkg.getParts()) {
            if (!part.isRelationshipPart() && !part.getPartName().equals(CORE_PART)) {
                entries.add(new Entry(part.getPartName(), part.getContentType(), part));
            }
        }
        entries.sort(Comparator.comparing(Entry::name)); // OPC's order: by part name

        StringBuilder types = new StringBuilder(2048).append(XML_DECLARATION).append("<Types xmlns=\"")
                .append(TYPES_NS).append("\"><Default Extension=\"rels\" ContentType=\"")
                .append(ContentTypes.RELATIONSHIPS_PART).append("\"/><Default Extension=\"xml\" ContentType=\"")
                .append(ContentTypes.PLAIN_OLD_XML).append("\"/>");
        for (Entry e : entries) {
            types.append("<Override");
            XmlText.attribute(types, "PartName", e.name().getName());
            XmlText.attribute(types, "ContentType", e.contentType());
            types.append("/>");
        }
        write(zip, "/" + ContentTypeManager.CONTENT_TYPES_PART_NAME, types.append("</Types>").toString().getBytes(StandardCharsets.UTF_8));

        StringBuilder rels = relationshipsStart();
        for (PackageRelationship r : pkg.getRelationships()) {
            String target = r.getTargetURI().toString(); // a part's name, from the package's root
            relationship(rels, r.getId(), r.getRelationshipType(), target.startsWith("/") ? target.substring(1) : target, false);
        }
        int id = pkg.getRelationships().size() + 1;
        while (pkg.getRelationship("rId" + id) != null) {
            id++;
        }
        relationship(rels, "rId" + id, PackageRelationshipTypes.CORE_PROPERTIES, CORE_PART.getName().substring(1), false);
        write(zip, PackagingURIHelper.PACKAGE_RELATIONSHIPS_ROOT_PART_NAME.getName(),
                rels.append("</Relationships>").toString().getBytes(StandardCharsets.UTF_8));

        for (Entry e : entries) {
            if (e.part() == null) {
                write(zip, e.name().getName(), core);
            } else {
                part(e.part(), zip);
            }
        }
        try {
            zip.finish();
        } catch (IOException e) {
            throw new OpenXML4JException("cannot finish the workbook: " + e.getMessage());
        }
    }

    /** A part of the zip: its name, its content type, and the package's part (none for the core properties, written here). */
    private record Entry(PackagePartName name, String contentType, PackagePart part) {
    }

    /** A part whose bytes are its XML, then its relationships, if it has any. */
    private static void part(PackagePart part, ZipArchiveOutputStream zip) throws OpenXML4JException {
        try (InputStream in = part.getInputStream()) {
            write(zip, part.getPartName().getName(), in.readAllBytes());
        } catch (IOException e) {
            throw new OpenXML4JException("cannot write part " + part.getPartName() + ": " + e.getMessage());
        }
        if (part.hasRelationships()) {
            String name = PackagingURIHelper.getRelationshipPartName(part.getPartName()).getName();
            write(zip, name, relationships(part).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void write(ZipArchiveOutputStream zip, String partName, byte[] bytes) throws OpenXML4JException {
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
        StringBuilder x = relationshipsStart();
        for (PackageRelationship r : part.getRelationships()) {
            boolean external = r.getTargetMode() == TargetMode.EXTERNAL;
            URI target = external ? r.getTargetURI() : PackagingURIHelper.relativizeURI(source, r.getTargetURI(), true);
            relationship(x, r.getId(), r.getRelationshipType(), target.toString(), external);
        }
        return x.append("</Relationships>").toString();
    }

    private static StringBuilder relationshipsStart() {
        return new StringBuilder(512).append(XML_DECLARATION).append("<Relationships xmlns=\"")
                .append(RELATIONSHIPS_NS).append("\">");
    }

    private static void relationship(StringBuilder x, String id, String type, String target, boolean external) {
        x.append("<Relationship");
        XmlText.attribute(x, "Id", id);
        XmlText.attribute(x, "Type", type);
        XmlText.attribute(x, "Target", target);
        if (external) {
            x.append(" TargetMode=\"External\"");
        }
        x.append("/>");
    }
}
