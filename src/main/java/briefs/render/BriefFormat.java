package briefs.render;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a brief writes numbers, shares and dates (British English: 1,234, 12.3%, March 2025,
 * 23 November 2026). Templates call it as {@code fmt}, charts use the same formats, so a figure
 * reads the same in a sentence, a table and a chart label. It formats only: it never computes.
 * Immutable and thread-safe (each call makes its own {@link NumberFormat}, which is not).
 */
public final class BriefFormat {
    public static final Locale LOCALE = Locale.UK;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", LOCALE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);
    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth"};
    private static final String MINUS = "\u2013";
    private static final String[] SMALL = {"no", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten"};

    /** A count with thousands separators: 1,234. */
    public String count(Number n) {
        return n == null ? "" : countFormat().format(n);
    }

    /** Counts up to ten in words ("six operations"), larger ones in figures, as house style has it. */
    public String words(Number n) {
        if (n == null) {
            return "";
        }
        int i = n.intValue();
        return i >= 0 && i < SMALL.length ? SMALL[i] : count(n);
    }

    /** A fraction as a percentage with one decimal: 0.1234 to "12.3%". */
    public String pct(Number share) {
        return share == null ? "" : shareFormat().format(share.doubleValue());
    }

    /** A whole-number percentage for targets: 0.15 to "15%". */
    public String pct0(Number share) {
        if (share == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getPercentInstance(LOCALE);
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
        String s = pct(Math.abs(v));
        return v > 0 && !s.equals(pct(0)) ? "+" + s : v < 0 && !s.equals(pct(0)) ? MINUS + s : s;
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
        return month == null ? "" : MONTH.format(month);
    }

    /** "23 November 2026". */
    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /**
     * A date the data gives as text: "2025-04-04" reads "4 April 2025"; text that is no ISO date
     * ("2024", "spring 2024") is given back as it is.
     */
    public String isoDate(String isoDate) {
        if (isoDate == null) {
            return "";
        }
        try {
            return DATE.format(LocalDate.parse(isoDate));
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
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(LOCALE));
        f.setParseIntegerOnly(true);
        return f;
    }

    /** The share format for chart axes: 20%. */
    public NumberFormat wholeShareFormat() {
        return new DecimalFormat("0%", DecimalFormatSymbols.getInstance(LOCALE));
    }

    /** The share format charts put on axes and labels: 12.3%. */
    public NumberFormat shareFormat() {
        return new DecimalFormat("0.0%", DecimalFormatSymbols.getInstance(LOCALE));
    }
}
