package briefs.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.model.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report reader on the reports kept in the repository, and on reports that must be refused. */
class ReportReaderTest {
    private static final Path REPORTS = Path.of("data/sources/reports");

    @Test
    void theCurrentLayoutIsReadAndAddsUp() {
        UnReport r = ReportReader.read(REPORTS.resolve("2025-07.pdf"));
        assertEquals(YearMonth.of(2025, 7), r.month());
        assertEquals(CurrentReportLayout.NAME, r.layout());
        assertEquals(871, r.rows().size());
        // The grand total printed on page 30: 54,915 men, 6,212 women, 61,127 in all.
        assertEquals(61127, r.rows().stream().mapToInt(ReportRow::total).sum());
        assertEquals(6212, r.rows().stream().mapToInt(ReportRow::female).sum());
        assertTrue(r.genderAddsUp());
        // Bangladesh's name is printed once, between its two MINURSO rows (page 1).
        assertEquals(List.of("Experts on Mission", "Troops"), r.rows().stream()
                .filter(x -> x.mission().equals("MINURSO") && x.country().equals("Bangladesh")).map(ReportRow::type).toList());
        // A name that wraps onto two lines is joined.
        assertTrue(r.rows().stream().anyMatch(x -> x.country().equals("United Republic of Tanzania")));
    }

    @Test
    void namesOffTheirRowsAtPageBreaksFollowTheTypeOrder() {
        // September 2022 prints some names up to 14 pt off the middle of their rows, and does not repeat
        // every name on the next page: Ethiopia's UNISFA rows run from the foot of page 14 onto page 15.
        UnReport r = ReportReader.read(REPORTS.resolve("2022-09.pdf"));
        assertEquals(List.of("Individual Police", "Staff Officer", "Troops"), r.rows().stream()
                .filter(x -> x.mission().equals("UNISFA") && x.country().equals("Ethiopia")).map(ReportRow::type).toList());
        assertEquals(List.of("Experts on Mission"), r.rows().stream()
                .filter(x -> x.mission().equals("UNISFA") && x.country().equals("El Salvador")).map(ReportRow::type).toList());
    }

    @Test
    void theFlatTableTakesItsMonthFromTheDatePrintedOnItsLines() {
        UnReport r = ReportReader.read(REPORTS.resolve("2024-10.pdf"));
        assertEquals(YearMonth.of(2024, 10), r.month());
        assertEquals(FlatReportLayout.NAME, r.layout());
        assertTrue(r.rows().stream().anyMatch(x -> x.country().equals("United Republic of Tanzania")
                && x.mission().equals("MINUSCA") && x.type().equals("Troops") && x.total() == 510));
    }

    @Test
    void aRowAlteredSoThatItNoLongerAddsUpRefusesTheReport(@TempDir Path dir) throws IOException {
        // Madagascar's BINUH row prints 1 man, 2 women, 3 in all; make its total 4.
        Path altered = alter(REPORTS.resolve("2025-07.pdf"), dir.resolve("altered.pdf"), "Madagascar", 3, "4");
        var e = assertThrows(BadInputException.class, () -> ReportReader.read(altered));
        String message = e.getMessage();
        assertTrue(message.startsWith("altered.pdf: page 1, line 16: the rows of operation BINUH add up to 19, "
                + "but the report prints 18 as their total"), message);
        assertTrue(message.contains("page 1, line 10 prints 1 men + 2 women = 4"), message);
    }

    @Test
    void aSplitByGenderThatDoesNotAddUpKeepsTheTotalsAndDropsTheGender(@TempDir Path dir) throws IOException {
        // As in the UN's August 2020 report: every total adds up, but men and women are swapped on a row
        // (Madagascar's 1 man and 2 women printed as 2 and 1), so the operation's men and women do not.
        Path swapped = alter(REPORTS.resolve("2025-07.pdf"), dir.resolve("a.pdf"), "Madagascar", 1, "2");
        Path both = alter(swapped, dir.resolve("swapped.pdf"), "Madagascar", 2, "1");
        UnReport r = ReportReader.read(both);
        assertEquals(61127, r.rows().stream().mapToInt(ReportRow::total).sum());
        assertFalse(r.genderAddsUp());
        assertEquals("page 1, line 16: the rows of operation BINUH add up to 16 men and 2 women, but the report prints"
                + " 15 and 3", r.genderNote());
    }

    @Test
    void theReportOfTotalsByCountryIsRefusedWithTheReason() {
        var e = assertThrows(BadInputException.class,
                () -> ReportReader.read(Path.of("src/test/resources/briefs/sources/totals-by-country-2023-09.pdf")));
        assertTrue(e.getMessage().contains("totals by country and personnel type only"), e.getMessage());
    }

    @Test
    void aTruncatedPdfIsRefused(@TempDir Path dir) throws IOException {
        byte[] whole = Files.readAllBytes(REPORTS.resolve("2025-07.pdf"));
        Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(whole, whole.length / 3));
        var e = assertThrows(BadInputException.class, () -> ReportReader.read(cut));
        assertTrue(e.getMessage().startsWith("cut.pdf: "), e.getMessage());
    }

    @Test
    void somethingThatIsNotAPdfIsRefused(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("report.pdf"), "date,mission\n2025-08-31,UNMISS\n");
        var e = assertThrows(BadInputException.class, () -> ReportReader.read(csv));
        assertEquals("report.pdf: not a PDF file", e.getMessage());
    }

    @Test
    void anEncryptedPdfIsRefused(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("locked.pdf");
        try (PDDocument doc = Loader.loadPDF(REPORTS.resolve("2025-07.pdf").toFile())) {
            doc.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
            doc.save(pdf.toFile());
        }
        var e = assertThrows(BadInputException.class, () -> ReportReader.read(pdf));
        assertTrue(e.getMessage().contains("encrypted with a password"), e.getMessage());
    }

    @Test
    void aPdfWithoutTextAndAnUnrelatedPdfAreRefused(@TempDir Path dir) throws IOException {
        Path scanned = dir.resolve("scanned.pdf");
        Path letter = dir.resolve("letter.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.addRect(50, 50, 200, 200); // a picture, no text
                s.fill();
            }
            doc.save(scanned.toFile());
            try (PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(50, 700);
                s.showText("Dear colleague, please find the minutes attached.");
                s.endText();
            }
            doc.save(letter.toFile());
        }
        var noText = assertThrows(BadInputException.class, () -> ReportReader.read(scanned));
        assertTrue(noText.getMessage().contains("has no text"), noText.getMessage());
        var unrelated = assertThrows(BadInputException.class, () -> ReportReader.read(letter));
        assertTrue(unrelated.getMessage().contains("not a UN report"), unrelated.getMessage());
        assertTrue(unrelated.getMessage().contains("Dear colleague"), unrelated.getMessage());
    }

    /** Replaces a word wherever page 1 shows it (an operation's name on its rows' line and its total's). */
    static Path replaceText(Path source, Path target, String text, String replacement) throws IOException {
        try (PDDocument doc = Loader.loadPDF(source.toFile())) {
            PDPage page = doc.getPage(0);
            List<Object> tokens = new ArrayList<>(new PDFStreamParser(page).parse());
            int replaced = 0;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i) instanceof COSString s && s.getString().matches(".*\\b" + text + "\\b.*")) {
                    tokens.set(i, new COSString(s.getString().replaceAll("\\b" + text + "\\b", replacement)));
                    replaced++;
                }
            }
            assertTrue(replaced > 0, "the text to replace was not found");
            PDStream stream = new PDStream(doc);
            try (var out = stream.createOutputStream()) {
                new ContentStreamWriter(out).writeTokens(tokens);
            }
            page.setContents(stream);
            doc.save(target.toFile());
        }
        return target;
    }

    /** Replaces the n-th number printed after {@code after} on page 1 with {@code replacement}. */
    static Path alter(Path source, Path target, String after, int n, String replacement) throws IOException {
        try (PDDocument doc = Loader.loadPDF(source.toFile())) {
            PDPage page = doc.getPage(0);
            List<Object> tokens = new ArrayList<>(new PDFStreamParser(page).parse());
            int seen = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i) instanceof COSString s) {
                    if (s.getString().equals(after)) {
                        seen = 0;
                    } else if (seen >= 0 && s.getString().matches("\\d+") && ++seen == n) {
                        tokens.set(i, new COSString(replacement));
                        break;
                    }
                }
            }
            assertFalse(seen < n, "the text to alter was not found");
            PDStream stream = new PDStream(doc);
            try (var out = stream.createOutputStream()) {
                new ContentStreamWriter(out).writeTokens(tokens);
            }
            page.setContents(stream);
            doc.save(target.toFile());
        }
        return target;
    }
}
