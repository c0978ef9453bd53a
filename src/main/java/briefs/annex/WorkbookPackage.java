package briefs.annex;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.formula.SheetNameFormatter;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * A workbook written as its OOXML parts, held in an Apache POI OPC package: the workbook part
 * (sheets, the active tab, the defined names of filters and printed titles), the styles
 * ({@link CellStyle}), one part per sheet ({@link SheetXml}), a drawing per sheet with charts
 * ({@link DrawingXml}) and a part per chart ({@link ChartXml}), the document properties, and the
 * relationships between them. Every part is text made from the sheets' contents; no part is
 * built as an object tree first, which is what made the XSSF workbook slow to fill and to save.
 *
 * <p>The zip is written with 32-bit sizes (Java's {@code ZipInputStream} and other stream readers
 * cannot read Zip64 entries) at the fastest deflate level (the default level took four times as
 * long for files a tenth smaller), by {@link TextParts}, the content types first, as Office does.
 */
final class WorkbookPackage {
    static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String SML = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    private static final String DML = "application/vnd.openxmlformats-officedocument.drawing";
    private static final String RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String WORKBOOK = SML + "sheet.main+xml";
    private static final String APP = "application/vnd.openxmlformats-officedocument.extended-properties+xml";
    private static final String WORKSHEET = SML + "worksheet+xml";
    private static final String DRAWING = DML + "+xml";
    private static final String CHART = DML + "ml.chart+xml";
    private static final String STYLES = SML + "styles+xml";
    private static final String APP_PART = XML_DECLARATION
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>Apache POI</Application></Properties>";

    /**
     * The part names used so far, each checked against the OPC rules once: POI runs a dozen
     * regular expressions over a name each time it makes one. Names are values, and a workbook
     * has a few dozen at most ({@code sheet1.xml}, {@code chart3.xml}), the same in every annex.
     */
    private static final ConcurrentMap<String, PackagePartName> PART_NAMES = new ConcurrentHashMap<>();

    private final List<SheetContent> sheets = new ArrayList<>();
    /** The language of the workbook's text, as a BCP 47 tag ("en", "fr"): its chart titles carry it. */
    private final String language;

    /** The number format of its months' cells ({@link CellStyle#MONTH_FORMAT} or the language's). */
    private final String monthFormat;

    /** A workbook in English. */
    WorkbookPackage() {
        this("en", CellStyle.MONTH_FORMAT);
    }

    /** A workbook whose text is in {@code language}, a BCP 47 tag, with its months in {@code monthFormat}. */
    WorkbookPackage(String language, String monthFormat) {
        this.language = language;
        this.monthFormat = monthFormat;
    }

    /**
     * A new sheet after the others.
     *
     * @throws IllegalArgumentException when the name is not one Excel accepts or is already taken
     */
    SheetContent sheet(String name) {
        WorkbookUtil.validateSheetName(name);
        for (SheetContent s : sheets) {
            if (s.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("two sheets named " + name);
            }
        }
        SheetContent sheet = new SheetContent(name);
        sheets.add(sheet);
        return sheet;
    }

    /** Writes the workbook, its first sheet active, to a stream, which is left open. */
    void writeTo(OutputStream out, DocumentProperties properties) throws IOException {
        OPCPackage pkg = OPCPackage.create(OutputStream.nullOutputStream());
        try {
            parts(pkg);
            ZipArchiveOutputStream zip = new ZipArchiveOutputStream(CloseShieldOutputStream.wrap(out)); // the caller closes its stream
            zip.setLevel(Deflater.BEST_SPEED);
            zip.setUseZip64(Zip64Mode.Never);
            TextParts.save(pkg, zip, properties); // finishes the zip
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("workbook part refused by OPC: " + e.getMessage(), e);
        } catch (OpenXML4JException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            pkg.revert(); // closing would save the package, into the null stream
        }
    }

    private void parts(OPCPackage pkg) throws InvalidFormatException {
        PackagePart workbook = part(pkg, "/xl/workbook.xml", WORKBOOK, workbookPart());
        pkg.addRelationship(workbook.getPartName(), TargetMode.INTERNAL, RELATION + "officeDocument", "rId1");
        PackagePart app = part(pkg, "/docProps/app.xml", APP, APP_PART);
        pkg.addRelationship(app.getPartName(), TargetMode.INTERNAL, RELATION + "extended-properties", "rId2");
        int drawings = 0;
        int charts = 0;
        for (int i = 0; i < sheets.size(); i++) {
            SheetContent content = sheets.get(i);
            PackagePart sheet = part(pkg, "/xl/worksheets/sheet" + (i + 1) + ".xml", WORKSHEET,
                    SheetXml.of(content, i == 0));
            workbook.addRelationship(sheet.getPartName(), TargetMode.INTERNAL, RELATION + "worksheet", "rId" + (i + 1));
            List<SheetContent.Link> links = content.links();
            for (int l = 0; l < links.size(); l++) {
                sheet.addExternalRelationship(links.get(l).address(), RELATION + "hyperlink", "rId" + (l + 1));
            }
            if (content.charts().isEmpty()) {
                continue;
            }
            PackagePart drawing = part(pkg, "/xl/drawings/drawing" + ++drawings + ".xml", DRAWING,
                    DrawingXml.of(content.charts()));
            sheet.addRelationship(drawing.getPartName(), TargetMode.INTERNAL, RELATION + "drawing", "rId" + (links.size() + 1));
            for (int c = 0; c < content.charts().size(); c++) {
                PackagePart chart = part(pkg, "/xl/charts/chart" + ++charts + ".xml", CHART,
                        ChartXml.of(content.charts().get(c), language));
                drawing.addRelationship(chart.getPartName(), TargetMode.INTERNAL, RELATION + "chart", "rId" + (c + 1));
            }
        }
        PackagePart styles = part(pkg, "/xl/styles.xml", STYLES, CellStyle.stylesPart(monthFormat));
        workbook.addRelationship(styles.getPartName(), TargetMode.INTERNAL, RELATION + "styles", "rId" + (sheets.size() + 1));
    }

    private static PackagePart part(OPCPackage pkg, String name, String contentType, String xml)
            throws InvalidFormatException {
        PackagePartName partName = PART_NAMES.get(name);
        if (partName == null) {
            partName = PackagingURIHelper.createPartName(name);
            PART_NAMES.putIfAbsent(name, partName);
        }
        PackagePart part = pkg.createPart(partName, contentType);
        try (OutputStream out = part.getOutputStream()) {
            out.write(xml.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot hold part " + name + " in memory", e);
        }
        return part;
    }

    /** The workbook part: the sheets in order, the first one active, and each table's filter and printed header. */
    private String workbookPart() {
        StringBuilder x = new StringBuilder(2048).append(XML_DECLARATION).append("<workbook xmlns=\"")
                .append(SheetXml.MAIN_NS).append("\" xmlns:r=\"").append(SheetXml.RELATIONSHIPS_NS).append("\">")
                .append("<workbookPr/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            XmlText.attribute(x.append("<sheet"), "name", sheets.get(i).name())
                    .append(" sheetId=\"").append(i + 1).append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        x.append("</sheets>");
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < sheets.size(); i++) {
            SheetContent sheet = sheets.get(i);
            if (sheet.autoFilter() != null) {
                names.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(i).append("\" hidden=\"1\">");
                XmlText.append(names, sheet.autoFilter().formatAsString(sheet.name(), true)).append("</definedName>");
            }
            if (sheet.repeatedRow() >= 0) {
                int row = sheet.repeatedRow() + 1;
                names.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(i).append("\">");
                XmlText.append(names, SheetNameFormatter.format(sheet.name()) + "!$" + row + ":$" + row).append("</definedName>");
            }
        }
        if (!names.isEmpty()) {
            x.append("<definedNames>").append(names).append("</definedNames>");
        }
        return x.append("</workbook>").toString();
    }
}
