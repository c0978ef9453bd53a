package briefs.sources;

import briefs.model.BadInputException;
import briefs.model.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a report PDF as positioned cells, grouped into lines per page. A cell is a run of
 * text PDFBox keeps together (a name, a number); its x is where it starts and ends, its y the
 * baseline. Columns are told apart by x, rows by y: plain text would lose both. {@code created} is
 * the PDF's creation date (null when it has none): one report (2019-10) prints no date of its own.
 */
record ReportText(String file, List<Page> pages, java.time.LocalDate created) {

    /** A run of text on a page. */
    record Cell(String text, float x, float right, float y) {
    }

    /** Cells whose baselines lie within a tolerance of each other, left to right. */
    record Line(int page, int number, float y, List<Cell> cells) {
        String text() {
            StringBuilder b = new StringBuilder();
            cells.forEach(c -> b.append(b.isEmpty() ? "" : " ").append(c.text()));
            return b.toString();
        }

        /** "page 3, line 12": where a reader finds this line. */
        String where() {
            return "page " + page + ", line " + number;
        }
    }

    record Page(int number, List<Line> lines) {
    }

    /** Baselines of one printed row differ by at most this (a total's label sits 1.5 pt above its numbers). */
    private static final float SAME_LINE = 2.5f;

    static ReportText read(Path pdf, byte[] bytes) {
        return read(pdf, bytes, Integer.MAX_VALUE);
    }

    /** The first {@code pages} pages only: enough to tell what kind of report a file is. */
    static ReportText read(Path pdf, byte[] bytes, int firstPages) {
        String file = pdf.getFileName().toString();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw bad(file, "the PDF is encrypted and does not allow its text to be read");
            }
            List<List<Cell>> cells = cells(doc, firstPages);
            List<Page> pages = new ArrayList<>();
            for (int p = 1; p <= cells.size(); p++) {
                pages.add(new Page(p, lines(p, cells.get(p - 1))));
            }
            if (firstPages >= doc.getNumberOfPages() && pages.stream().allMatch(pg -> pg.lines().isEmpty())) {
                throw bad(file, "the PDF has no text (a scanned image?); the UN's reports carry their figures as text");
            }
            java.util.Calendar created = doc.getDocumentInformation().getCreationDate();
            return new ReportText(file, pages, created == null ? null
                    : created.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate());
        } catch (InvalidPasswordException e) {
            throw bad(file, "the PDF is encrypted with a password; save an unprotected copy and import that");
        } catch (IOException e) {
            throw bad(file, "not a readable PDF (truncated or damaged?): " + e.getMessage());
        }
    }

    private static BadInputException bad(String file, String message) {
        return new BadInputException(new Problem(file, "", message));
    }

    /**
     * The cells of every page, in one pass over the document. The glyphs are taken as PDFBox
     * finds them, without its own line and paragraph analysis (most of its time), then grouped
     * into lines by baseline and split into cells by the gaps between them.
     */
    private static List<List<Cell>> cells(PDDocument doc, int lastPage) throws IOException {
        List<List<TextPosition>> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void startPage(PDPage page) {
                glyphs.add(new ArrayList<>());
            }

            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.get(glyphs.size() - 1).add(text);
            }

            @Override
            protected void writePage() {
                // nothing: the glyphs are grouped below
            }
        };
        stripper.setEndPage(lastPage);
        stripper.getText(doc);
        List<List<Cell>> pages = new ArrayList<>();
        for (List<TextPosition> page : glyphs) {
            List<Cell> cells = new ArrayList<>();
            for (List<TextPosition> line : glyphLines(page)) {
                addCells(cells, line);
            }
            pages.add(cells);
        }
        return pages;
    }

    private static List<List<TextPosition>> glyphLines(List<TextPosition> page) {
        List<TextPosition> sorted = new ArrayList<>(page);
        sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        List<List<TextPosition>> lines = new ArrayList<>();
        List<TextPosition> current = new ArrayList<>();
        float first = 0;
        for (TextPosition t : sorted) {
            if (!current.isEmpty() && t.getYDirAdj() - first > 1f) {
                lines.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                first = t.getYDirAdj();
            }
            current.add(t);
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        lines.forEach(l -> l.sort(Comparator.comparingDouble(TextPosition::getXDirAdj)));
        return lines;
    }

    /** Splits a line's glyphs into cells where two stand further apart than a space would put them. */
    private static void addCells(List<Cell> cells, List<TextPosition> positions) {
        StringBuilder text = new StringBuilder();
        float x = 0;
        float right = 0;
        float y = 0;
        for (TextPosition t : positions) {
            String s = t.getUnicode();
            float gap = t.getXDirAdj() - right;
            boolean wide = !text.isEmpty() && gap > Math.max(2.5f, t.getFontSizeInPt() * 0.6f);
            if (wide || (!text.isEmpty() && s.isBlank() && gap > 1f)) {
                flush(cells, text, x, right, y);
            }
            if (s.isBlank()) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                right = t.getXDirAdj() + t.getWidthDirAdj();
                continue;
            }
            if (!text.isEmpty() && gap > t.getWidthOfSpace() * 0.5f && text.charAt(text.length() - 1) != ' ') {
                text.append(' '); // a word space drawn as a gap, not as a space glyph
            }
            if (text.isEmpty()) {
                x = t.getXDirAdj();
                y = t.getYDirAdj();
            }
            text.append(s);
            right = t.getXDirAdj() + t.getWidthDirAdj();
        }
        flush(cells, text, x, right, y);
    }

    private static void flush(List<Cell> cells, StringBuilder text, float x, float right, float y) {
        String s = text.toString().strip();
        if (!s.isEmpty()) {
            cells.add(new Cell(s, x, right, y));
        }
        text.setLength(0);
    }

    private static List<Line> lines(int page, List<Cell> cells) {
        List<Cell> sorted = new ArrayList<>(cells);
        sorted.sort(Comparator.comparingDouble(Cell::y));
        List<Line> lines = new ArrayList<>();
        List<Cell> current = new ArrayList<>();
        float first = 0;
        for (Cell c : sorted) {
            if (!current.isEmpty() && c.y() - first > SAME_LINE) {
                lines.add(line(page, lines.size() + 1, current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                first = c.y();
            }
            current.add(c);
        }
        if (!current.isEmpty()) {
            lines.add(line(page, lines.size() + 1, current));
        }
        return lines;
    }

    private static Line line(int page, int number, List<Cell> cells) {
        cells.sort(Comparator.comparingDouble(Cell::x));
        float y = (float) cells.stream().mapToDouble(Cell::y).max().orElse(0);
        return new Line(page, number, y, List.copyOf(cells));
    }
}
