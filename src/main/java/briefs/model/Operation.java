package briefs.model;

import java.time.LocalDate;

/**
 * A UN peace operation that appears in the contribution data.
 *
 * @param kind      "Peacekeeping operation" or "Special political mission" (or support office)
 * @param location  the host country or region, e.g. "South Sudan"
 * @param end       null while active
 */
public record Operation(String acronym, String name, String kind, String location, String hostIso3,
                        LocalDate start, LocalDate end, String source) {
}
