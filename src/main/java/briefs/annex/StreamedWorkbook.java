package briefs.annex;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook whose cells are written as XML text from light row objects (POI's SXSSF), instead
 * of being built as XMLBeans objects and then saved (XSSF): filling and saving those objects was
 * about four tenths of the CPU time of {@code briefs all}. Styles, drawings, charts and document
 * properties live in the XSSF workbook behind it ({@link #getXSSFWorkbook()}); charts must be
 * made there, since SXSSF's own drawing cannot make them.
 *
 * <p>Every row is kept until the workbook is written (no row window): a table reads back its
 * header row and a chart its cells, and an annex has a few hundred rows at most. The sheets' XML
 * is held in memory rather than in temporary files, so there are no files to delete afterwards
 * and a killed run leaves none in the temporary folder.
 */
final class StreamedWorkbook extends SXSSFWorkbook {
    /** SXSSF's value for "never flush rows before the workbook is written". */
    private static final int KEEP_ALL_ROWS = -1;

    StreamedWorkbook() {
        super(new XSSFWorkbook(), KEEP_ALL_ROWS, false, false);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetXmlInMemory(new ByteArrayOutputStream(16 * 1024));
    }

    /**
     * The workbook's zip, written as XSSF writes it (commons-compress, 32-bit sizes) rather than
     * with SXSSF's own Zip64 writer, whose entries Java's {@code ZipInputStream} and other readers
     * of zip streams cannot read; and at the fastest deflate level, since the default level took
     * four times as long for files a tenth smaller.
     */
    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        zip.setUseZip64(Zip64Mode.Never);
        return zip;
    }

    /**
     * Writes the workbook to a stream, which is left open. As SXSSF's own
     * {@code writeAvoidingTempFiles}: the XSSF package (everything but the rows) is saved as an
     * intermediate zip in memory, then copied entry by entry into the output with the rows
     * injected into each sheet. The intermediate zip is not compressed: it is read back at once.
     */
    void writeTo(OutputStream out) throws IOException {
        flushSheets();
        ByteArrayOutputStream intermediate = new ByteArrayOutputStream(64 * 1024);
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(intermediate);
        zip.setLevel(Deflater.NO_COMPRESSION);
        zip.setUseZip64(Zip64Mode.Never);
        getXSSFWorkbook().write(zip); // the package finishes the zip it is given
        try (ZipEntrySource entries = new PackageOrder(new ZipInputStreamZipEntrySource(new ZipArchiveThresholdInputStream(
                new ZipArchiveInputStream(new ByteArrayInputStream(intermediate.toByteArray())))))) {
            injectData(entries, out);
        }
    }

    /**
     * The intermediate zip's entries with the content types first, then the package's
     * relationships, as Office and XSSF write them (tools that sniff a file's type read the first
     * entry), then by name. Without it the entries come in the order of a hash map.
     */
    private record PackageOrder(ZipEntrySource entries) implements ZipEntrySource {
        private static final Comparator<ZipArchiveEntry> ORDER = Comparator
                .comparing((ZipArchiveEntry e) -> !e.getName().equals("[Content_Types].xml"))
                .thenComparing(e -> !e.getName().equals("_rels/.rels"))
                .thenComparing(ZipArchiveEntry::getName);

        @Override
        public Enumeration<? extends ZipArchiveEntry> getEntries() {
            List<ZipArchiveEntry> all = new ArrayList<>(Collections.list(entries.getEntries()));
            all.sort(ORDER);
            return Collections.enumeration(all);
        }

        @Override
        public ZipArchiveEntry getEntry(String path) {
            return entries.getEntry(path);
        }

        @Override
        public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
            return entries.getInputStream(entry);
        }

        @Override
        public void close() throws IOException {
            entries.close();
        }

        @Override
        public boolean isClosed() {
            return entries.isClosed();
        }
    }

    /** Releases the workbook without saving it again; see {@link PoiAnnex#discard}. */
    void discard() {
        PoiAnnex.discard(getXSSFWorkbook());
    }

    /** A sheet's rows as XML in a byte array; POI closes the writer before reading them back. */
    private static final class SheetXmlInMemory extends SheetDataWriter {
        private final ByteArrayOutputStream xml;

        SheetXmlInMemory(ByteArrayOutputStream xml) throws IOException {
            super(new BufferedWriter(new OutputStreamWriter(xml, StandardCharsets.UTF_8)));
            this.xml = xml;
        }

        @Override
        public InputStream getWorksheetXMLInputStream() {
            return new ByteArrayInputStream(xml.toByteArray());
        }
    }
}
