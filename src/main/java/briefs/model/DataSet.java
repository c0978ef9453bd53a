package briefs.model;

import java.time.YearMonth;
import java.util.List;

/**
 * What the data covers as a whole: its months (and the ones the UN reports lack), where gender
 * or operation detail is missing, its sources, the operations and the parity targets.
 */
public record DataSet(YearMonth first, YearMonth last, List<YearMonth> months, List<YearMonth> missingMonths,
                      List<YearMonth> monthsWithoutGender, List<YearMonth> monthsWithoutOperations,
                      List<Source> sources, List<Operation> operations, String parityStrategy,
                      String paritySource, List<ParityTarget> parityTargets) {
    public DataSet {
        months = List.copyOf(months);
        missingMonths = List.copyOf(missingMonths);
        monthsWithoutGender = List.copyOf(monthsWithoutGender);
        monthsWithoutOperations = List.copyOf(monthsWithoutOperations);
        sources = List.copyOf(sources);
        operations = List.copyOf(operations);
        parityTargets = List.copyOf(parityTargets);
    }
}
