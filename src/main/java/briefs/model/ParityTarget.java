package briefs.model;

import java.util.List;

/**
 * A Uniformed Gender Parity Strategy target: the share of women a category of personnel should
 * reach by a year.
 *
 * @param appliesTo the personnel types the target covers (staff officers and experts on mission
 *                  share one)
 * @param share     the target as a fraction, 0.15 for 15%
 * @param source    where the target is stated
 */
public record ParityTarget(String category, List<PersonnelType> appliesTo, int year, double share, String source) {
    public ParityTarget {
        appliesTo = List.copyOf(appliesTo);
    }
}
