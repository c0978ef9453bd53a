package briefs.derive;

import briefs.model.CountryNames;
import java.util.List;
import java.util.Locale;

/**
 * Who the country is, as a brief names it. {@code name} is the UN short name, for headings and
 * tables; {@code nameInText} the name in a sentence ("the Niger"), capitalised at a sentence's start.
 * {@code languages} are the languages its briefs are preferred in (codes such as "fr", "es"; empty
 * when the data says none), for {@code all --lang preferred}. {@code commonName} is the name in
 * common English use ("Ivory Coast"), which the web page's filter matches too; null when none.
 */
public record CountryIdentity(String iso3, String iso2, String name, String nameInText, String officialName, boolean unMember,
                              String region, String subregion, String regionalGroup, String regionalGroupName,
                              List<String> languages, String commonName) {
    public CountryIdentity {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    /**
     * Its two-letter code and the initials of its names ({@code GB}, {@code UKGBNI}, {@code UK}),
     * in capitals: what the web page's filter matches as a whole, as the command line takes them.
     */
    public List<String> shortForms() {
        return CountryNames.shortForms(iso2, name, commonName).stream().map(f -> f.toUpperCase(Locale.ROOT)).toList();
    }

    /** A country with no preferred language and no common name in the data. */
    public CountryIdentity(String iso3, String iso2, String name, String nameInText, String officialName, boolean unMember,
                           String region, String subregion, String regionalGroup, String regionalGroupName) {
        this(iso3, iso2, name, nameInText, officialName, unMember, region, subregion, regionalGroup, regionalGroupName,
                List.of(), null);
    }
}
