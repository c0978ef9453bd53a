package briefs.derive;

import java.util.List;

/**
 * A country's personnel in one operation.
 *
 * @param name     the operation's full name, or the acronym where the data has no name for it
 * @param location where it operates (host country or region), or null when unknown
 * @param byType   totals for all five personnel types, in the enum's order
 * @param women    null when gender is unavailable
 */
public record OperationFigures(String acronym, String name, String location, List<TypeFigures> byType,
                               Integer women, int total) {
    public OperationFigures {
        byType = List.copyOf(byType);
    }
}
