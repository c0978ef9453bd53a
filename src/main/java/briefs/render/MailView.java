package briefs.render;

import briefs.derive.CountryFigures;
import briefs.model.Source;
import java.util.List;

/**
 * What the mail templates ({@code templates/mail/}) are given: the country's figures, the data
 * sets they come from, the names the attachments carry, and the formats. As with
 * {@link BriefView}, only figures: the templates write every word.
 *
 * @param brief the file name of the attached brief as the recipient sees it, or null while the
 *              name itself is being written
 * @param annex the same for the annex
 * @param lang  the language: its names; the templates' words are the localized lookup's
 */
public record MailView(CountryFigures figures, List<Source> sources, String brief, String annex, BriefFormat fmt,
                       Language lang) {
    public MailView {
        sources = List.copyOf(sources);
    }

    /** In English. */
    public MailView(CountryFigures figures, List<Source> sources, String brief, String annex, BriefFormat fmt) {
        this(figures, sources, brief, annex, fmt, Language.english());
    }

    /** In a language, with its formats. */
    public MailView(CountryFigures figures, List<Source> sources, String brief, String annex, Language lang) {
        this(figures, sources, brief, annex, lang.fmt(), lang);
    }
}
