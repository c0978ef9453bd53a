package briefs.annex;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * A sheet's part ({@code xl/worksheets/sheetN.xml}) as text, from its {@link SheetContent}, in
 * the element order the schema requires: fit-to-page, used range, view (with the frozen header),
 * column widths, rows, autofilter, hyperlinks, margins, landscape page setup, drawing. Text cells
 * are inline strings, so the workbook needs no shared-strings part; a formula is never written.
 */
final class SheetXml {
    /** The letters of the first columns, named once: every cell of every sheet names its column. */
    private static final String[] COLUMNS = new String[52];

    static {
        for (int c = 0; c < COLUMNS.length; c++) {
            COLUMNS[c] = CellReference.convertNumToColString(c);
        }
    }

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private SheetXml() {
    }

    /**
     * The part's text. Hyperlink {@code i} is the sheet's relationship {@code rId<i+1>}; the
     * drawing, when the sheet has charts, the one after them.
     */
    static String of(SheetContent sheet, boolean selected) {
        StringBuilder x = new StringBuilder(4096 + sheet.rows().size() * 160).append(WorkbookPackage.XML_DECLARATION)
                .append("<worksheet xmlns=\"").append(MAIN_NS).append("\" xmlns:r=\"").append(RELATIONSHIPS_NS).append("\">")
                .append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
        x.append("<dimension ref=\"").append(usedRange(sheet)).append("\"/>");
        view(x, sheet, selected);
        x.append("<sheetFormatPr defaultRowHeight=\"15\"/>");
        columns(x, sheet.widths());
        rows(x, sheet.rows());
        if (sheet.autoFilter() != null) {
            x.append("<autoFilter ref=\"").append(sheet.autoFilter().formatAsString()).append("\"/>");
        }
        List<SheetContent.Link> links = sheet.links();
        if (!links.isEmpty()) {
            x.append("<hyperlinks>");
            for (int i = 0; i < links.size(); i++) {
                SheetContent.Link link = links.get(i);
                x.append("<hyperlink ref=\"");
                reference(x, link.row(), link.column()).append("\" r:id=\"rId").append(i + 1).append("\"/>");
            }
            x.append("</hyperlinks>");
        }
        x.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
                .append("<pageSetup orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>");
        if (!sheet.charts().isEmpty()) {
            x.append("<drawing r:id=\"rId").append(links.size() + 1).append("\"/>");
        }
        return x.append("</worksheet>").toString();
    }

    private static String usedRange(SheetContent sheet) {
        int lastColumn = 0;
        for (SheetContent.Row row : sheet.rows()) {
            if (!row.cells.isEmpty()) {
                lastColumn = Math.max(lastColumn, row.cells.getLast().column());
            }
        }
        int lastRow = Math.max(0, sheet.rows().size() - 1);
        return new CellRangeAddress(0, lastRow, 0, lastColumn).formatAsString();
    }

    private static void view(StringBuilder x, SheetContent sheet, boolean selected) {
        x.append("<sheetViews><sheetView workbookViewId=\"0\"").append(selected ? " tabSelected=\"1\"" : "");
        int frozen = sheet.frozenRows();
        if (frozen == 0) {
            x.append("/></sheetViews>");
            return;
        }
        x.append("><pane ySplit=\"").append(frozen).append("\" topLeftCell=\"");
        reference(x, frozen, 0).append("\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                .append("<selection pane=\"bottomLeft\"/></sheetView></sheetViews>");
    }

    private static void columns(StringBuilder x, List<Integer> widths) {
        if (widths.isEmpty()) {
            return;
        }
        x.append("<cols>");
        for (int c = 0; c < widths.size(); c++) {
            x.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                    .append(widths.get(c)).append("\" customWidth=\"1\"/>");
        }
        x.append("</cols>");
    }

    private static void rows(StringBuilder x, List<SheetContent.Row> rows) {
        x.append("<sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            SheetContent.Row row = rows.get(r);
            x.append("<row r=\"").append(r + 1).append('"');
            if (row.height > 0) {
                x.append(" ht=\"").append(row.height).append("\" customHeight=\"1\"");
            }
            if (row.cells.isEmpty()) {
                x.append("/>");
                continue;
            }
            x.append('>');
            for (SheetContent.Cell cell : row.cells) {
                cell(x, r, cell);
            }
            x.append("</row>");
        }
        x.append("</sheetData>");
    }

    private static void cell(StringBuilder x, int row, SheetContent.Cell cell) {
        x.append("<c r=\"");
        reference(x, row, cell.column()).append("\" s=\"").append(cell.style().index()).append('"');
        switch (cell.kind()) {
            case TEXT -> {
                x.append(" t=\"inlineStr\"><is><t");
                if (XmlText.needsSpacePreserved(cell.text())) {
                    x.append(" xml:space=\"preserve\"");
                }
                XmlText.append(x.append('>'), cell.text()).append("</t></is></c>");
            }
            case NUMBER -> XmlText.number(x.append("><v>"), cell.number()).append("</v></c>");
            case BLANK -> x.append("/>");
        }
    }

    /** "B7" for row 6, column 1 (both from 0). */
    static StringBuilder reference(StringBuilder x, int row, int column) {
        String letters = column < COLUMNS.length ? COLUMNS[column] : CellReference.convertNumToColString(column);
        return x.append(letters).append(row + 1);
    }
}
