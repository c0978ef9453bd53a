package briefs.annex;

import java.util.List;

/**
 * A sheet's drawing part ({@code xl/drawings/drawingN.xml}) as text: one frame per chart,
 * anchored to the cells at its corners, described by the chart's alternative text (what Excel
 * shows and reads out as Alt Text). Chart {@code i} is the drawing's relationship {@code rId<i+1>}.
 */
final class DrawingXml {
    private DrawingXml() {
    }

    static String of(List<ChartPart> charts) {
        StringBuilder x = new StringBuilder(1024).append(WorkbookPackage.XML_DECLARATION)
                .append("<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\"")
                .append(" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"")
                .append(" xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"")
                .append(" xmlns:r=\"").append(SheetXml.RELATIONSHIPS_NS).append("\">");
        for (int i = 0; i < charts.size(); i++) {
            ChartPart chart = charts.get(i);
            SheetChart.Place p = chart.place();
            x.append("<xdr:twoCellAnchor editAs=\"twoCell\">");
            corner(x, "from", p.firstColumn(), p.firstRow());
            corner(x, "to", p.lastColumn(), p.lastRow());
            x.append("<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr><xdr:cNvPr id=\"").append(i + 2).append('"');
            XmlText.attribute(x, "name", "Chart " + (i + 1));
            XmlText.attribute(x, "descr", chart.altText());
            x.append("/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>")
                    .append("<xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm>")
                    .append("<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">")
                    .append("<c:chart r:id=\"rId").append(i + 1).append("\"/></a:graphicData></a:graphic></xdr:graphicFrame>")
                    .append("<xdr:clientData/></xdr:twoCellAnchor>");
        }
        return x.append("</xdr:wsDr>").toString();
    }

    private static void corner(StringBuilder x, String which, int column, int row) {
        x.append("<xdr:").append(which).append("><xdr:col>").append(column).append("</xdr:col><xdr:colOff>0</xdr:colOff>")
                .append("<xdr:row>").append(row).append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:").append(which).append('>');
    }
}
