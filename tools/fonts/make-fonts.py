#!/usr/bin/env python3
"""Makes the brief's four faces: Noto Sans with the scripts it lacks merged in.

Flying Saucer takes one font for a run of text (the first family of the CSS list it finds) and
OpenPDF draws what that font's cmap has: a character the font lacks is dropped without a trace.
So every script a name or a note may hold has to be in the one family, "Noto Sans" to the
templates. Each face here is Noto Sans (Regular, Bold, Italic, BoldItalic) with, merged in, Noto
Sans Arabic, Hebrew and Thai of the same weight and a subset of Noto Sans CJK SC (common hanzi,
common kanji, kana, the Hangul syllables of KS X 1001, CJK punctuation and full-width forms),
its cubic outlines turned into TrueType ones. Hinting is left out: a PDF is drawn by the viewer.
All of them are under the SIL Open Font License 1.1 (see OFL.txt beside the fonts).

Beside each merged face it writes its Latin, Greek and Cyrillic cut, NotoSansBriefsLGC-*.ttf: the
merged face reduced to the characters of Noto Sans alone, glyphs, advance widths, line metrics and
box unchanged, so a page lays out the same with either. And from that, its Latin cut,
NotoSansBriefsLatin-*.ttf: the characters of Western and Central European languages (LATIN below)
without the glyph variants only OpenType features reach, which neither Flying Saucer nor OpenPDF
applies. A brief is made with the smallest cut that holds all its text: OpenPDF's subset of a face
keeps an entry for every glyph the face has, so each PDF's fonts shrink with the cut (a brief of
the UN's data: 31 KB of fonts with the LGC cut, 13 KB with the Latin one).

Input: the fonts of the Debian packages fonts-noto-core (20201225-1) and fonts-noto-cjk
(1:20220127+repack1-1), e.g. unpacked with `dpkg-deb -x PACKAGE.deb DIR`:
    make-fonts.py DIR OUTPUT_FOLDER
Needs python3-fonttools (4.38).
"""
import os
import sys
import tempfile

from fontTools import subset
from fontTools.merge import Merger
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

FACES = {"Regular": "Regular", "Bold": "Bold", "Italic": "Regular", "BoldItalic": "Bold"}
SCRIPTS = ["Arabic", "Hebrew", "Thai"]
CJK_SC = 2  # the index of Noto Sans CJK SC in the package's collections

# The Latin cut's characters: Windows-1252 and Latin-1, Latin Extended-A (Polish, Czech, Hungarian,
# Turkish, Baltic), Romanian's comma-below letters, the general punctuation (the spaces, dashes and
# quotation marks French and Spanish typography takes), and the few symbols of a brief.
LATIN = ([(0x20, 0x7E), (0xA0, 0x17F), (0x192, 0x192), (0x218, 0x21B), (0x2C6, 0x2C7), (0x2D8, 0x2DD),
          (0x2000, 0x206F), (0x20AC, 0x20AC), (0x2116, 0x2116), (0x2122, 0x2122), (0x2190, 0x2193),
          (0x2212, 0x2212), (0x2248, 0x2248), (0x2260, 0x2260), (0x2264, 0x2265), (0x25A0, 0x25CF),
          (0xFEFF, 0xFEFF), (0xFFFD, 0xFFFD)])
FAMILY = "Noto Sans Briefs"


def cjk_characters():
    """The CJK characters carried: what the national standards call level 1, plus kana and forms."""
    chars = set()

    def rows(codec, first, last):
        for a in range(first, last + 1):
            for b in range(0xA1, 0xFF):
                try:
                    chars.update(bytes([a, b]).decode(codec))
                except UnicodeDecodeError:
                    pass

    rows("gb2312", 0xB0, 0xD7)   # GB 2312 level 1: the 3,755 most used hanzi
    rows("euc_jp", 0xB0, 0xCF)   # JIS X 0208 level 1 kanji
    rows("euc_kr", 0xB0, 0xC8)   # KS X 1001: 2,350 Hangul syllables
    for lo, hi in [(0x3000, 0x303F), (0x3040, 0x30FF), (0x31F0, 0x31FF), (0xFF00, 0xFFEF)]:
        chars.update(chr(c) for c in range(lo, hi + 1))
    return sorted(ord(c) for c in chars)


def subset_font(font, unicodes=None, keep_layout=True):
    options = subset.Options()
    options.hinting = False
    options.layout_features = ["*"] if keep_layout else []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["vhea", "vmtx", "VORG", "DSIG", "BASE", "fpgm", "prep", "cvt ", "gasp"]
    sub = subset.Subsetter(options)
    if unicodes is None:
        unicodes = list(font.getBestCmap().keys())
    sub.populate(unicodes=unicodes)
    sub.subset(font)
    return font


def to_truetype(font):
    """Cubic (CFF) outlines to quadratic (glyf) ones, within one unit of 1,000 per em."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name in order:
        glyph = glyf[name]
        advance = hmtx[name][0]
        hmtx[name] = (advance, glyph.xMin if hasattr(glyph, "xMin") else 0)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones",):
        setattr(maxp, field, 1)
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.compile(font)
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"
    return font


def keep_vertical_metrics(merged, base):
    """Noto Sans's line metrics and box: the merger takes the largest of the parts (CJK, Thai
    marks), which would make every line of a brief taller, and Flying Saucer sets lines by the box.
    A taller glyph of another script still draws whole: a PDF viewer does not clip to the box."""
    for table, fields in (("hhea", ("ascent", "descent", "lineGap")),
                          ("OS/2", ("sTypoAscender", "sTypoDescender", "sTypoLineGap", "usWinAscent",
                                    "usWinDescent")),
                          ("head", ("xMin", "yMin", "xMax", "yMax"))):
        for field in fields:
            setattr(merged[table], field, getattr(base[table], field))
    merged.recalcBBoxes = False


def lgc_cut(merged_path, base, out):
    """The merged face reduced to the characters of Noto Sans alone, nothing else changed."""
    return cut(TTFont(merged_path), list(base.getBestCmap().keys()), ["*"], out)


def latin_cut(lgc_path, out):
    """The LGC cut reduced to the characters of LATIN, without the glyphs only features reach; its
    box and dates are the LGC cut's, so the same LGC cut gives the same bytes."""
    font = TTFont(lgc_path, recalcBBoxes=False, recalcTimestamp=False)
    held = font.getBestCmap()
    return cut(font, [c for first, last in LATIN for c in range(first, last + 1) if c in held], [], out)


def cut(font, unicodes, features, out):
    """The face reduced to unicodes, its glyphs, widths and line metrics unchanged."""
    options = subset.Options()
    options.hinting = False
    options.layout_features = features
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    options.glyph_names = True
    options.notdef_outline = True
    options.recalc_bounds = False
    options.recalc_timestamp = False
    options.recalc_average_width = False
    options.recalc_max_context = False
    options.prune_unicode_ranges = False
    options.drop_tables = []
    options.passthrough_tables = True
    sub = subset.Subsetter(options)
    sub.populate(unicodes=unicodes)
    sub.subset(font)
    font.save(out)
    return font


def rename(font, face):
    style = {"Regular": "Regular", "Bold": "Bold", "Italic": "Italic", "BoldItalic": "Bold Italic"}[face]
    names = font["name"]
    names.names = [n for n in names.names if n.nameID not in (1, 2, 3, 4, 6, 16, 17)]
    for platform, encoding, language in ((3, 1, 0x409), (1, 0, 0)):
        for name_id, text in ((1, FAMILY), (2, style), (3, FAMILY.replace(" ", "") + "-" + face),
                              (4, FAMILY + " " + style), (6, FAMILY.replace(" ", "") + "-" + face)):
            names.setName(text, name_id, platform, encoding, language)


def main(debian, out):
    noto = os.path.join(debian, "usr/share/fonts/truetype/noto")
    cjk_dir = os.path.join(debian, "usr/share/fonts/opentype/noto")
    with tempfile.TemporaryDirectory() as work:
        cjk = {}
        for weight in ("Regular", "Bold"):
            collection = TTCollection(os.path.join(cjk_dir, "NotoSansCJK-" + weight + ".ttc"))
            font = subset_font(collection.fonts[CJK_SC], cjk_characters(), keep_layout=False)
            cjk[weight] = os.path.join(work, "cjk-" + weight + ".ttf")
            to_truetype(font).save(cjk[weight])
        for face, weight in FACES.items():
            parts = []
            for name in ["NotoSans-" + face] + ["NotoSans" + s + "-" + weight for s in SCRIPTS]:
                path = os.path.join(work, name + ".ttf")
                subset_font(TTFont(os.path.join(noto, name + ".ttf"))).save(path)
                parts.append(path)
            parts.append(cjk[weight])
            merged = Merger().merge(parts)
            keep_vertical_metrics(merged, TTFont(parts[0]))
            rename(merged, face)
            target = os.path.join(out, FAMILY.replace(" ", "") + "-" + face + ".ttf")
            merged.save(target)
            print(target, os.path.getsize(target), "bytes,", len(merged.getGlyphOrder()), "glyphs")
            lgc = os.path.join(out, FAMILY.replace(" ", "") + "LGC-" + face + ".ttf")
            font = lgc_cut(target, TTFont(parts[0]), lgc)
            print(lgc, os.path.getsize(lgc), "bytes,", len(font.getGlyphOrder()), "glyphs")
            latin = os.path.join(out, FAMILY.replace(" ", "") + "Latin-" + face + ".ttf")
            font = latin_cut(lgc, latin)
            print(latin, os.path.getsize(latin), "bytes,", len(font.getGlyphOrder()), "glyphs")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
