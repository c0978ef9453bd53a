package briefs.produce;

import briefs.derive.CountryFigures;
import briefs.model.BadInputException;
import briefs.render.BriefTemplates;
import briefs.render.Language;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The languages a run writes each country's files in: a list of codes ({@code en,fr}), the same
 * for every country, or {@code preferred}, each country's own languages as its data file gives
 * them (English when it gives none). Codes are checked against the templates folder's wording
 * before anything is written.
 */
public final class LanguageChoice {
    /** The word that asks for each country's own languages. */
    public static final String PREFERRED = "preferred";

    private final List<Language> fixed;
    private final boolean preferred;
    private final BriefTemplates templates;

    private LanguageChoice(List<Language> fixed, boolean preferred, BriefTemplates templates) {
        this.fixed = List.copyOf(fixed);
        this.preferred = preferred;
        this.templates = templates;
    }

    /** English only, as before languages could be asked for. */
    public static LanguageChoice english(BriefTemplates templates) {
        return new LanguageChoice(List.of(templates.language(Language.ENGLISH)), false, templates);
    }

    /**
     * The languages typed, each once in the order typed; none means English.
     *
     * @throws BadChoice for a code the templates folder has no wording for, naming those it has
     */
    public static LanguageChoice of(BriefTemplates templates, List<String> typed) {
        Set<String> codes = new LinkedHashSet<>();
        if (typed != null) {
            typed.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).forEach(codes::add);
        }
        if (codes.isEmpty()) {
            return english(templates);
        }
        boolean preferred = codes.remove(PREFERRED);
        List<Language> fixed = new ArrayList<>();
        for (String code : codes) {
            try {
                fixed.add(templates.language(code));
            } catch (BadInputException e) {
                throw new BadChoice(String.join(",", typed), "unknown language '" + code + "': the templates have "
                        + String.join(", ", templates.languages()) + ", or " + PREFERRED + " for each country's own");
            }
        }
        return new LanguageChoice(fixed, preferred, templates);
    }

    /** The languages of one country: those asked for, and its own when {@code preferred} was asked. */
    public List<Language> of(CountryFigures figures) {
        if (!preferred) {
            return fixed;
        }
        List<Language> out = new ArrayList<>(fixed);
        List<String> own = figures.country().languages();
        for (String code : own.isEmpty() ? List.of(Language.ENGLISH) : own) {
            Language lang = knownOrNull(code);
            if (lang != null && out.stream().noneMatch(l -> l.code().equals(lang.code()))) {
                out.add(lang);
            }
        }
        return out.isEmpty() ? List.of(templates.language(Language.ENGLISH)) : out;
    }

    /** A country's language the templates have no wording for is left out: its other languages are made. */
    private Language knownOrNull(String code) {
        return templates.languages().contains(code) ? templates.language(code) : null;
    }

    /**
     * The languages of a set's index and overview: those asked for, English when none was (each
     * country's own languages alone make a set of several, whose index and overview are in English).
     */
    public List<Language> ofSet() {
        return fixed.isEmpty() ? List.of(templates.language(Language.ENGLISH)) : fixed;
    }

    /** As a function for {@link CountryOutputs#in}. */
    public Function<CountryFigures, List<Language>> perCountry() {
        return this::of;
    }
}
