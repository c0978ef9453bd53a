package briefs.cli;

import briefs.produce.BadChoice;
import briefs.produce.Session;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --as-of YYYY-MM}, shared by the commands that report on a month. A malformed value, a
 * month outside the data, or one the UN reports lack, is a usage error that says what was typed
 * and why.
 */
public final class AsOfOption {
    @Option(names = "--as-of", paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "The data month to report on (default: the latest month in the data).")
    private YearMonth asOf;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    /** The month typed, or null for the latest. */
    public YearMonth asked() {
        return asOf;
    }

    /** The month asked for, or the latest month of the data. */
    public YearMonth resolve(Session session) {
        try {
            return session.month(asOf);
        } catch (BadChoice e) {
            throw Options.invalid(spec, "--as-of", e);
        }
    }

    /** Parses YYYY-MM, saying what was expected when it is not. */
    public static final class MonthConverter implements ITypeConverter<YearMonth> {
        @Override
        public YearMonth convert(String value) {
            try {
                return YearMonth.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a month; expected YYYY-MM, e.g. 2025-07");
            }
        }
    }
}
