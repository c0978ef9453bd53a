package briefs.render;

import briefs.model.BadInputException;
import briefs.model.Problem;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The FreeMarker layouts of a folder ({@code templates/} or {@code --templates DIR}), configured
 * once per process and shared by every brief and thread: FreeMarker parses each template once
 * and caches it.
 *
 * <p>A templates folder is input a user supplies, so the configuration is locked down: no
 * {@code ?new} of arbitrary classes, no {@code ?api}, HTML/XML auto-escaping of every
 * {@code ${...}}. Any error in a template, while parsing or while running, is bad input: a
 * {@link BadInputException} naming the template, the line and the column.
 */
public final class BriefTemplates {
    /** The brief's main layout, in the templates folder. */
    public static final String BRIEF = "brief.ftlx";

    /** A layout file, not a language's variant of one ({@code brief_fr.ftlx}). */
    private static final Pattern LAYOUT = Pattern.compile("(?!.*_[a-z]{2,3}(_[A-Z]{2})?\\.ftlx?$).+\\.ftlx?");
    private static final int PREPARED_DEPTH = 3;

    private final Path dir;
    private final Configuration config;
    private final java.util.concurrent.ConcurrentMap<String, Language> languages =
            new java.util.concurrent.ConcurrentHashMap<>();

    public BriefTemplates(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(new Problem(dir.toString(), null,
                    "templates folder not found (give one with --templates DIR)"));
        }
        this.dir = dir;
        this.config = new Configuration(Configuration.VERSION_2_3_34);
        try {
            config.setDirectoryForTemplateLoading(dir.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read templates folder " + dir, e);
        }
        // 2.3.34's wrapper reads record components (figures.total) as well as getters.
        config.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        config.setDefaultEncoding("UTF-8");
        config.setOutputFormat(XHTMLOutputFormat.INSTANCE);
        config.setRecognizeStandardFileExtensions(true);
        config.setLocale(BriefFormat.LOCALE);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        // Counts print as 1,234; years must be written with fmt.year or ?c.
        config.setNumberFormat(",##0.###");
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        // Templates do not change while a run makes 193 briefs: never re-check the files.
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    }

    public Path dir() {
        return dir;
    }

    /**
     * Parses every layout of the folder ({@code .ftlx} and {@code .ftl}, their language variants
     * aside) for English now, so that the first brief only runs them: on a cold start parsing
     * the brief and what it includes took 70-100 ms of the first render, which a session does on
     * another core while the data loads. A layout that cannot be parsed is left for the render
     * that needs it to report, as before; a folder that cannot be listed is no error here either.
     */
    public BriefTemplates prepare() {
        List<String> layouts;
        try (Stream<Path> files = Files.walk(dir, PREPARED_DEPTH)) {
            layouts = files.filter(f -> LAYOUT.matcher(f.getFileName().toString()).matches() && Files.isRegularFile(f))
                    .map(f -> dir.relativize(f).toString().replace(java.io.File.separatorChar, '/'))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return this;
        }
        for (String name : layouts) {
            try {
                config.getTemplate(name, BriefFormat.LOCALE);
            } catch (IOException | RuntimeException e) {
                forget(name);
            }
        }
        return this;
    }

    /** Drops what the cache holds for a layout (its parse error too), so that its next use reads it again. */
    private void forget(String name) {
        try {
            config.removeTemplateFromCache(name, BriefFormat.LOCALE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot drop template " + name + " from the cache", e);
        }
    }

    /**
     * A language of this folder's wording ({@link Language#read}), read once and shared; an
     * unknown code is bad input naming the languages there are.
     */
    public Language language(String code) {
        String c = code == null ? Language.ENGLISH : code.strip().toLowerCase(java.util.Locale.ROOT);
        Language known = languages.get(c);
        return known != null ? known : languages.computeIfAbsent(c, k -> Language.read(dir, k));
    }

    /** The codes of the languages this folder has wording for, English first. */
    public List<String> languages() {
        return Language.available(dir);
    }

    /** Runs a template over a model, in English, and returns the XHTML it writes. */
    public String render(String templateName, Object model) {
        return render(templateName, model, BriefFormat.LOCALE);
    }

    /**
     * Runs a template over a model in a language. FreeMarker's localized lookup picks each
     * template and every one it imports or includes in the language where the folder has one
     * ({@code wording/talking-points_fr.ftl} for {@code wording/talking-points.ftl}), so the
     * layout is one file and only the wording differs.
     */
    public String render(String templateName, Object model, java.util.Locale locale) {
        Template template;
        try {
            template = config.getTemplate(templateName, locale);
        } catch (TemplateNotFoundException e) {
            throw new BadInputException(new Problem(dir.resolve(templateName).toString(), null,
                    "template not found in " + dir), e);
        } catch (ParseException e) {
            throw new BadInputException(new Problem(templateFile(e.getTemplateName(), templateName),
                    at(e.getLineNumber(), e.getColumnNumber()), firstLine(e.getEditorMessage())), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + dir.resolve(templateName), e);
        }
        StringBuilder out = new StringBuilder(64 * 1024);
        TemplateLimits limits = new TemplateLimits();
        try {
            Environment env = template.createProcessingEnvironment(model, limits.bounded(out));
            env.setLocale(locale);
            env.setTemplateProcessingTracer(limits);
            env.process();
        } catch (TemplateLimits.RunawayTemplate e) {
            throw runaway(e, templateName);
        } catch (StackOverflowError e) {
            // The depth limit comes first for templates; this is a deep data structure or a bug.
            throw new BadInputException(new Problem(dir.resolve(templateName).toString(), null,
                    "the template calls itself too deeply to finish (stack exhausted)"), e);
        } catch (TemplateException e) {
            if (e.getCause() instanceof TemplateLimits.RunawayTemplate r) {
                throw runaway(r, templateName);
            }
            throw new BadInputException(new Problem(templateFile(e.getTemplateSourceName(), templateName),
                    at(e.getLineNumber(), e.getColumnNumber()), firstLine(e.getMessageWithoutStackTop())), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write template output", e);
        } catch (SecurityException e) {
            // FreeMarker's file loader refuses a template that a symbolic link takes out of the folder.
            throw new BadInputException(new Problem(dir.resolve(templateName).toString(), null,
                    "a template may only include files inside " + dir + ": " + e.getMessage()), e);
        }
        return out.toString();
    }

    private BadInputException runaway(TemplateLimits.RunawayTemplate e, String templateName) {
        return new BadInputException(new Problem(templateFile(e.template, templateName),
                e.line > 0 ? at(e.line, e.column) : null, e.getMessage()), e);
    }

    /** The file an error is in: an included partial, or the template asked for. */
    private String templateFile(String sourceName, String fallback) {
        return dir.resolve(sourceName != null ? sourceName : fallback).toString();
    }

    private static String at(Integer line, Integer column) {
        if (line == null) {
            return null;
        }
        return column == null ? "line " + line : "line " + line + ", column " + column;
    }

    /** FreeMarker messages run over several lines with tips; the first says what is wrong. */
    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "template error";
        }
        List<String> lines = message.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String first = lines.get(0);
        // "The following has evaluated to null or missing:" is followed by the expression at fault.
        if (first.endsWith(":") && lines.size() > 1) {
            first = first + " " + lines.get(1).replaceFirst("^==>\\s*", "").replaceAll("\\s*\\[in template.*$", "");
        }
        return first.replaceAll("\\s*\\(Details:?$", "");
    }
}
