package briefs.model;

/**
 * Text from a parser, a server or a file, folded onto one line: one problem is one line of
 * stderr, of a summary or of a send log, whatever line breaks the text it quotes holds.
 */
public final class LineFolding {
    private LineFolding() {
    }

    /** The text stripped, each line break and the blanks around it made one space; null is {@code ""}. */
    public static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
