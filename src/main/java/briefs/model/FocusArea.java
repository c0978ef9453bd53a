package briefs.model;

/** One pillar, objective or priority area of a National Action Plan. */
public record FocusArea(int number, String title, String sourceUrl) {
}
