package briefs.mail;

import briefs.derive.CountryFigures;
import briefs.model.BadInputException;
import briefs.model.Iso3;
import briefs.model.Problem;
import briefs.model.Source;
import briefs.render.BriefFormat;
import briefs.render.BriefTemplates;
import briefs.render.Language;
import briefs.render.MailView;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes one country's message for a data month with the templates of {@code templates/mail/}:
 * subject, attachment names, plain-text and HTML bodies. Built once per run; safe to share
 * between threads (the templates are).
 */
public final class CountryMail {
    public static final String SUBJECT = "mail/subject.ftl";
    public static final String BRIEF_NAME = "mail/brief-name.ftl";
    public static final String ANNEX_NAME = "mail/annex-name.ftl";
    public static final String TEXT = "mail/message.txt.ftl";
    public static final String HTML = "mail/message.html.ftlh";

    /** Characters Windows, macOS or Linux refuse in a file name, and control characters. */
    private static final Pattern NOT_IN_FILE_NAMES = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");

    private final BriefTemplates templates;
    private final BriefFormat fmt = new BriefFormat();

    public CountryMail(BriefTemplates templates) {
        this.templates = templates;
    }

    /** {@code <ISO3>-mail-<YYYY-MM>.eml}, beside the brief's and the annex's names. */
    public static String fileName(String iso3, YearMonth month) {
        return new Iso3(iso3) + "-mail-" + Objects.requireNonNull(month, "month") + ".eml";
    }

    /** {@code <ISO3>-mail-<YYYY-MM>-fr.eml} in French; the English name has no language. */
    public static String fileName(String iso3, YearMonth month, Language lang) {
        return new Iso3(iso3) + "-mail-" + Objects.requireNonNull(month, "month") + lang.fileSuffix() + ".eml";
    }

    /**
     * The Message-ID of a country's message for a month: the same on every run, so that the
     * send log, the server and the recipient's mail program all see one message, however
     * often it is written or sent.
     *
     * @param domain the sender's domain (RFC 5322 wants a Message-ID unique to its creator)
     */
    public static String messageId(String iso3, YearMonth month, String domain) {
        return "brief." + new Iso3(iso3) + "." + month + "@" + domain;
    }

    /**
     * The message of a country with the brief and the annex attached.
     *
     * @param brief  the PDF written by the brief command
     * @param annex  the XLSX annex
     * @param domain the domain of the Message-ID
     */
    public MailMessage compose(CountryFigures figures, List<Source> sources, Path brief, Path annex,
                               Recipients recipients, String domain) {
        return compose(figures, sources, brief, annex, recipients, domain, Language.english());
    }

    /**
     * The message in a language: its subject, bodies and attachment names are the mail
     * templates' wording in that language (mail/wording_fr.ftl). Its Message-ID names the
     * language, so a French and an English message of one month are two messages.
     */
    public MailMessage compose(CountryFigures figures, List<Source> sources, Path brief, Path annex,
                               Recipients recipients, String domain, Language lang) {
        java.util.Locale locale = lang.locale();
        MailView naming = new MailView(figures, sources, null, null, lang.fmt(), lang);
        String briefName = fileNameOf(templates.render(BRIEF_NAME, naming, locale), BRIEF_NAME);
        String annexName = fileNameOf(templates.render(ANNEX_NAME, naming, locale), ANNEX_NAME);
        MailView view = new MailView(figures, sources, briefName, annexName, lang.fmt(), lang);
        String iso3 = figures.country().iso3();
        String id = messageId(iso3, figures.month(), domain);
        return new MailMessage(iso3, figures.month(), lang.isEnglish() ? id : lang.code() + "." + id,
                headerLine(templates.render(SUBJECT, view, locale), SUBJECT), recipients,
                templates.render(TEXT, view, locale).strip() + "\n", templates.render(HTML, view, locale).strip() + "\n",
                List.of(new MailAttachment(brief, briefName, MailAttachment.PDF),
                        new MailAttachment(annex, annexName, MailAttachment.XLSX)));
    }

    /** The brief's file name as a reader sees it: the attachment's, e.g. "Norway – UN peacekeeping brief – July 2025.pdf". */
    public String briefName(CountryFigures figures, List<Source> sources) {
        return fileNameOf(templates.render(BRIEF_NAME, new MailView(figures, sources, null, null, fmt)), BRIEF_NAME);
    }

    /** The brief's file name as a reader sees it, in a language. */
    public String briefName(CountryFigures figures, List<Source> sources, Language lang) {
        return fileNameOf(templates.render(BRIEF_NAME, new MailView(figures, sources, null, null, lang), lang.locale()),
                BRIEF_NAME);
    }

    /** The annex's file name as a reader sees it, in a language. */
    public String annexName(CountryFigures figures, List<Source> sources, Language lang) {
        return fileNameOf(templates.render(ANNEX_NAME, new MailView(figures, sources, null, null, lang), lang.locale()),
                ANNEX_NAME);
    }

    /** The annex's file name as a reader sees it, as the attachment's. */
    public String annexName(CountryFigures figures, List<Source> sources) {
        return fileNameOf(templates.render(ANNEX_NAME, new MailView(figures, sources, null, null, fmt)), ANNEX_NAME);
    }

    /**
     * A header value is one line: a template's line breaks and runs of spaces become one space.
     * A template that renders nothing is the template's error, named like any other.
     */
    private String headerLine(String rendered, String template) {
        String line = rendered.strip().replaceAll("\\s+", " ");
        if (line.isEmpty()) {
            throw new BadInputException(new Problem(templates.dir().resolve(template).toString(), "",
                    "renders nothing; a subject or an attachment's name needs some text"));
        }
        return line;
    }

    private String fileNameOf(String rendered, String template) {
        String name = NOT_IN_FILE_NAMES.matcher(headerLine(rendered, template)).replaceAll("-");
        return name.startsWith(".") ? "_" + name : name;
    }
}
