package briefs.model;

/**
 * Nationals of a country who died in UN peace operations, grouped by year, operation,
 * personnel category and incident type, as the UN fatalities data set gives them.
 *
 * @param personnelCategory as in the source: Military, Police, Military Observer,
 *                          International Civilian, Local, Other
 * @param uniformed         whether the category counts as uniformed personnel
 */
public record Fatalities(int year, String operation, String personnelCategory, boolean uniformed,
                         String incidentType, int men, int women, int genderUnknown, int total) {
}
