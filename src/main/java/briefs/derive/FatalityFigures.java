package briefs.derive;

import java.time.YearMonth;
import java.util.List;

/**
 * Nationals lost in UN peace operations, from the first record to the end of the brief's month.
 *
 * @param total            all nationals, uniformed and civilian
 * @param uniformed        military, military observers and police
 * @param civilian         civilian staff, international and local, and others
 * @param byCategory       personnel category (Military, Police, ...) to count, largest first
 * @param byIncident       incident type (Malicious Act, Illness, ...) to count, largest first
 * @param byOperation      operation to count, largest first
 * @param byDecade         decade ("1990s") to count, oldest first
 * @param firstYear        year of the first recorded death, or null when there is none
 * @param lastYear         year of the latest recorded death, or null
 * @param uniformedFirstYear year of the first death among uniformed personnel, or null
 * @param dataAsOf         the date the fatalities data set was last updated
 * @param countedTo        the month to whose end deaths are counted: the brief's month, or the
 *                         month of the data's last update when that is earlier
 */
public record FatalityFigures(int total, int uniformed, int civilian, List<Count> byCategory,
                              List<Count> byIncident, List<Count> byOperation, List<Count> byDecade,
                              Integer firstYear, Integer lastYear, Integer uniformedFirstYear, String dataAsOf,
                              YearMonth countedTo) {
    public FatalityFigures {
        byCategory = List.copyOf(byCategory);
        byIncident = List.copyOf(byIncident);
        byOperation = List.copyOf(byOperation);
        byDecade = List.copyOf(byDecade);
    }

    /** Whether deaths are counted to the brief's month, which ends before the data's last update. */
    public boolean countedToBriefMonth() {
        return dataAsOf != null && countedTo.isBefore(YearMonth.from(java.time.LocalDate.parse(dataAsOf)));
    }

    /** A label and how many. */
    public record Count(String label, int count) {
    }
}
