package briefs.annex;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontFamily;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of a generated workbook, made once per workbook: a workbook holds at most
 * 64,000 styles and each one made per cell would bloat the file and slow the write.
 *
 * @param flag       a short word such as "yes" or "no", centred under its header
 * @param quotedText text that starts with a character a spreadsheet could read as the start of a
 *                   formula; the quote prefix keeps it text even when a user edits the cell and
 *                   presses Enter
 */
record WorkbookStyles(CellStyle title, CellStyle sentence, CellStyle header, CellStyle numberHeader, CellStyle text,
                      CellStyle quotedText, CellStyle wrappedText, CellStyle quotedWrappedText,
                      CellStyle flag, CellStyle link, CellStyle integer, CellStyle signedInteger, CellStyle year,
                      CellStyle share, CellStyle signedShare, CellStyle month, CellStyle date,
                      CellStyle totalText, CellStyle totalInteger, CellStyle totalShare) {

    static final String INTEGER_FORMAT = "#,##0";
    static final String SIGNED_INTEGER_FORMAT = "+#,##0;-#,##0;0";
    static final String SHARE_FORMAT = "0.0%";
    static final String SIGNED_SHARE_FORMAT = "+0.0%;-0.0%;0.0%";
    static final String MONTH_FORMAT = "mmm yyyy";
    static final String DATE_FORMAT = "yyyy-mm-dd";

    private static final byte[] HEADER_FILL = {(byte) 0x1F, (byte) 0x3A, (byte) 0x5F};
    private static final byte[] HEADER_TEXT = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
    private static final byte[] LINK_TEXT = {(byte) 0x05, (byte) 0x63, (byte) 0xC1};
    private static final byte[] SENTENCE_TEXT = {(byte) 0x40, (byte) 0x40, (byte) 0x40};

    static WorkbookStyles of(XSSFWorkbook wb) {
        short formatInteger = wb.createDataFormat().getFormat(INTEGER_FORMAT);
        short formatSigned = wb.createDataFormat().getFormat(SIGNED_INTEGER_FORMAT);
        short formatShare = wb.createDataFormat().getFormat(SHARE_FORMAT);
        short formatSignedShare = wb.createDataFormat().getFormat(SIGNED_SHARE_FORMAT);
        short formatMonth = wb.createDataFormat().getFormat(MONTH_FORMAT);
        short formatDate = wb.createDataFormat().getFormat(DATE_FORMAT);
        short formatYear = wb.createDataFormat().getFormat("0");

        XSSFFont bold = font(wb);
        bold.setBold(true);
        XSSFFont titleFont = font(wb);
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 13);
        XSSFFont headerFont = font(wb);
        headerFont.setBold(true);
        headerFont.setColor(new XSSFColor(HEADER_TEXT));
        XSSFFont linkFont = font(wb);
        linkFont.setUnderline(XSSFFont.U_SINGLE);
        linkFont.setColor(new XSSFColor(LINK_TEXT));
        XSSFFont sentenceFont = font(wb);
        sentenceFont.setItalic(true);
        sentenceFont.setColor(new XSSFColor(SENTENCE_TEXT));

        XSSFCellStyle title = wb.createCellStyle();
        title.setFont(titleFont);
        XSSFCellStyle sentence = wb.createCellStyle();
        sentence.setFont(sentenceFont);

        XSSFCellStyle header = wb.createCellStyle();
        header.setFont(headerFont);
        header.setFillForegroundColor(new XSSFColor(HEADER_FILL));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setAlignment(HorizontalAlignment.LEFT);
        header.setIndention((short) 1);
        header.setWrapText(true);
        // A white rule between header cells keeps a right-aligned header off its left-aligned neighbour.
        header.setBorderRight(BorderStyle.THIN);
        header.setRightBorderColor(new XSSFColor(HEADER_TEXT));

        // Headers of number columns sit right, above the numbers' last digits.
        XSSFCellStyle numberHeader = wb.createCellStyle();
        numberHeader.cloneStyleFrom(header);
        numberHeader.setAlignment(HorizontalAlignment.RIGHT);
        numberHeader.setIndention((short) 0);

        // Indented by one so that text never touches a right-aligned number in the column before.
        XSSFCellStyle text = wb.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        text.setAlignment(HorizontalAlignment.LEFT);
        text.setIndention((short) 1);
        XSSFCellStyle quoted = quoted(wb, text);
        XSSFCellStyle wrapped = wb.createCellStyle();
        wrapped.cloneStyleFrom(text);
        wrapped.setWrapText(true);
        XSSFCellStyle quotedWrapped = quoted(wb, wrapped);

        XSSFCellStyle flag = wb.createCellStyle();
        flag.cloneStyleFrom(text);
        flag.setAlignment(HorizontalAlignment.CENTER);
        flag.setIndention((short) 0);

        XSSFCellStyle link = wb.createCellStyle();
        link.cloneStyleFrom(text);
        link.setFont(linkFont);

        XSSFCellStyle totalText = wb.createCellStyle();
        totalText.setFont(bold);
        totalText.setBorderTop(BorderStyle.THIN);
        totalText.setAlignment(HorizontalAlignment.LEFT);
        totalText.setIndention((short) 1);

        return new WorkbookStyles(title, sentence, header, numberHeader, text, quoted, wrapped, quotedWrapped,
                flag, link,
                number(wb, formatInteger), number(wb, formatSigned), number(wb, formatYear),
                number(wb, formatShare), number(wb, formatSignedShare), number(wb, formatMonth),
                number(wb, formatDate), totalText, total(wb, totalText, formatInteger),
                total(wb, totalText, formatShare));
    }

    /**
     * A font like the workbook's default (Calibri, sans-serif family): without the family a
     * reader lacking Calibri may substitute a different face than for the default font.
     */
    private static XSSFFont font(XSSFWorkbook wb) {
        XSSFFont font = wb.createFont();
        font.setFamily(FontFamily.SWISS);
        font.setScheme(FontScheme.MINOR);
        return font;
    }

    private static XSSFCellStyle quoted(XSSFWorkbook wb, XSSFCellStyle base) {
        XSSFCellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(base);
        s.setQuotePrefixed(true);
        return s;
    }

    private static XSSFCellStyle number(XSSFWorkbook wb, short format) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setDataFormat(format);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setAlignment(HorizontalAlignment.RIGHT);
        return s;
    }

    private static XSSFCellStyle total(XSSFWorkbook wb, XSSFCellStyle totalText, short format) {
        XSSFCellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(totalText);
        s.setDataFormat(format);
        s.setAlignment(HorizontalAlignment.RIGHT);
        s.setIndention((short) 0);
        return s;
    }
}
