package briefs.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.w3c.dom.Node;
import org.xhtmlrenderer.css.newmatch.CascadedStyle;
import org.xhtmlrenderer.css.newmatch.Selector;

/**
 * The selectors that may apply below an element (its {@code axes}) and those that apply to
 * it, shared by the elements that match the same selectors under the same parent rules, and
 * by documents with the same selectors: a tree that grows as elements are met, kept by the
 * worker (see {@link TemplateStyles}) while its stylesheets stay the same. On an element it
 * tries only the selectors that may match an element of its name and class attribute (see
 * {@link Required}), in their order, as many as Flying Saucer's matcher finds trying them all.
 */
final class StyleRules {
    private final List<Selector> axes;
    private final Map<String, List<Selector>> pseudoSelectors;
    private final List<Selector> mapped;
    /** What each selector requires of an element, shared by the whole tree. */
    private final Map<Selector, Required> required;
    private final Map<List<Integer>, StyleRules> children = new HashMap<>();
    /** Positions in {@code axes} of the selectors worth trying on an element, by its name and class attribute. */
    private Map<Tried, int[]> candidates;
    private final Map<String, CascadedStyle> pseudoStyles = new HashMap<>();
    private CascadedStyle plain;

    private StyleRules(List<Selector> axes, Map<String, List<Selector>> pseudoSelectors, List<Selector> mapped,
                       Map<Selector, Required> required) {
        for (Selector axe : axes) {
            if (axe.getAxis() == Selector.Axis.IMMEDIATE_SIBLING_AXIS) {
                throw new IllegalStateException("Selector axis: " + axe.getAxis()); // as Flying Saucer
            }
        }
        this.axes = axes;
        this.pseudoSelectors = pseudoSelectors;
        this.mapped = mapped;
        this.required = required;
    }

    /** The rules above a document's root element, for its selectors in cascade order ({@link StyleCascade.Sheets#selectors}). */
    static StyleRules root(List<Selector> selectors) {
        return new StyleRules(selectors, Map.of(), List.of(), new IdentityHashMap<>());
    }

    /** Whether these are the root rules of exactly these selectors, in this order. */
    boolean isFor(List<Selector> selectors) {
        if (selectors.size() != axes.size()) {
            return false;
        }
        for (int i = 0; i < selectors.size(); i++) {
            if (selectors.get(i) != axes.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The rules of child element {@code e} of an element with these rules, in {@code cascade}'s document. */
    StyleRules child(Node e, StyleCascade cascade) {
        if (candidates == null) {
            candidates = new HashMap<>();
        }
        String name = elementName(e);
        String classes = cascade.attributes().getClass(e);
        int[] tries = candidates.computeIfAbsent(new Tried(name, classes), k -> candidates(name, classes));
        List<Integer> key = new ArrayList<>();
        Map<String, List<Selector>> pseudo = new HashMap<>();
        List<Selector> matched = new ArrayList<>();
        Map<Integer, Selector> chains = null;
        for (int i : tries) {
            Selector axe = axes.get(i);
            if (!axe.matches(e, cascade.attributes(), cascade.tree())) {
                continue;
            }
            String pseudoElement = axe.getPseudoElement();
            if (pseudoElement != null) {
                pseudo.computeIfAbsent(pseudoElement, k -> new ArrayList<>()).add(axe);
                key.add(axe.getSelectorID());
                continue;
            }
            if (axe.isPseudoClass(Selector.HOVER_PSEUDOCLASS)) {
                cascade.hovered(e);
            }
            if (!axe.matchesDynamic(e, cascade.attributes(), cascade.tree())) {
                continue;
            }
            key.add(axe.getSelectorID());
            Selector chain = axe.getChainedSelector();
            if (chain == null) {
                matched.add(axe);
            } else if (chain.getAxis() == Selector.Axis.IMMEDIATE_SIBLING_AXIS) {
                throw new IllegalStateException("Selector axis: " + chain.getAxis()); // as Flying Saucer
            } else {
                if (chains == null) {
                    chains = new HashMap<>();
                }
                chains.put(i, chain);
            }
        }
        StyleRules known = children.get(key);
        if (known == null) {
            known = new StyleRules(below(chains), pseudo, matched, required);
            children.put(key, known);
        }
        return known;
    }

    /** The selectors open below a child: the descendant selectors, and the next part of those it matched, in order. */
    private List<Selector> below(Map<Integer, Selector> chains) {
        List<Selector> below = new ArrayList<>(axes.size() + (chains == null ? 0 : chains.size()));
        for (int i = 0; i < axes.size(); i++) {
            if (axes.get(i).getAxis() == Selector.Axis.DESCENDANT_AXIS) {
                below.add(axes.get(i));
            }
            if (chains != null && chains.containsKey(i)) {
                below.add(chains.get(i));
            }
        }
        return below;
    }

    /** Positions, in order, of the selectors that may match an element of this name and class attribute. */
    private int[] candidates(String name, String classes) {
        int[] tries = new int[axes.size()];
        int n = 0;
        for (int i = 0; i < axes.size(); i++) {
            if (required.computeIfAbsent(axes.get(i), Required::of).allows(name, classes)) {
                tries[n++] = i;
            }
        }
        return Arrays.copyOf(tries, n);
    }

    /** The selectors that apply to an element with these rules, in cascade order. */
    List<Selector> mapped() {
        return mapped;
    }

    /** The cascaded style of an element matching these rules with no styling of its own: one, shared. */
    CascadedStyle plain() {
        if (plain == null) {
            plain = StyleCascade.styleOf(StyleCascade.declarationsOf(mapped));
        }
        return plain;
    }

    /** The style of a pseudo-element of an element with these rules, or null when no rule styles it. */
    CascadedStyle pseudo(String pseudoElement) {
        List<Selector> selectors = pseudoSelectors.get(pseudoElement);
        return selectors == null ? null
                : pseudoStyles.computeIfAbsent(pseudoElement, k -> StyleCascade.styleOf(StyleCascade.declarationsOf(selectors)));
    }

    /**
     * What an element must have for a selector (the part tried on it) to match: a name, a class,
     * each null when the selector asks for none or it cannot be told. Flying Saucer keeps them
     * private; the selector's text starts with them ("td", "td.total", "null.big" for ".big", the
     * last class when there are several, then the text of the parts after it), which is all this
     * reads, and only names and classes of letters, digits, '-' and '_'.
     */
    record Required(String name, String className) {
        static final Required NOTHING = new Required(null, null);

        static Required of(Selector selector) {
            String text = selector.getSelectorText();
            int end = word(text, 0);
            String name = text.substring(0, end);
            if (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != ' ') {
                return NOTHING; // something else follows: say nothing
            }
            name = name.isEmpty() || name.equals("null") ? null : name;
            String className = null;
            if (end < text.length() && text.charAt(end) == '.') {
                int classEnd = word(text, end + 1);
                if (classEnd > end + 1 && (classEnd == text.length() || text.charAt(classEnd) == ' ')) {
                    className = text.substring(end + 1, classEnd);
                }
            }
            return name == null && className == null ? NOTHING : new Required(name, className);
        }

        /** Whether an element of this name (null: one that cannot be told) and class attribute may match. */
        boolean allows(String elementName, String classes) {
            return (name == null || elementName == null || name.equals(elementName))
                    && (className == null || elementName == null || hasClass(classes, className));
        }

        private static int word(String text, int from) {
            int end = from;
            while (end < text.length() && isNameChar(text.charAt(end))) {
                end++;
            }
            return end;
        }

        /** Whether {@code className} is one of the whitespace-separated words of {@code classes}. */
        private static boolean hasClass(String classes, String className) {
            if (classes == null) {
                return false;
            }
            for (int from = classes.indexOf(className); from >= 0; from = classes.indexOf(className, from + 1)) {
                int to = from + className.length();
                if ((from == 0 || Character.isWhitespace(classes.charAt(from - 1)))
                        && (to == classes.length() || Character.isWhitespace(classes.charAt(to)))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * What selectors are tried on: an element's name (null: one that cannot be told) and its class
     * attribute. Looked up for every element of every brief, so its equality is written out: a
     * record's own is made at run time from method handles, classes spun in every process.
     */
    private record Tried(String name, String classes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Tried t && Objects.equals(name, t.name) && Objects.equals(classes, t.classes);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(name) + Objects.hashCode(classes);
        }
    }

    /** An element's name as selectors match it, or null when it has characters a name is not read with. */
    private static String elementName(Node e) {
        String name = e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
        for (int i = 0; i < name.length(); i++) {
            if (!isNameChar(name.charAt(i))) {
                return null; // a name with a dot, colon...: every selector is tried
            }
        }
        return name;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
