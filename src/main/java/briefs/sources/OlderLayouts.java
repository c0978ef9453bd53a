package briefs.sources;

import briefs.model.BadInputException;
import briefs.model.Problem;
import java.util.stream.Collectors;

/** What the layouts before 2021 share: finding a header cell, the title, and refusing a line. */
final class OlderLayouts {
    private OlderLayouts() {
    }

    /** The first {@code lines} lines of page 1, as one text: where the title is. */
    static String top(ReportText text, int lines) {
        return text.pages().isEmpty() ? "" : text.pages().get(0).lines().stream().limit(lines)
                .map(ReportText.Line::text).collect(Collectors.joining(" "));
    }

    static ReportText.Cell cell(ReportText.Line line, String text) {
        return line.cells().stream().filter(c -> c.text().equals(text)).findFirst().orElse(null);
    }

    static BadInputException unexpected(String file, ReportText.Line line, String what) {
        return new BadInputException(new Problem(file, line.where(), what + ": \"" + line.text() + "\""));
    }
}
