package briefs.model;

import java.time.YearMonth;
import java.util.List;

/**
 * What the data covers as a whole: its months (and the ones the UN reports lack), where gender
 * or operation detail is missing, its sources, the operations and the parity targets.
 *
 * @param months                  every month with data, oldest first
 * @param missingMonths           months between first and last that have no data, and why
 * @param monthsWithoutGender     months whose gender split is unusable, and why
 * @param monthsWithoutOperations months whose reports give country by personnel type only
 * @param parityTargets           the Uniformed Gender Parity Strategy targets, by category and year
 */
public record DataSet(YearMonth first, YearMonth last, List<YearMonth> months, List<MonthNote> missingMonths,
                      List<MonthNote> monthsWithoutGender, List<YearMonth> monthsWithoutOperations,
                      List<Source> sources, List<Operation> operations, List<ParityTarget> parityTargets) {
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
