package briefs.annex;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.formula.SheetNameFormatter;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * A workbook written as its OOXML parts: the workbook part (sheets, the active tab, the defined
 * names of filters and printed titles), the styles ({@link CellStyle}), one part per sheet
 * ({@link SheetXml}), a drawing per sheet with charts ({@link DrawingXml}) and a part per chart
 * ({@link ChartXml}), the document properties, and the relationships between them, packaged by
 * {@link PackageZip}. Every part is text made from the sheets' contents; no part is built as an
 * object tree first, which is what made the XSSF workbook slow to fill and to save. Sheet names
 * are checked as POI checks them, and references to sheets are quoted as POI quotes them.
 */
final class WorkbookPackage {
    static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String SML = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    private static final String DML = "application/vnd.openxmlformats-officedocument.drawing";
    private static final String APP_PART = XML_DECLARATION
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>Apache POI</Application></Properties>";

    private final List<SheetContent> sheets = new ArrayList<>();

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
        List<PackageZip.Part> parts = new ArrayList<>(4 + sheets.size() * 2);
        parts.add(new PackageZip.Part("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml",
                APP_PART));
        parts.add(new PackageZip.Part("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml",
                properties.part()));
        PackageZip.Part workbook = new PackageZip.Part("xl/workbook.xml", SML + "sheet.main+xml", workbookPart());
        parts.add(workbook);
        parts.add(new PackageZip.Part("xl/styles.xml", SML + "styles+xml", CellStyle.stylesPart()));
        workbook.relate("rId" + (sheets.size() + 1), "styles", "styles.xml");
        int drawings = 0;
        int charts = 0;
        for (int i = 0; i < sheets.size(); i++) {
            SheetContent content = sheets.get(i);
            String sheetName = "sheet" + (i + 1) + ".xml";
            PackageZip.Part sheet = new PackageZip.Part("xl/worksheets/" + sheetName, SML + "worksheet+xml",
                    SheetXml.of(content, i == 0));
            parts.add(sheet);
            workbook.relate("rId" + (i + 1), "worksheet", "worksheets/" + sheetName);
            List<SheetContent.Link> links = content.links();
            for (int l = 0; l < links.size(); l++) {
                sheet.relationships().add(new PackageZip.Relationship("rId" + (l + 1), "hyperlink", links.get(l).address(), true));
            }
            if (content.charts().isEmpty()) {
                continue;
            }
            String drawingName = "drawing" + ++drawings + ".xml";
            PackageZip.Part drawing = new PackageZip.Part("xl/drawings/" + drawingName, DML + "+xml",
                    DrawingXml.of(content.charts()));
            parts.add(drawing);
            sheet.relate("rId" + (links.size() + 1), "drawing", "../drawings/" + drawingName);
            for (int c = 0; c < content.charts().size(); c++) {
                String chartName = "chart" + ++charts + ".xml";
                parts.add(new PackageZip.Part("xl/charts/" + chartName, DML + "ml.chart+xml", ChartXml.of(content.charts().get(c))));
                drawing.relate("rId" + (c + 1), "chart", "../charts/" + chartName);
            }
        }
        PackageZip.write(out, List.of(
                new PackageZip.Relationship("rId1", "officeDocument", "xl/workbook.xml", false),
                new PackageZip.Relationship("rId2", "extended-properties", "docProps/app.xml", false),
                new PackageZip.Relationship("rId3", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                        + "core-properties", "docProps/core.xml", false)), parts);
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
