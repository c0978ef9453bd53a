package briefs.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.SetFigures;
import briefs.derive.CountryFigures;
import briefs.load.DataDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Annexes made from the bundled data through the real pipeline (load, derive), reopened: their
 * totals are the figures the PDF brief prints for the same country and month.
 */
class PoiAnnexDataTest {
    private static SetFigures contributors;
    private static YearMonth month;

    @TempDir
    static Path out;

    @BeforeAll
    static void load() {
        contributors = SetFigures.of(DataDirectory.load(Path.of("data")));
        month = contributors.latestMonth();
    }

    /** A small and a large contributor, an accented name, a country with nobody deployed. */
    @ParameterizedTest
    @ValueSource(strings = {"NOR", "IND", "CIV", "TUR", "AFG"})
    void totalsInTheAnnexAreTheBriefsFigures(String iso3) throws IOException {
        CountryFigures f = contributors.figures(iso3, month);
        Path file = out.resolve(PoiAnnex.fileName(f));
        new PoiAnnex().write(f, contributors.dataSet(), file);
        assertTrue(Files.size(file) < 100_000, iso3 + " annex is " + Files.size(file) + " bytes");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(f.total(), valueOf(wb.getSheet("Summary"), "Uniformed personnel deployed"));
            assertEquals(f.country().name(), wb.getSheet("Summary").getRow(2).getCell(1).getStringCellValue());
            XSSFSheet deployments = wb.getSheet("Deployments");
            if (f.noPersonnel()) {
                assertFalse(deployments.getCTWorksheet().isSetAutoFilter());
                return;
            }
            CellRangeAddress filter = CellRangeAddress.valueOf(deployments.getCTWorksheet().getAutoFilter().getRef());
            double sum = 0;
            for (int r = filter.getFirstRow() + 1; r <= filter.getLastRow(); r++) {
                sum += deployments.getRow(r).getCell(6).getNumericCellValue();
            }
            assertEquals(f.total(), sum, "operation rows add up to the key figure");
            assertEquals(f.total(), deployments.getRow(filter.getLastRow() + 1).getCell(6).getNumericCellValue());
            assertEquals(f.total(), wb.getSheet("By personnel type").getRow(7).getCell(3).getNumericCellValue());
        }
    }

    private static double valueOf(XSSFSheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && label.equals(first.getStringCellValue())) {
                return row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("no row " + label);
    }
}
