package briefs.derive;

/**
 * Who the country is, as a brief names it. {@code name} is the UN short name, for headings and
 * tables; {@code nameInText} the name in a sentence ("the Niger"), capitalised at a sentence's start.
 */
public record CountryIdentity(String iso3, String iso2, String name, String nameInText, String officialName, boolean unMember,
                              String region, String subregion, String regionalGroup, String regionalGroupName) {
}
