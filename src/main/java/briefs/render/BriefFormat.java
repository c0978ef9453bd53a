package briefs.render;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a brief, its charts, its annex and its e-mail write numbers, shares and dates in one
 * language: British English 1,234, 12.3%, March 2025, 23 November 2026; French 1 234,
 * 15,8 %, juillet 2025, 31 juillet 2025; Spanish 1.234, 15,8 %, julio de 2025, 31 de julio de
 * 2025. The patterns are the JDK's CLDR data for the locale, so a new language needs no code here.
 * Templates call it as {@code fmt}, charts use the same formats, so a figure reads the same in a
 * sentence, a table and a chart label. It formats only: it never computes. Immutable and
 * thread-safe: a {@link NumberFormat} is not, so the counts and shares of sentences use one per
 * thread, and every format handed out is a new one.
 *
 * <p>The English-only helpers ({@link #ordinal}, {@link #ordinalWord}, {@link #words}) stay for
 * the English wording; other languages write ordinals and number words in their wording files,
 * where gender and agreement are known.
 */
public final class BriefFormat {
    /** The English of the briefs: British. */
    public static final Locale LOCALE = Locale.UK;
    private final Locale locale;
    private final DateTimeFormatter monthFormat;
    private final DateTimeFormatter dateFormat;
    /** Made once per thread: making a format for every figure was half the cost of writing it. */
    private final ThreadLocal<NumberFormat> counts = ThreadLocal.withInitial(this::countFormat);
    private final ThreadLocal<NumberFormat> shares = ThreadLocal.withInitial(this::shareFormat);
    /**
     * Months and the data's dates as written, remembered: a brief writes the same few dozen again
     * and again, and parsing and formatting a date each time was 0.5% of a bulk run.
     */
    private final Map<YearMonth, String> months = new ConcurrentHashMap<>();
    private final Map<String, String> isoDates = new ConcurrentHashMap<>();
    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth"};
    private static final String MINUS = "\u2013";
    private static final String[] SMALL = {"no", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten"};

    /** British English. */
    public BriefFormat() {
        this(LOCALE);
    }

    /** The formats of {@code locale} ("fr", "es", "en-GB"). */
    public BriefFormat(Locale locale) {
        this(locale, null);
    }

    /**
     * The formats of {@code locale}, the first day of a month written {@code firstOfMonth} in a
     * date where the language writes it so ("1er décembre 2026" in French, where CLDR gives "1
     * décembre"); null for the day's number, as in English and Spanish.
     */
    public BriefFormat(Locale locale, String firstOfMonth) {
        this.locale = locale;
        // CLDR's "month and year" and long date: "July 2025", "juillet 2025", "julio de 2025".
        this.monthFormat = DateTimeFormatter.ofLocalizedPattern("yMMMM").withLocale(locale);
        this.dateFormat = firstOfMonth == null || firstOfMonth.isBlank()
                ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                : withFirstOfMonth(DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.LONG, null,
                        IsoChronology.INSTANCE, locale), firstOfMonth.strip(), locale);
    }

    /**
     * The dates of {@code pattern} with the first day of a month written {@code word}, every other
     * day as its number: "d MMMM y" and "1er" write "1er décembre 2026" and "2 décembre 2026".
     */
    static DateTimeFormatter withFirstOfMonth(String pattern, String word, Locale locale) {
        int start = -1;
        boolean quoted = false;
        for (int i = 0; i < pattern.length() && start < 0; i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == 'd' && !quoted) {
                start = i;
            }
        }
        if (start < 0) {
            throw new IllegalArgumentException("no day of the month in the date pattern \"" + pattern + "\"");
        }
        int end = start;
        while (end < pattern.length() && pattern.charAt(end) == 'd') {
            end++;
        }
        return new DateTimeFormatterBuilder()
                .appendPattern(pattern.substring(0, start))
                .appendText(ChronoField.DAY_OF_MONTH, Map.of(1L, word)) // a day the map lacks is written as its number
                .appendPattern(pattern.substring(end))
                .toFormatter(locale);
    }

    /** The language the figures are written in. */
    public Locale locale() {
        return locale;
    }

    /** A count with thousands separators: 1,234. */
    public String count(Number n) {
        return n == null ? "" : counts.get().format(n);
    }

    /** Counts up to ten in words ("six operations"), larger ones in figures, as house style has it. */
    public String words(Number n) {
        if (n == null) {
            return "";
        }
        int i = n.intValue();
        return i >= 0 && i < SMALL.length ? SMALL[i] : count(n);
    }

    /**
     * A fraction as a percentage with one decimal: 0.1234 to "12.3%". A share above zero that
     * would print as 0.0% gets the decimals it needs, up to three: one woman among 2,059 (Egypt,
     * June 2015) is "0.05%", and one short of the whole is "99.95%", not "100.0%", so a share
     * never contradicts the count beside it.
     */
    public String pct(Number share) {
        if (share == null) {
            return "";
        }
        double v = share.doubleValue();
        String s = shares.get().format(v);
        if (v >= 0.001 && v <= 0.999) {
            return s; // nearly every share: one decimal never reads 0.0% or 100.0% here
        }
        for (int decimals = 2; decimals <= 3 && v > 0 && v < 1; decimals++) {
            NumberFormat coarser = percent(decimals - 1);
            if (!s.equals(coarser.format(0)) && !s.equals(coarser.format(1))) {
                break;
            }
            s = percent(decimals).format(v);
        }
        return s;
    }

    /** A whole-number percentage for targets: 0.15 to "15%". */
    public String pct0(Number share) {
        if (share == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(1);
        return f.format(share.doubleValue());
    }

    /**
     * A change with its sign: "+12", "–3", "0". The minus is an en dash: the bundled Noto Sans has
     * no U+2212, and a glyph missing from the font is silently dropped from the PDF.
     */
    public String signed(Number n) {
        if (n == null) {
            return "";
        }
        long v = n.longValue();
        return v > 0 ? "+" + count(v) : v < 0 ? MINUS + count(-v) : "0";
    }

    /** A relative change with its sign: "+13.2%", "–4.0%". */
    public String signedPct(Number share) {
        if (share == null) {
            return "";
        }
        double v = share.doubleValue();
        NumberFormat f = shares.get();
        String s = f.format(Math.abs(v));
        String zero = f.format(0);
        return v > 0 && !s.equals(zero) ? "+" + s : v < 0 && !s.equals(zero) ? MINUS + s : s;
    }

    /**
     * Compares two shares as the brief prints them (to 0.1 percentage points), so a sentence never
     * says "above" of two equal-looking figures: −1, 0 or 1.
     */
    public int comparePct(Number a, Number b) {
        long x = Math.round(a.doubleValue() * 1000);
        long y = Math.round(b.doubleValue() * 1000);
        return Long.compare(x, y);
    }

    /** An ordinal: 1st, 2nd, 3rd, 11th, 73rd. */
    public String ordinal(Number n) {
        int v = n.intValue();
        int mod100 = v % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (v % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return count(v) + suffix;
    }

    /** An ordinal in words up to tenth ("second plan"), in figures beyond. */
    public String ordinalWord(Number n) {
        int v = n.intValue();
        return v >= 1 && v <= ORDINALS.length ? ORDINALS[v - 1] : ordinal(n);
    }

    /** "March 2025". */
    public String month(YearMonth month) {
        return month == null ? "" : months.computeIfAbsent(month, monthFormat::format);
    }

    /** "23 November 2026", "1er décembre 2026". */
    public String date(LocalDate date) {
        return date == null ? "" : dateFormat.format(date);
    }

    /**
     * A date the data gives as text: "2025-04-04" reads "4 April 2025"; text that is no ISO date
     * ("2024", "spring 2024") is given back as it is.
     */
    public String isoDate(String isoDate) {
        return isoDate == null ? "" : isoDates.computeIfAbsent(isoDate, this::readIsoDate);
    }

    private String readIsoDate(String isoDate) {
        try {
            return date(LocalDate.parse(isoDate));
        } catch (java.time.format.DateTimeParseException e) {
            return isoDate;
        }
    }

    /** A year without separators: 2025 (FreeMarker's default number format would write 2,025). */
    public String year(Number year) {
        return year == null ? "" : Integer.toString(year.intValue());
    }

    /** The count format charts put on axes and labels. */
    public NumberFormat countFormat() {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
        f.setParseIntegerOnly(true);
        return f;
    }

    /** The share format for chart axes: 20%, 20 %. */
    public NumberFormat wholeShareFormat() {
        return percent(0);
    }

    /** The share format charts put on axes and labels: 12.3%, 12,3 %. */
    public NumberFormat shareFormat() {
        return percent(1);
    }

    /** The locale's own percent pattern (a no-break space before % in French and Spanish). */
    private NumberFormat percent(int decimals) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setRoundingMode(java.math.RoundingMode.HALF_EVEN);
        // 4900.0%, as the brief has always written a large change, not 4,900.0%.
        f.setGroupingUsed(false);
        return f;
    }

    /** The month and year as charts tick a time axis: "Jul 25", "juil. 25". */
    public java.text.DateFormat shortMonthFormat() {
        return new java.text.SimpleDateFormat("MMM yy", locale);
    }

    /** The year as charts tick a time axis. */
    public java.text.DateFormat yearFormat() {
        return new java.text.SimpleDateFormat("yyyy", locale);
    }
}
