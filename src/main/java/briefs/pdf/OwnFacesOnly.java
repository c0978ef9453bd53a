package briefs.pdf;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.css.value.FontSpecification;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.render.FSFont;

/**
 * A font resolver that knows the brief's own faces and no other. Flying Saucer's fills itself on
 * first use with the 14 standard PDF fonts, parsed from their metrics files (90 ms of a cold
 * brief's CPU, and a map of them for every document after), which a brief never draws with: its
 * stylesheet names its own family for every element, and PDF/A allows no font that is not
 * embedded. A family a template names that is not the brief's (serif, monospace, Helvetica) falls
 * back, as Flying Saucer does, to "Serif", which {@link PageFaces} makes the brief's family too:
 * such text is drawn in an embedded face rather than in a standard font the file does not hold.
 *
 * <p>It finds a face as Flying Saucer does (the first family named that has one, its face
 * closest in weight and style), but without making the text key of its cache with
 * {@code String.format} every time a piece of text is measured (2% of a warm bulk run's time).
 */
final class OwnFacesOnly extends ITextFontResolver {
    /** The family Flying Saucer falls back to when none of those a style names is known. */
    static final String FALLBACK = "Serif";

    private final Map<Face, FontDescription> found = new HashMap<>();
    /** The last face found and what it was asked for: text is measured run after run in the same face. */
    private String lastFamily;
    private IdentValue lastWeight;
    private IdentValue lastStyle;
    private FontDescription lastFace;

    @Override
    protected Map<String, FontFamily> loadFonts() {
        return new HashMap<>();
    }

    @Override
    public FSFont resolveFont(SharedContext context, FontSpecification spec) {
        IdentValue style = spec.fontStyle();
        if (style != IdentValue.NORMAL && style != IdentValue.OBLIQUE && style != IdentValue.ITALIC) {
            style = IdentValue.NORMAL;
        }
        if (spec.families() != null) {
            for (String family : spec.families()) {
                FontDescription face = face(family, spec.fontWeight(), style);
                if (face != null) {
                    return new ITextFSFont(face, spec.size());
                }
            }
        }
        FontDescription fallback = face(FALLBACK, spec.fontWeight(), style);
        return fallback == null ? null : new ITextFSFont(fallback, spec.size());
    }

    /** A family's face for a weight and style, as Flying Saucer matches it; null when the family is unknown or has none. */
    private FontDescription face(String family, IdentValue weight, IdentValue style) {
        if (family == lastFamily && weight == lastWeight && style == lastStyle) {
            return lastFace;
        }
        Face key = new Face(generic(family), weight, style);
        FontDescription face = found.get(key);
        if (face == null) {
            FontFamily known = getFonts().get(key.family());
            face = known == null ? null : known.match(convertWeightToInt(weight), style);
            if (face != null) {
                found.put(key, face); // as Flying Saucer: faces found are kept, families missing asked again
            }
        }
        if (face != null) {
            lastFamily = family;
            lastWeight = weight;
            lastStyle = style;
            lastFace = face;
        }
        return face;
    }

    /** A family name without its quotes, the generic families under Flying Saucer's names for them. */
    private static String generic(String family) {
        String name = family;
        if (name.startsWith("\"")) {
            name = name.substring(1);
        }
        if (name.endsWith("\"")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.equalsIgnoreCase("serif")) {
            return "Serif";
        } else if (name.equalsIgnoreCase("sans-serif")) {
            return "SansSerif";
        } else if (name.equalsIgnoreCase("monospace")) {
            return "Monospaced";
        }
        return name;
    }

    /**
     * A face asked for. Looked up for most runs of text, so its equality is written out: a
     * record's own is made at run time from method handles, 19 classes spun in every bulk run.
     */
    private record Face(String family, IdentValue weight, IdentValue style) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Face f && Objects.equals(family, f.family) && Objects.equals(weight, f.weight)
                    && Objects.equals(style, f.style);
        }

        @Override
        public int hashCode() {
            return (31 * Objects.hashCode(family) + Objects.hashCode(weight)) * 31 + Objects.hashCode(style);
        }
    }
}
