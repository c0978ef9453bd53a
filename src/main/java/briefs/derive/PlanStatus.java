package briefs.derive;

/** Where a country stands on National Action Plans in the brief's year, as far as the data says. */
public enum PlanStatus {
    /** The latest plan started by the brief's year runs to that year or later. */
    IN_FORCE,
    /** The latest plan started by the brief's year has no end year in the sources. A plan without
     *  an end year is superseded by any later plan, so it is never older than another one. */
    OPEN_ENDED,
    /** Plans are recorded, but the latest one ended before the brief's year. */
    EXPIRED,
    /** Plans are recorded, but the sources give no years for them. */
    DATES_UNKNOWN,
    /** The data records no plan; the country may still have one. */
    NONE_RECORDED
}
