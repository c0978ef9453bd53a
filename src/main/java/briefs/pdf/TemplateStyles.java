package briefs.pdf;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.css.CSSPrimitiveValue;
import org.xhtmlrenderer.context.StandardAttributeResolver;
import org.xhtmlrenderer.context.StyleReference;
import org.xhtmlrenderer.context.StylesheetFactoryImpl;
import org.xhtmlrenderer.css.constants.CSSName;
import org.xhtmlrenderer.css.extend.lib.DOMTreeResolver;
import org.xhtmlrenderer.css.newmatch.CascadedStyle;
import org.xhtmlrenderer.css.newmatch.PageInfo;
import org.xhtmlrenderer.css.sheet.FontFaceRule;
import org.xhtmlrenderer.css.sheet.PropertyDeclaration;
import org.xhtmlrenderer.css.sheet.Stylesheet;
import org.xhtmlrenderer.css.sheet.StylesheetInfo;
import org.xhtmlrenderer.extend.NamespaceHandler;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.extend.UserInterface;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.resource.CSSResource;
import org.xhtmlrenderer.resource.ImageResource;
import org.xhtmlrenderer.resource.XMLResource;
import org.xhtmlrenderer.util.XRLog;

/**
 * A worker's style reference: the stylesheets of the templates, parsed once and kept across
 * documents (see {@link WorkerStylesheets} for when they are read again), and each document's
 * elements styled by a {@link StyleCascade}. Flying Saucer's own reference parses the stylesheets
 * of every document again unless told otherwise and matches every selector against every
 * element; the styles it gives are the same.
 */
final class TemplateStyles extends StyleReference {
    /** Inline stylesheets kept: one per language of the brief and one for the overview, and room. */
    private static final int INLINE_KEPT = 16;

    /** The agent that reads a stylesheet: the current document's, which changes with every document. */
    private final CurrentAgent agent;
    private final StylesheetFactoryImpl stylesheets;
    private StyleCascade cascade;
    /** The rules of the last document's selectors, for the next document with the same ones. */
    private StyleRules rules;
    /** The last document's stylesheets, medium and selectors in cascade order, for the next with the same ones. */
    private List<Stylesheet> lastParsed = List.of();
    private String lastMedium;
    private StyleCascade.Sheets lastSheets;
    /**
     * Inline stylesheets (a {@code <style>} element) by their text, the least recently used let go
     * past {@value #INLINE_KEPT}: Flying Saucer names each one anew for every document ("inline:1",
     * "inline:2"...) and so parsed the brief's page-number rule (its words in the brief's language)
     * once a brief (1% of a warm bulk run), and the selectors were ordered again because the
     * stylesheets differed.
     */
    private final Map<String, Stylesheet> inline = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Stylesheet> eldest) {
            return size() > INLINE_KEPT;
        }
    };

    TemplateStyles(UserAgentCallback agent) {
        super(agent);
        this.agent = new CurrentAgent(agent);
        this.stylesheets = new StylesheetFactoryImpl(this.agent);
    }

    @Override
    public void setUserAgentCallback(UserAgentCallback userAgent) {
        super.setUserAgentCallback(userAgent);
        agent.current = userAgent;
    }

    @Override
    public void setDocumentContext(SharedContext context, NamespaceHandler nsh, Document doc, UserInterface ui) {
        List<StylesheetInfo> infos = new ArrayList<>();
        nsh.getDefaultStylesheet().ifPresent(infos::add);
        infos.addAll(nsh.getStylesheets(doc));
        StyleCascade.Sheets sheets = sheets(parsed(infos, context.getMedia()), context.getMedia());
        cascade = new StyleCascade(new DOMTreeResolver(), new StandardAttributeResolver(nsh, agent.current, ui),
                stylesheets, sheets, rules);
    }

    /**
     * The selectors of {@code parsed} in cascade order, with {@link #rules} for them: those of the
     * last document when its stylesheets were these very ones (read once and kept by the worker,
     * see {@link WorkerStylesheets}), as every brief's are; ordering them again was 1% of a bulk run.
     */
    private StyleCascade.Sheets sheets(List<Stylesheet> parsed, String medium) {
        boolean same = lastSheets != null && medium.equals(lastMedium) && parsed.size() == lastParsed.size();
        for (int i = 0; same && i < parsed.size(); i++) {
            same = parsed.get(i) == lastParsed.get(i);
        }
        if (!same) {
            lastSheets = StyleCascade.of(parsed, medium);
            lastParsed = parsed;
            lastMedium = medium;
            // Other stylesheets may still hold the same selectors in the same order (the brief's
            // after the overview's that share them): the rules are kept then too.
            if (rules == null || !rules.isFor(lastSheets.selectors())) {
                rules = StyleRules.root(lastSheets.selectors());
            }
        }
        return lastSheets;
    }

    /** The stylesheets for {@code medium}, each after those it imports, as Flying Saucer lists them. */
    private List<Stylesheet> parsed(List<StylesheetInfo> infos, String medium) {
        List<Stylesheet> result = new ArrayList<>(infos.size() + 15);
        for (StylesheetInfo info : infos) {
            if (!info.appliesToMedia(medium)) {
                continue;
            }
            Stylesheet sheet = info.getContent().isPresent() ? inline(info) : stylesheets.getStylesheet(info);
            if (sheet == null) {
                XRLog.load(Level.WARNING, "Unable to load CSS from " + info.getUri());
                continue;
            }
            if (!sheet.getImportRules().isEmpty()) {
                result.addAll(parsed(sheet.getImportRules(), medium));
            }
            result.add(sheet);
        }
        return result;
    }

    /** The last document's selectors, page rules and font faces (for tests: whether they were reused). */
    StyleCascade.Sheets sheets() {
        return lastSheets;
    }

    /** The stylesheet of a {@code <style>} element, parsed the first time its text (and origin) is seen. */
    private Stylesheet inline(StylesheetInfo info) {
        String key = info.getOrigin() + "\n" + info.getContent().orElseThrow();
        Stylesheet sheet = inline.get(key);
        if (sheet == null) {
            sheet = stylesheets.getStylesheet(info);
            if (sheet != null) {
                inline.put(key, sheet);
            }
        }
        return sheet;
    }

    @Override
    public CascadedStyle getCascadedStyle(Element e, boolean restyle) {
        return e == null ? CascadedStyle.emptyCascadedStyle : cascade.cascaded(e, restyle);
    }

    @Override
    public CascadedStyle getPseudoElementStyle(Node node, String pseudoElement) {
        Element e = (Element) (node.getNodeType() == Node.ELEMENT_NODE ? node : node.getParentNode());
        return cascade.pseudoElement(e, pseudoElement);
    }

    @Override
    public Map<String, CSSPrimitiveValue> getCascadedPropertiesMap(Element e) {
        CascadedStyle style = cascade.cascaded(e, false);
        Map<String, CSSPrimitiveValue> properties = new LinkedHashMap<>();
        for (Iterator<PropertyDeclaration> i = style.getCascadedPropertyDeclarations(); i.hasNext(); ) {
            PropertyDeclaration declaration = i.next();
            properties.put(declaration.getPropertyName(),
                    style.propertyByName(CSSName.getByPropertyName(declaration.getPropertyName())).getValue());
        }
        return properties;
    }

    @Override
    public PageInfo getPageStyle(String pageName, String pseudoPage) {
        return cascade.page(pageName, pseudoPage);
    }

    @Override
    public List<FontFaceRule> getFontFaceRules() {
        return cascade.fontFaces();
    }

    @Override
    public boolean isHoverStyled(Element e) {
        return cascade.hoverStyled(e);
    }

    @Override
    public void flushStyleSheets() {
        stylesheets.removeCachedStylesheet(agent.current.getBaseURL());
    }

    @Override
    public void flushAllStyleSheets() {
        // asked for by every renderer's reset; what this cache holds is judged by WorkerStylesheets
    }

    @Override
    public Set<String> getUnsupportedCssFeatures() {
        return Set.of(); // Flying Saucer only logs them, when asked; briefs never asks
    }

    /** Reads stylesheets through whichever document's agent is current. */
    private static final class CurrentAgent implements UserAgentCallback {
        private UserAgentCallback current;

        CurrentAgent(UserAgentCallback current) {
            this.current = current;
        }

        @Override
        public CSSResource getCSSResource(String uri) {
            return current.getCSSResource(uri);
        }

        @Override
        public ImageResource getImageResource(String uri) {
            return current.getImageResource(uri);
        }

        @Override
        public XMLResource getXMLResource(String uri) {
            return current.getXMLResource(uri);
        }

        @Override
        public byte[] getBinaryResource(String uri) {
            return current.getBinaryResource(uri);
        }

        @Override
        public boolean isVisited(String uri) {
            return current.isVisited(uri);
        }

        @Override
        public void setBaseURL(String url) {
            current.setBaseURL(url);
        }

        @Override
        public String getBaseURL() {
            return current.getBaseURL();
        }

        @Override
        public String resolveURI(String uri) {
            return current.resolveURI(uri);
        }
    }
}
