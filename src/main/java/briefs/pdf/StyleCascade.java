package briefs.pdf;

import static java.util.Comparator.comparingLong;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xhtmlrenderer.css.constants.MarginBoxName;
import org.xhtmlrenderer.css.extend.AttributeResolver;
import org.xhtmlrenderer.css.extend.StylesheetFactory;
import org.xhtmlrenderer.css.extend.TreeResolver;
import org.xhtmlrenderer.css.newmatch.CascadedStyle;
import org.xhtmlrenderer.css.newmatch.PageInfo;
import org.xhtmlrenderer.css.newmatch.Selector;
import org.xhtmlrenderer.css.sheet.FontFaceRule;
import org.xhtmlrenderer.css.sheet.MediaRule;
import org.xhtmlrenderer.css.sheet.PageRule;
import org.xhtmlrenderer.css.sheet.PropertyDeclaration;
import org.xhtmlrenderer.css.sheet.Ruleset;
import org.xhtmlrenderer.css.sheet.Stylesheet;
import org.xhtmlrenderer.css.sheet.StylesheetInfo;

/**
 * Which rules of a document's stylesheets apply to each of its elements, in cascade order: what
 * Flying Saucer's {@code Matcher} works out, with the same result, for less work. Its matcher
 * tries every selector of every stylesheet on every element (about 150 for a brief, most of them
 * element defaults: 50,000 tries for a brief's 340 elements, with their cascaded styles 11% of a
 * warm bulk run's time), and starts again for every document. This one tries on an element only
 * the selectors that could match an element of its name and classes ({@link StyleRules}), keeps
 * what it found for the next document with the same stylesheets, and gives elements without
 * styling of their own the one cascaded style of the rules they match, made once.
 *
 * <p>The walk is Flying Saucer's: each element's rules are found from its parent's, which carry
 * the selectors still open below it (descendant selectors, and the next part of a selector whose
 * first part the parent matched); elements that match the same selectors share their rules. The
 * order of the selectors, their positions, page rules and font faces are as Flying Saucer's,
 * which a test checks element by element on real briefs.
 */
final class StyleCascade {
    private final TreeResolver tree;
    private final AttributeResolver attributes;
    private final StylesheetFactory factory;
    private final Sheets sheets;
    private final StyleRules root;
    private final Map<Node, StyleRules> byElement = new IdentityHashMap<>();
    private final Set<Node> hoverStyled = new HashSet<>();

    /**
     * @param root the rules of {@code sheets}' selectors ({@link StyleRules#root}), which may be those
     *             of an earlier document with the same selectors
     */
    StyleCascade(TreeResolver tree, AttributeResolver attributes, StylesheetFactory factory, Sheets sheets, StyleRules root) {
        if (!root.isFor(sheets.selectors())) {
            throw new IllegalArgumentException("rules made for other selectors");
        }
        this.tree = tree;
        this.attributes = attributes;
        this.factory = factory;
        this.sheets = sheets;
        this.root = root;
    }

    /** A document's selectors in cascade order, its page rules in order, and its font faces. */
    record Sheets(List<Selector> selectors, List<PageRule> pageRules, List<FontFaceRule> fontFaces) {
    }

    /** The selectors of the stylesheets for {@code medium}, numbered and ordered as Flying Saucer orders them. */
    static Sheets of(List<Stylesheet> stylesheets, String medium) {
        record Numbered(Selector selector, Selector last, int position) {
        }
        List<PageRule> pageRules = new ArrayList<>();
        List<FontFaceRule> fontFaces = new ArrayList<>();
        List<Numbered> numbered = new ArrayList<>();
        int count = 0;
        int pages = 0;
        for (Stylesheet stylesheet : stylesheets) {
            for (Object content : stylesheet.getContents()) {
                List<Ruleset> rulesets = List.of();
                if (content instanceof Ruleset ruleset) {
                    rulesets = List.of(ruleset);
                } else if (content instanceof MediaRule media && media.matches(medium)) {
                    rulesets = media.getContents();
                } else if (content instanceof PageRule page) {
                    page.setPos(++pages);
                    pageRules.add(page);
                }
                for (Ruleset ruleset : rulesets) {
                    for (Selector selector : ruleset.getFSSelectors()) {
                        selector.setPos(++count); // Flying Saucer's matcher numbers them too, the same way
                        numbered.add(new Numbered(selector, last(selector), count));
                    }
                }
            }
            fontFaces.addAll(stylesheet.getFontFaceRules());
        }
        pageRules.sort(comparingLong(PageRule::getOrder));
        // Specificity of the selector's last part, then place in the stylesheets: Flying Saucer's order.
        numbered.sort(Comparator.<Numbered>comparingInt(n -> n.last().getSpecificityB())
                .thenComparingInt(n -> n.last().getSpecificityC())
                .thenComparingInt(n -> n.last().getSpecificityD())
                .thenComparingInt(Numbered::position));
        return new Sheets(numbered.stream().map(Numbered::selector).toList(), pageRules, fontFaces);
    }

    private static Selector last(Selector selector) {
        Selector last = selector;
        while (last.getChainedSelector() != null) {
            last = last.getChainedSelector();
        }
        return last;
    }

    /** The cascaded style of an element: the rules it matches, then its {@code style} attribute. */
    CascadedStyle cascaded(Element e, boolean restyle) {
        StyleRules rules = restyle ? match(e) : rulesOf(e);
        String nonCss = attributes.getNonCssStyling(e);
        String own = attributes.getElementStyling(e);
        if (isEmpty(nonCss) && isEmpty(own)) {
            return rules.plain();
        }
        List<PropertyDeclaration> declarations = new ArrayList<>();
        if (!isEmpty(nonCss)) {
            declarations.addAll(factory.parseStyleDeclaration(StylesheetInfo.Origin.AUTHOR, nonCss)
                    .getPropertyDeclarations());
        }
        declarations.addAll(declarationsOf(rules.mapped()));
        if (!isEmpty(own)) {
            declarations.addAll(factory.parseStyleDeclaration(StylesheetInfo.Origin.AUTHOR, own)
                    .getPropertyDeclarations());
        }
        return styleOf(declarations);
    }

    /** The style of a pseudo-element ({@code before}, {@code after}...) of an element already styled, or null. */
    CascadedStyle pseudoElement(Element e, String pseudoElement) {
        return rulesOf(e).pseudo(pseudoElement);
    }

    PageInfo page(String pageName, String pseudoPage) {
        List<PropertyDeclaration> declarations = new ArrayList<>();
        Map<MarginBoxName, List<PropertyDeclaration>> marginBoxes = new HashMap<>();
        for (PageRule rule : sheets.pageRules()) {
            if (rule.applies(pageName, pseudoPage)) {
                declarations.addAll(rule.getRuleset().getPropertyDeclarations());
                marginBoxes.putAll(rule.getMarginBoxes());
            }
        }
        return new PageInfo(declarations, styleOf(declarations), marginBoxes);
    }

    List<FontFaceRule> fontFaces() {
        return sheets.fontFaces();
    }

    boolean hoverStyled(Node e) {
        return hoverStyled.contains(e);
    }

    private StyleRules rulesOf(Node e) {
        StyleRules rules = byElement.get(e);
        return rules != null ? rules : match(e);
    }

    private StyleRules match(Node e) {
        Node parent = tree.getParentElement(e);
        StyleRules rules = (parent != null ? rulesOf(parent) : root).child(e, this);
        byElement.put(e, rules);
        return rules;
    }

    AttributeResolver attributes() {
        return attributes;
    }

    TreeResolver tree() {
        return tree;
    }

    /** Notes that a selector with {@code :hover} applies to {@code e}. */
    void hovered(Node e) {
        hoverStyled.add(e);
    }

    /** The declarations of the rules of {@code selectors}, in their order. */
    static List<PropertyDeclaration> declarationsOf(List<Selector> selectors) {
        List<PropertyDeclaration> declarations = new ArrayList<>();
        for (Selector selector : selectors) {
            declarations.addAll(selector.getRuleset().getPropertyDeclarations());
        }
        return declarations;
    }

    /** The cascaded style of declarations in cascade order; Flying Saucer's one empty style for none. */
    static CascadedStyle styleOf(List<PropertyDeclaration> declarations) {
        return declarations.isEmpty() ? CascadedStyle.emptyCascadedStyle : CascadedStyle.createLayoutStyle(declarations);
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }
}
