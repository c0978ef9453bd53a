package briefs.pdf;

import briefs.render.Typeface;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * The four faces of a brief in one {@link Typeface.Cover}, parsed for OpenPDF once per process:
 * what a renderer is given as its font family, what charts map their AWT fonts to, and how each
 * face shows text ({@link ShownText}).
 *
 * <p>A document is made with the smallest cut that can show all its text: the Latin one, else the
 * Latin, Greek and Cyrillic one, else the world cut, each parsed on first need. Every brief from
 * the UN's data takes the Latin cut: each PDF subsets a 450-glyph face rather than a 3,400- or
 * 13,100-glyph one, which OpenPDF does glyph by glyph (its subsets keep an entry for every glyph
 * of the face, and its fonts were half of a brief's bytes).
 */
final class PageFaces {
    private static final PageFaces[] LOADED = new PageFaces[Typeface.Cover.values().length];
    private static final SecureRandom PREFIXES = new SecureRandom();

    private final Map<Typeface, BaseFont> faces = new EnumMap<>(Typeface.class);
    private final Map<String, FontFamily> families;
    private final EmbeddedFontMapper mapper;
    private final Map<BaseFont, ShownText> shown;

    private PageFaces(Typeface.Cover cover) {
        ITextFontResolver prototype = new OwnFacesOnly();
        try {
            for (Typeface face : Typeface.values()) {
                BaseFont font = BaseFont.createFont(face.resource(cover), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        BaseFont.CACHED, face.bytes(cover), null);
                // Each PDF deflates its font subsets: at the default level that took more time
                // than laying out a page, at BEST_SPEED a quarter of it, and glyph data compresses
                // no worse (measured: 24.3 KB vs 24.2 KB for 40 KB of Noto Sans).
                font.setCompressionLevel(Deflater.BEST_SPEED);
                // PDF/A-2 lets the CIDSet out; OpenPDF's lists only the glyphs used, not all the
                // subset holds, which PDF/A forbids (veraPDF rule 6.2.11.4.2-2).
                font.setIncludeCidSet(false);
                // The six random letters of each subset's name: OpenPDF makes a new SecureRandom for
                // them for every face of every PDF unless given one (0.5% of a bulk run).
                font.setSecureRandom(PREFIXES);
                faces.put(face, font);
                prototype.addFont(font, face.resource(cover), Typeface.FAMILY);
            }
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot load the brief's fonts (" + cover + ")", e);
        }
        // Weights and decorations were read from the font files once; every renderer reuses them.
        FontFamily family = prototype.getFonts().get(Typeface.FAMILY);
        families = Map.of(Typeface.FAMILY, family, OwnFacesOnly.FALLBACK, family);
        mapper = new EmbeddedFontMapper(faces, cover);
        Map<BaseFont, java.awt.Font> awtFaces = new IdentityHashMap<>();
        faces.forEach((face, font) -> awtFaces.put(font, face.awtFont(cover)));
        shown = ShownText.of(awtFaces);
    }

    /** The faces of a cut, parsed on first use (by one thread; the others wait). */
    static PageFaces of(Typeface.Cover cover) {
        synchronized (LOADED) {
            PageFaces faces = LOADED[cover.ordinal()];
            if (faces == null) {
                faces = new PageFaces(cover);
                LOADED[cover.ordinal()] = faces;
            }
            return faces;
        }
    }

    /** The smallest cut whose faces hold every character of {@code texts}. */
    static PageFaces forText(CharSequence... texts) {
        Typeface.Cover[] covers = Typeface.Cover.values();
        for (int i = 0; i < covers.length - 1; i++) {
            if (of(covers[i]).holdsAll(texts)) {
                return of(covers[i]);
            }
        }
        return of(covers[covers.length - 1]);
    }

    private boolean holdsAll(CharSequence... texts) {
        for (CharSequence text : texts) {
            if (!holds(text)) {
                return false;
            }
        }
        return true;
    }

    /** True when the regular face has a glyph for every character of {@code text}. */
    boolean holds(CharSequence text) {
        BaseFont regular = faces.get(Typeface.REGULAR);
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            // ASCII is in every cut; a surrogate (a character beyond U+FFFF) is in none of the smaller ones.
            if (c >= 0x80 && (Character.isSurrogate(c) || !regular.charExists(c))) {
                return false;
            }
        }
        return true;
    }

    Map<String, FontFamily> families() {
        return families;
    }

    EmbeddedFontMapper mapper() {
        return mapper;
    }

    Map<BaseFont, ShownText> shown() {
        return shown;
    }
}
