package briefs.derive;

/** Where a country stands on National Action Plans in the brief's year, as far as the data says. */
public enum PlanStatus {
    /** A plan's years include the brief's year. */
    IN_FORCE,
    /** A plan started on or before the brief's year and the sources give no end year. */
    OPEN_ENDED,
    /** Plans are recorded, but the latest ended before the brief's year. */
    EXPIRED,
    /** The only plans recorded start after the brief's year. */
    NOT_YET_ADOPTED,
    /** Plans are recorded, but the sources give no years for them. */
    DATES_UNKNOWN,
    /** The data records no plan; the country may still have one. */
    NONE_RECORDED
}
