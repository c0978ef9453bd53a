package briefs.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text layer as a reader's viewer gives it (copy, search, screen readers): lines in
 * reading order, each with its page and the height of its baseline from the page's top.
 */
final class PdfLines extends PDFTextStripper {
    /** One line of text: its words joined by single spaces, its baseline in points from the top. */
    record Line(String text, float y) {
    }

    /** The lines of one page, numbered from 1. */
    record Page(int number, List<Line> lines) {
    }

    private final List<Page> pages = new ArrayList<>();
    private List<Line> current;

    private PdfLines() {
        setSortByPosition(true);
    }

    static List<Page> of(PDDocument doc) throws IOException {
        PdfLines stripper = new PdfLines();
        stripper.writeText(doc, new StringWriter());
        return List.copyOf(stripper.pages);
    }

    @Override
    protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) {
        current = new ArrayList<>();
        pages.add(new Page(pages.size() + 1, current));
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        float y = positions.isEmpty() ? 0 : positions.getFirst().getYDirAdj();
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.isEmpty()) {
            return;
        }
        // Words the stripper hands over one by one on the same baseline belong to one line.
        if (!current.isEmpty() && Math.abs(current.getLast().y() - y) < 1f) {
            Line last = current.removeLast();
            current.add(new Line(last.text() + " " + line, last.y()));
        } else {
            current.add(new Line(line, y));
        }
    }
}
