package briefs.derive;

import java.time.YearMonth;

/**
 * The country twelve months before the brief's month, and the change since.
 *
 * @param women       null when gender was unavailable then
 * @param change      total now minus total then
 * @param changeShare change / total then, or null when total then was 0
 */
public record YearAgo(YearMonth month, int total, Integer women, int change, Double changeShare) {
}
