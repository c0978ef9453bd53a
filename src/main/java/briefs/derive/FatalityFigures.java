package briefs.derive;

import java.util.List;

/**
 * Nationals lost in UN peace operations, from the first record to the end of the brief's month.
 *
 * @param total            all nationals, uniformed and civilian
 * @param uniformed        military, military observers and police
 * @param byCategory       personnel category (Military, Police, ...) to count, largest first
 * @param byIncident       incident type (Malicious Act, Illness, ...) to count, largest first
 * @param byOperation      operation to count, largest first
 * @param byDecade         decade ("1990s") to count, oldest first
 * @param firstYear        year of the first recorded death, or null when there is none
 * @param lastYear         year of the latest recorded death, or null
 * @param dataAsOf         the date the fatalities data set was last updated
 */
public record FatalityFigures(int total, int uniformed, int civilian, List<Count> byCategory,
                              List<Count> byIncident, List<Count> byOperation, List<Count> byDecade,
                              Integer firstYear, Integer lastYear, String dataAsOf) {
    public FatalityFigures {
        byCategory = List.copyOf(byCategory);
        byIncident = List.copyOf(byIncident);
        byOperation = List.copyOf(byOperation);
        byDecade = List.copyOf(byDecade);
    }

    /** A label and how many. */
    public record Count(String label, int count) {
    }
}
