package briefs.annex;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The annex's wording, kept in {@code annex.properties} beside this class so that a sheet name
 * or a sentence changes without touching the code that lays out cells. Loaded once per process.
 */
final class AnnexWording {
    private static final AnnexWording DEFAULT = load("annex.properties");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final Properties texts;

    private AnnexWording(Properties texts) {
        this.texts = texts;
    }

    static AnnexWording standard() {
        return DEFAULT;
    }

    private static AnnexWording load(String resource) {
        try (InputStream in = AnnexWording.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the build: briefs/annex/" + resource);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new AnnexWording(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text for a key with its arguments filled in; arguments are used as they are. */
    String text(String key, String... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no annex wording for key: " + key);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }

    /** A {@code |}-separated list, used for header rows. */
    List<String> columns(String key, String... args) {
        return List.of(text(key, args).split("\\|"));
    }

    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    static String shortMonth(YearMonth month) {
        return SHORT_MONTH.format(month);
    }

    static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }
}
