package briefs.annex;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * An Open Packaging Conventions zip: the content types first (tools that sniff a file's type read
 * the first entry, and Office writes them there), then each part followed by its relationships
 * part, all made from text. Written with the zip writer POI itself uses (commons-compress):
 * POI's OPC package built every relationship and content-types part as a DOM document and saved
 * it through a {@code TransformerFactory} looked up anew each time, 40% of an annex's CPU time.
 *
 * <p>Sizes are 32-bit (Java's {@code ZipInputStream} and other stream readers cannot read Zip64
 * entries), and deflate runs at its fastest level (the default level took four times as long for
 * files a tenth smaller).
 */
final class PackageZip {
    static final String RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    /** A relationship from a part: its id, its type (after {@link #RELATIONSHIP} unless absolute), its target. */
    record Relationship(String id, String type, String target, boolean external) {
    }

    /** A part: its name in the zip (no leading slash), content type, text, and relationships. */
    record Part(String name, String contentType, String xml, List<Relationship> relationships) {
        Part(String name, String contentType, String xml) {
            this(name, contentType, xml, new ArrayList<>(2));
        }

        Part relate(String id, String type, String target) {
            relationships.add(new Relationship(id, type, target, false));
            return this;
        }
    }

    private PackageZip() {
    }

    /** Writes the package's parts, and the package's own relationships, to a stream left open. */
    static void write(OutputStream out, List<Relationship> packageRelationships, List<Part> parts) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(new Unclosed(out))) {
            zip.setLevel(Deflater.BEST_SPEED);
            zip.setUseZip64(Zip64Mode.Never);
            entry(zip, "[Content_Types].xml", contentTypes(parts));
            entry(zip, "_rels/.rels", relationships(packageRelationships));
            for (Part part : parts) {
                entry(zip, part.name(), part.xml());
                if (!part.relationships().isEmpty()) {
                    int slash = part.name().lastIndexOf('/');
                    entry(zip, part.name().substring(0, slash + 1) + "_rels/" + part.name().substring(slash + 1) + ".rels",
                            relationships(part.relationships()));
                }
            }
            zip.finish();
        }
    }

    private static void entry(ZipArchiveOutputStream zip, String name, String text) throws IOException {
        zip.putArchiveEntry(new ZipArchiveEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeArchiveEntry();
    }

    private static String contentTypes(List<Part> parts) {
        StringBuilder x = new StringBuilder(2048).append(WorkbookPackage.XML_DECLARATION)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        for (Part part : parts) {
            x.append("<Override PartName=\"/").append(part.name()).append("\" ContentType=\"").append(part.contentType())
                    .append("\"/>");
        }
        return x.append("</Types>").toString();
    }

    private static String relationships(List<Relationship> relationships) {
        StringBuilder x = new StringBuilder(512).append(WorkbookPackage.XML_DECLARATION)
                .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (Relationship r : relationships) {
            x.append("<Relationship Id=\"").append(r.id()).append("\" Type=\"")
                    .append(r.type().startsWith("http") ? r.type() : RELATIONSHIP + r.type()).append('"');
            XmlText.attribute(x, "Target", r.target());
            x.append(r.external() ? " TargetMode=\"External\"/>" : "/>");
        }
        return x.append("</Relationships>").toString();
    }

    /** The caller's stream, which closing the zip must not close. */
    private static final class Unclosed extends FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
