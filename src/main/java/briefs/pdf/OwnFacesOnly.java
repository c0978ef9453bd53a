package briefs.pdf;

import java.util.HashMap;
import java.util.Map;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * A font resolver that knows the brief's own faces and no other. Flying Saucer's fills itself on
 * first use with the 14 standard PDF fonts, parsed from their metrics files (90 ms of a cold
 * brief's CPU, and a map of them for every document after), which a brief never draws with: its
 * stylesheet names its own family for every element, and PDF/A allows no font that is not
 * embedded. A family a template names that is not the brief's (serif, monospace, Helvetica) falls
 * back, as Flying Saucer does, to "Serif", which {@link PageFaces} makes the brief's family too:
 * such text is drawn in an embedded face rather than in a standard font the file does not hold.
 */
final class OwnFacesOnly extends ITextFontResolver {
    /** The family Flying Saucer falls back to when none of those a style names is known. */
    static final String FALLBACK = "Serif";

    @Override
    protected Map<String, FontFamily> loadFonts() {
        return new HashMap<>();
    }
}
