package briefs.annex;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.PackageProperties;

/**
 * What a workbook says about itself (File, Properties). The created date is the first day of
 * the data month, not the clock: a workbook describes that month, and writing it again from
 * the same data gives the same properties.
 */
record DocumentProperties(String title, String subject, String author, String keywords, YearMonth dataMonth) {

    void applyTo(PackageProperties core) {
        core.setTitleProperty(title);
        core.setSubjectProperty(subject);
        core.setCreatorProperty(author);
        core.setKeywordsProperty(keywords);
        core.setCreatedProperty(Optional.of(Date.from(dataMonth.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant())));
    }
}
