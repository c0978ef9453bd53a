package briefs.annex;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook as POI's XSSF reader gets it, written out as lines of text: document properties,
 * names, and per sheet its pane, filter, print setup, column widths, row heights, merged
 * regions, every cell's type, value and style (font, fill, border, alignment, number format),
 * hyperlinks and charts ({@link ChartReading}). Two workbooks that read back the same give the
 * same text, however their XML is spelled; a difference shows as a line of a diff.
 */
final class WorkbookReading {
    private WorkbookReading() {
    }

    static String of(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return of(wb);
        }
    }

    static String of(XSSFWorkbook wb) {
        StringBuilder out = new StringBuilder();
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        line(out, "title", core.getTitle());
        line(out, "subject", core.getSubject());
        line(out, "creator", core.getCreator());
        line(out, "keywords", core.getKeywords());
        line(out, "created", core.getCreated() == null ? null : core.getCreated().toInstant());
        line(out, "active sheet", wb.getActiveSheetIndex());
        line(out, "1904 dates", wb.isDate1904());
        List<XSSFName> names = wb.getAllNames().stream()
                .sorted(java.util.Comparator.comparing((XSSFName n) -> n.getSheetIndex()).thenComparing(XSSFName::getNameName))
                .toList();
        for (XSSFName n : names) {
            line(out, "name", n.getNameName() + " sheet " + n.getSheetIndex() + " = " + n.getRefersToFormula()
                    + (n.isHidden() ? " hidden" : ""));
        }
        Map<String, Integer> styles = new LinkedHashMap<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            sheet(out, wb.getSheetAt(i), styles);
        }
        out.append("\n== styles, numbered as first used\n");
        styles.forEach((style, n) -> out.append("style ").append(n).append(": ").append(style).append('\n'));
        return out.toString();
    }

    private static void sheet(StringBuilder out, XSSFSheet sheet, Map<String, Integer> styles) {
        out.append("\n== sheet ").append(sheet.getSheetName()).append('\n');
        var pane = sheet.getPaneInformation();
        line(out, "pane", pane == null ? null : (pane.isFreezePane() ? "frozen " : "split ")
                + pane.getHorizontalSplitPosition() + "," + pane.getVerticalSplitPosition()
                + " top " + pane.getHorizontalSplitTopRow() + " active " + pane.getActivePaneType());
        line(out, "autofilter", sheet.getCTWorksheet().isSetAutoFilter() ? sheet.getCTWorksheet().getAutoFilter().getRef() : null);
        line(out, "repeating rows", sheet.getRepeatingRows());
        XSSFPrintSetup print = sheet.getPrintSetup();
        line(out, "print", "landscape " + print.getLandscape() + " fit width " + print.getFitWidth()
                + " fit height " + print.getFitHeight() + " fit to page " + sheet.getFitToPage());
        line(out, "default row height", sheet.getDefaultRowHeightInPoints());
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            line(out, "merged", merged.formatAsString());
        }
        int lastColumn = 0;
        for (Row row : sheet) {
            lastColumn = Math.max(lastColumn, row.getLastCellNum());
        }
        StringBuilder widths = new StringBuilder();
        for (int c = 0; c < lastColumn; c++) {
            widths.append(c == 0 ? "" : " ").append(sheet.getColumnWidth(c));
        }
        line(out, "column widths", widths);
        for (Row row : sheet) {
            XSSFRow r = (XSSFRow) row;
            out.append("row ").append(row.getRowNum() + 1);
            if (r.getCTRow().isSetHt()) {
                out.append(" height ").append(row.getHeightInPoints());
            }
            out.append('\n');
            for (Cell cell : row) {
                cell(out, cell, styles);
            }
        }
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        if (drawing != null) {
            for (XSSFShape shape : drawing.getShapes()) {
                if (shape instanceof XSSFGraphicFrame frame) {
                    XSSFClientAnchor a = (XSSFClientAnchor) frame.getAnchor();
                    line(out, "frame", "from " + a.getCol1() + "," + a.getRow1() + " to " + a.getCol2() + "," + a.getRow2()
                            + " alt " + frame.getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr().getDescr());
                }
            }
            for (XSSFChart chart : drawing.getCharts()) {
                ChartReading.chart(out, chart);
            }
        }
    }

    private static void cell(StringBuilder out, Cell cell, Map<String, Integer> styles) {
        out.append("  ").append(cell.getAddress()).append(' ').append(cell.getCellType()).append(' ');
        switch (cell.getCellType()) {
            case STRING -> out.append('"').append(cell.getStringCellValue().replace("\n", "\\n").replace("\r", "\\r")
                    .replace("\t", "\\t")).append('"');
            case NUMERIC -> out.append(cell.getNumericCellValue());
            case BOOLEAN -> out.append(cell.getBooleanCellValue());
            case FORMULA -> out.append('=').append(cell.getCellFormula());
            default -> out.append('-');
        }
        out.append(" | style ").append(styles.computeIfAbsent(style((XSSFCellStyle) cell.getCellStyle()), k -> styles.size()));
        if (cell.getHyperlink() != null) {
            out.append(" | link ").append(cell.getHyperlink().getType()).append(' ').append(cell.getHyperlink().getAddress());
        }
        out.append('\n');
    }

    private static String style(XSSFCellStyle s) {
        XSSFFont f = s.getFont();
        return "format " + s.getDataFormatString()
                + " font " + f.getFontName() + " " + f.getFontHeightInPoints() + (f.getBold() ? " bold" : "")
                + (f.getItalic() ? " italic" : "") + (f.getUnderline() != 0 ? " underline " + f.getUnderline() : "")
                + " colour " + colour(f.getXSSFColor()) + " family " + f.getFamily() + " scheme " + f.getScheme()
                + " fill " + s.getFillPattern() + " " + colour(s.getFillForegroundColorColor())
                + " border top " + s.getBorderTop() + " right " + s.getBorderRight() + " " + colour(s.getRightBorderXSSFColor())
                + " align " + s.getAlignment() + " " + s.getVerticalAlignment() + " indent " + s.getIndention()
                + (s.getWrapText() ? " wrap" : "") + (s.getQuotePrefixed() ? " quoted" : "");
    }

    static String colour(XSSFColor c) {
        if (c == null) {
            return "none";
        }
        if (c.isIndexed()) {
            return "indexed " + c.getIndexed();
        }
        byte[] rgb = c.getRGB();
        return rgb == null ? "auto" : java.util.HexFormat.of().formatHex(rgb);
    }

    static void line(StringBuilder out, String label, Object value) {
        out.append(label).append(": ").append(value).append('\n');
    }
}
