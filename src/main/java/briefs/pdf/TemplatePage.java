package briefs.pdf;

import briefs.files.AtomicFile;
import briefs.render.BriefFormat;
import briefs.render.BriefTemplates;
import briefs.render.Chart;
import briefs.render.Language;
import briefs.render.PageCharts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the brief and the overview share on their way to PDF: a template of the templates folder
 * rendered with a view, its charts placed, the result staged by the one {@link FlyingSaucerPdf}.
 * Thread-safe: the templates, fonts and formatter it holds are shared, each page made on its own.
 */
final class TemplatePage {
    private final BriefTemplates templates;
    private final FlyingSaucerPdf pdf;
    private final Clock clock;
    private final BriefFormat fmt = new BriefFormat();
    private final PageCharts charts = new PageCharts(Language.english());
    private final java.util.concurrent.ConcurrentMap<String, PageCharts> chartsByLanguage =
            new java.util.concurrent.ConcurrentHashMap<>();

    TemplatePage(BriefTemplates templates, FlyingSaucerPdf pdf, Clock clock) {
        this.templates = templates;
        this.pdf = pdf;
        this.clock = clock;
    }

    BriefFormat fmt() {
        return fmt;
    }

    PageCharts charts() {
        return charts;
    }

    /** The brief's charts in a language (made once per language and shared). */
    PageCharts charts(Language lang) {
        return lang.isEnglish() ? charts : chartsByLanguage.computeIfAbsent(lang.code(), c -> new PageCharts(lang));
    }

    /** The day the page is made, for its "made on" line. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Renders {@code template} with {@code view} and makes it PDF under a temporary name beside {@code target}. */
    AtomicFile.Staged stage(String template, Object view, Map<String, Chart> drawn, Path target) throws IOException {
        return stage(template, view, drawn, target, BriefFormat.LOCALE);
    }

    /** As above, the template's wording in {@code locale}. */
    AtomicFile.Staged stage(String template, Object view, Map<String, Chart> drawn, Path target,
                            java.util.Locale locale) throws IOException {
        String xhtml = templates.render(template, view, locale);
        return pdf.stage(target, xhtml, templates.dir(), templates.dir().resolve(template).toString(), drawn);
    }

    /**
     * As {@link #stage}, for a page made with {@code view} or, when that runs over {@code maxPages},
     * with each of {@code tighter} in turn until one fits (the last is kept when none does). The first
     * is rendered before any file is opened, so a template error writes nothing.
     */
    AtomicFile.Staged stage(String template, Object view, List<?> tighter, int maxPages, Map<String, Chart> drawn,
                            Path target) throws IOException {
        return stage(template, view, tighter, maxPages, drawn, target, BriefFormat.LOCALE);
    }

    /** As above, the template's wording in {@code locale} (see {@link BriefTemplates#render(String, Object, java.util.Locale)}). */
    AtomicFile.Staged stage(String template, Object view, List<?> tighter, int maxPages, Map<String, Chart> drawn,
                            Path target, java.util.Locale locale) throws IOException {
        String usual = templates.render(template, view, locale);
        List<Supplier<String>> layouts = new ArrayList<>();
        layouts.add(() -> usual);
        for (Object v : tighter) {
            layouts.add(() -> templates.render(template, v, locale));
        }
        return pdf.stage(target, layouts, maxPages, templates.dir(), templates.dir().resolve(template).toString(),
                drawn);
    }
}
