package briefs.annex;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import briefs.render.BriefFormat;
import briefs.render.Language;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The annex's wording in one language. English is {@code annex.properties} beside this class, so
 * that a sheet name or a sentence changes without touching the code that lays out cells; another
 * language takes each key as {@code annex.<key>} from its words file in the templates folder
 * ({@code wording/words_fr.properties}), falling back to the English. Numbers and months are the
 * language's {@link BriefFormat}, the brief's own formatter.
 */
final class AnnexWording {
    private static final Properties ENGLISH = load("annex.properties");
    /** "Sep 2025" as the annex has always written it (en-GB's CLDR data writes "Sept"). */
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final AnnexWording DEFAULT = new AnnexWording(Language.english());

    private final Language lang;
    private final DateTimeFormatter shortMonth;

    private AnnexWording(Language lang) {
        this.lang = lang;
        this.shortMonth = lang.isEnglish() ? SHORT_MONTH : DateTimeFormatter.ofPattern("MMM yyyy", lang.locale());
    }

    static AnnexWording standard() {
        return DEFAULT;
    }

    static AnnexWording of(Language lang) {
        return lang.isEnglish() ? DEFAULT : new AnnexWording(lang);
    }

    Language language() {
        return lang;
    }

    private static Properties load(String resource) {
        try (InputStream in = AnnexWording.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the build: briefs/annex/" + resource);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text for a key with its arguments filled in; arguments are used as they are. */
    String text(String key, Object... args) {
        String english = ENGLISH.getProperty(key);
        if (english == null) {
            throw new IllegalArgumentException("no annex wording for key: " + key);
        }
        String pattern = lang.word("annex." + key, english);
        return args.length == 0 ? pattern : lang.format(pattern, args);
    }

    /** A {@code |}-separated list, used for header rows. */
    List<String> columns(String key, String... args) {
        return List.of(text(key, args).split("\\|"));
    }

    /** "July 2025"; a month the data lacks is a fault of the data set, not a blank cell. */
    String month(YearMonth month) {
        return lang.fmt().month(java.util.Objects.requireNonNull(month, "month"));
    }

    String shortMonth(YearMonth month) {
        return shortMonth.format(month);
    }

    /** A date the data gives as text (2025-04-04) as the brief writes it: "4 April 2025", "4 avril 2025". */
    String isoDate(String iso) {
        return iso == null ? null : lang.fmt().isoDate(iso);
    }

    String count(long n) {
        return lang.fmt().count(n);
    }
}
