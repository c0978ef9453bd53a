package briefs.derive;

import briefs.model.PersonnelType;

/**
 * One personnel type's figures for a country and month.
 *
 * @param men        null when gender is unavailable
 * @param women      null when gender is unavailable
 * @param womenShare null when total is 0 or gender is unavailable
 */
public record TypeFigures(PersonnelType type, String label, Integer men, Integer women, int total, Double womenShare) {
}
