package briefs.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.BundledData;
import briefs.derive.CountryFigures;
import briefs.derive.SetFigures;
import briefs.render.BriefCharts;
import briefs.render.BriefTemplates;
import briefs.render.BriefView;
import briefs.render.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xhtmlrenderer.context.StyleReference;
import org.xhtmlrenderer.css.newmatch.CascadedStyle;
import org.xhtmlrenderer.css.newmatch.PageInfo;
import org.xhtmlrenderer.css.newmatch.Selector;
import org.xhtmlrenderer.css.sheet.PropertyDeclaration;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * {@link StyleCascade} gives every element the cascaded style Flying Saucer's own matcher gives
 * it: each declaration, in order, with its importance and origin, for the element and its
 * pseudo-elements, and the same page styles; checked on real briefs in each layout and language,
 * and on a stylesheet with every kind of selector Flying Saucer reads.
 */
class StyleCascadeTest {
    private static final BriefTemplates TEMPLATES = new BriefTemplates(Path.of("templates"));
    private static final String[] PSEUDO_ELEMENTS = {"before", "after", "first-line", "first-letter"};

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"NPL, en", "AND, en", "BEL, en", "USA, en", "NPL, fr", "SEN, fr", "URY, es", "AND, es"})
    void everyElementOfABriefInEveryLayoutIsStyledAsFlyingSaucerStylesIt(String iso3, String language) {
        SetFigures contributors = BundledData.contributors();
        CountryFigures figures = contributors.figures(iso3, YearMonth.of(2025, 7));
        Language lang = TEMPLATES.language(language);
        BriefView view = new BriefView(figures, LocalDate.of(2026, 11, 23), contributors.dataSet().sources(),
                contributors.dataSet().parityTargets(), new BriefCharts(lang).of(figures).keySet(), lang);
        List<BriefView> layouts = new ArrayList<>(List.of(view));
        layouts.addAll(view.tighter());
        for (BriefView layout : layouts) {
            String xhtml = TEMPLATES.render(BriefTemplates.BRIEF, layout, lang.locale());
            List<String> flyingSaucers = styles(xhtml, TEMPLATES.dir(), false);
            assertTrue(flyingSaucers.size() > 50, "a brief has many elements: " + flyingSaucers.size());
            assertEquals(flyingSaucers, styles(xhtml, TEMPLATES.dir(), true), iso3 + " " + language);
        }
    }

    @Test
    void aWorkersStylesKeptAcrossDocumentsStyleEachAsFlyingSaucerDoes() {
        // One TemplateStyles for several documents, as a worker keeps it: the stylesheets, the
        // inline page-number rule of each language and the selectors' order are reused, and each
        // document is still styled as Flying Saucer styles it afresh.
        SetFigures contributors = BundledData.contributors();
        TemplateStyles kept = new TemplateStyles(new ITextRenderer().getSharedContext().getUserAgentCallback());
        StyleCascade.Sheets englishSheets = null;
        String[][] documents = {{"NPL", "en"}, {"AND", "en"}, {"NPL", "fr"}, {"BEL", "en"}, {"URY", "es"}, {"URY", "es"}};
        for (String[] d : documents) {
            CountryFigures figures = contributors.figures(d[0], YearMonth.of(2025, 7));
            Language lang = TEMPLATES.language(d[1]);
            BriefView view = new BriefView(figures, LocalDate.of(2026, 11, 23), contributors.dataSet().sources(),
                    contributors.dataSet().parityTargets(), new BriefCharts(lang).of(figures).keySet(), lang);
            String xhtml = TEMPLATES.render(BriefTemplates.BRIEF, view, lang.locale());
            assertEquals(styles(xhtml, TEMPLATES.dir(), null), styles(xhtml, TEMPLATES.dir(), kept), d[0] + " " + d[1]);
            if (d[1].equals("en")) {
                if (englishSheets != null && !d[0].equals("BEL")) {
                    assertTrue(englishSheets == kept.sheets(), "the selectors of the same stylesheets are ordered once");
                }
                englishSheets = kept.sheets();
            }
        }
    }

    @Test
    void selectorsOfEveryKindMatchAsFlyingSaucerMatchesThem() throws IOException {
        Files.writeString(dir.resolve("page.css"), """
                @page { size: A4; margin: 20mm; @bottom-center { content: counter(page); } }
                @page :first { margin-top: 30mm; }
                * { color: #111; }
                body { font-size: 10pt; }
                p { margin: 1mm; }
                .note { color: #222; }
                p.note { font-style: italic; }
                .note.strong, .strong { font-weight: bold; }
                #lead { font-size: 12pt; }
                div > p { margin-left: 2mm; }
                div p { margin-right: 3mm; }
                div.box p span { color: #333; }
                table td:first-child { text-align: left; }
                table td:last-child { text-align: right; }
                tr:nth-child(2n+1) td { background-color: #eee; }
                li:nth-child(even) { color: #444; } li:nth-child(odd) { color: #555; }
                h2 + p { margin-top: 0; }
                a[href] { color: #006; } a[href^="https"] { color: #007; } a[href$=".pdf"] { color: #008; }
                span[lang|="fr"] { font-style: italic; } span[class~="x"] { color: #009; }
                span[title*="mid"] { color: #00a; } span[title="exact"] { color: #00b; }
                :lang(es) { quotes: none; }
                a:link { text-decoration: none; } a:hover { color: red; }
                p::before { content: "» "; } .note::after { content: " «"; } p:first-line { color: #0c0; }
                @media print { p { line-height: 1.3; } .screen-only { display: none; } }
                @media screen { p { line-height: 2; } }
                td { padding: 1mm !important; } td.pad { padding: 2mm; }
                Mixed { color: #0d0; } x-custom { color: #0e0; }
                """);
        String xhtml = """
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>t</title>
                <link rel="stylesheet" type="text/css" href="page.css"/>
                <style type="text/css">p.inline { color: #0f0; } div { border: 0 }</style></head>
                <body><h2>Title</h2><p id="lead" class="note">Lead <span class="x y" title="a mid b">s</span></p>
                <div class="box"><p>In <span>box</span> <span lang="fr-CA">fr</span></p><section><p class="strong note">deep</p></section></div>
                <table><tr><td>1</td><td class="pad">2</td><td>3</td></tr><tr><td>4</td><td style="color: red">5</td></tr>
                <tr><td align="right">6</td></tr></table>
                <ul><li>a</li><li>b</li><li>c</li></ul>
                <p class="inline screen-only"><a href="https://x.org/a.pdf">link</a> <a>none</a> <a href="/b">b</a></p>
                <div lang="es"><p>es <span title="exact">e</span></p></div>
                <Mixed>m</Mixed><x-custom>c</x-custom><p class="">empty class</p><p class="  note  ">spaced</p>
                </body></html>""";
        List<String> flyingSaucers = styles(xhtml, dir, false);
        assertEquals(flyingSaucers, styles(xhtml, dir, true));
        assertTrue(flyingSaucers.stream().anyMatch(s -> s.contains("font-style=italic")), "the stylesheet was read");
    }

    @Test
    void aSelectorRequiresTheNameAndClassItsTextStartsWith() {
        assertEquals(new StyleRules.Required("table", null), required("table td"));
        assertEquals(new StyleRules.Required("td", "pad"), required("td.pad"));
        assertEquals(new StyleRules.Required(null, "note"), required(".note"));
        assertEquals(new StyleRules.Required(null, "strong"), required(".note.strong"));
        assertEquals(StyleRules.Required.NOTHING, required("#lead"));
        assertEquals(StyleRules.Required.NOTHING, required("*"));
        assertEquals(StyleRules.Required.NOTHING, required("[title]"));
        assertNull(required("p.a\\.b").className(), "a class that cannot be read is not required");
    }

    /** What the first selector of a one-rule stylesheet requires of the element its first part is tried on. */
    private StyleRules.Required required(String selector) {
        try {
            Files.writeString(dir.resolve("one.css"), selector + " { color: red }");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var sheet = new org.xhtmlrenderer.context.StylesheetFactoryImpl(new ITextRenderer().getSharedContext()
                .getUserAgentCallback()).getStylesheet(new org.xhtmlrenderer.css.sheet.StylesheetInfo(
                org.xhtmlrenderer.css.sheet.StylesheetInfo.Origin.AUTHOR, dir.resolve("one.css").toUri().toString(),
                List.of("all"), null));
        Selector first = ((org.xhtmlrenderer.css.sheet.Ruleset) sheet.getContents().get(0)).getFSSelectors().get(0);
        return StyleRules.Required.of(first);
    }

    /**
     * Every element's cascaded style and its pseudo-elements', in document order, and the page
     * styles, from Flying Saucer's own style reference or from {@link TemplateStyles}.
     */
    private static List<String> styles(String xhtml, Path templates, boolean ours) {
        return styles(xhtml, templates, ours ? new TemplateStyles(new ITextRenderer().getSharedContext().getUserAgentCallback()) : null);
    }

    /** As above, with {@code kept} as the style reference (null: Flying Saucer's own). */
    @SuppressWarnings("deprecation")
    private static List<String> styles(String xhtml, Path templates, TemplateStyles kept) {
        boolean ours = kept != null;
        Document doc = new FlyingSaucerPdf().parse(xhtml, "test");
        ITextRenderer renderer = new ITextRenderer();
        if (ours) {
            kept.setUserAgentCallback(renderer.getSharedContext().getUserAgentCallback());
            renderer.getSharedContext().setCss(kept);
        }
        XhtmlLinks links = new XhtmlLinks();
        links.defaults(templates.resolve(FlyingSaucerPdf.DEFAULTS));
        renderer.setDocument(doc, templates.toUri().toString(), links);
        StyleReference css = renderer.getSharedContext().getCss();
        assertEquals(ours, css instanceof TemplateStyles);
        List<String> styles = new ArrayList<>();
        walk(doc.getDocumentElement(), css, styles);
        for (String pseudoPage : new String[] {"first", "right", "left"}) {
            PageInfo page = css.getPageStyle(null, pseudoPage);
            styles.add("@page :" + pseudoPage + " " + describe(page.getPageStyle()) + " " + page.getMarginBoxes().keySet());
        }
        styles.add("font faces: " + css.getFontFaceRules().size());
        return styles;
    }

    private static void walk(Element e, StyleReference css, List<String> styles) {
        styles.add(e.getLocalName() + " " + describe(css.getCascadedStyle(e, false)));
        for (String pseudo : PSEUDO_ELEMENTS) {
            CascadedStyle style = css.getPseudoElementStyle(e, pseudo);
            if (style != null) {
                styles.add(e.getLocalName() + "::" + pseudo + " " + describe(style));
            }
        }
        for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                walk(element, css, styles);
            }
        }
    }

    private static String describe(CascadedStyle style) {
        StringBuilder text = new StringBuilder("{");
        for (Iterator<PropertyDeclaration> i = style.getCascadedPropertyDeclarations(); i.hasNext(); ) {
            PropertyDeclaration declaration = i.next();
            text.append(declaration.getPropertyName()).append('=').append(declaration.getValue().getCssText())
                    .append(declaration.isImportant() ? " !important" : "")
                    .append(" [").append(declaration.getImportanceAndOrigin()).append("]; ");
        }
        return text.append('}').toString();
    }
}
