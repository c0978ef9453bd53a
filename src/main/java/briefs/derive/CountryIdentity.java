package briefs.derive;

/** Who the country is, as a brief names it. {@code name} is the UN short name. */
public record CountryIdentity(String iso3, String iso2, String name, String officialName, boolean unMember,
                              String region, String subregion, String regionalGroup, String regionalGroupName) {
}
