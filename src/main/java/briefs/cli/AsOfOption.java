package briefs.cli;

import briefs.derive.Contributors;
import briefs.model.BadInputException;
import briefs.model.MonthNote;
import briefs.model.Problem;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --as-of YYYY-MM}, shared by the commands that report on a month. A malformed value is a
 * usage error; a month outside the data, or one the UN reports lack, is bad input with the reason.
 */
public final class AsOfOption {
    @Option(names = "--as-of", paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "The data month to report on (default: the latest month in the data).")
    private YearMonth asOf;

    /** The month asked for, or the latest month of the data. */
    public YearMonth resolve(Contributors contributors) {
        if (asOf == null) {
            return contributors.latestMonth();
        }
        if (contributors.hasMonth(asOf)) {
            return asOf;
        }
        var dataSet = contributors.dataSet();
        String why = dataSet.missingMonths().stream().filter(n -> n.month().equals(asOf)).map(MonthNote::note)
                .findFirst().orElse("the data runs from " + dataSet.first() + " to " + dataSet.last() + ".");
        throw new BadInputException(new Problem("--as-of", "", asOf + " is not in the data: " + why));
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
