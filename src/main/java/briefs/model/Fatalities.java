package briefs.model;

/**
 * Nationals of a country who died in UN peace operations, grouped by year, operation,
 * personnel category and incident type, as the UN fatalities data set gives them.
 *
 * @param month             the month of the year (1 to 12) the deaths occurred in, so that a brief
 *                          as of a month counts only deaths up to its end
 * @param personnelCategory as in the source: Military, Police, Military Observer,
 *                          International Civilian, Local, Other
 * @param uniformed         whether the category counts as uniformed personnel
 */
public record Fatalities(int year, int month, String operation, String personnelCategory, boolean uniformed,
                         String incidentType, int men, int women, int genderUnknown, int total) {
}
