package briefs.annex;

import java.time.YearMonth;

/**
 * What a workbook says about itself (File, Properties). The created date is the first day of
 * the data month, not the clock: a workbook describes that month, and writing it again from
 * the same data gives the same properties.
 */
record DocumentProperties(String title, String subject, String author, String keywords, YearMonth dataMonth) {

    /** The core properties part ({@code docProps/core.xml}), Dublin Core terms as Office writes them. */
    String corePart() {
        StringBuilder x = new StringBuilder(1024).append(WorkbookPackage.XML_DECLARATION)
                .append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
                .append(" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
                .append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(dataMonth.atDay(1)).append("T00:00:00Z</dcterms:created>");
        element(x, "dc:creator", author);
        element(x, "cp:keywords", keywords);
        element(x, "dc:subject", subject);
        element(x, "dc:title", title);
        return x.append("</cp:coreProperties>").toString();
    }

    private static void element(StringBuilder x, String name, String text) {
        if (text != null) {
            XmlText.append(x.append('<').append(name).append('>'), text).append("</").append(name).append('>');
        }
    }
}
