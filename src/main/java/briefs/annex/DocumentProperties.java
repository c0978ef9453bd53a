package briefs.annex;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What a workbook says about itself (File, Properties). The created date is the first day of
 * the data month, not the clock: a workbook describes that month, and writing it again from
 * the same data gives the same properties.
 */
record DocumentProperties(String title, String subject, String author, String keywords, YearMonth dataMonth) {

    void applyTo(XSSFWorkbook wb) {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        core.setTitle(title);
        core.setSubjectProperty(subject);
        core.setCreator(author);
        core.setKeywords(keywords);
        core.setCreated(Optional.of(Date.from(dataMonth.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant())));
    }
}
