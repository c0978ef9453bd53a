package briefs.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Everything the data says about one country: who it is, what it deployed month by month,
 * the nationals it lost, its National Action Plans and the notes users wrote about it.
 *
 * @param name          the UN short name, exactly as the UN writes it ("Côte d’Ivoire", "Türkiye")
 * @param nameInText    the name as UN documents write it in a sentence, article included ("the
 *                      Kingdom of the Netherlands", "the Niger", "Norway")
 * @param commonName    the name in common English use ("Ivory Coast", "Russia", "South Korea"),
 *                      which a user may type; null where the data has none
 * @param sourceNames   every spelling under which the UN reports printed it
 * @param regionalGroup AG, APG, EEG, GRULAC, WEOG, or null
 * @param languages     the languages its briefs are preferred in, as codes ("fr", "es"), for
 *                      {@code all --lang preferred}; empty when the data says none (English)
 * @param deployments   the months in which the reports list the country, oldest first
 * @param notes         free text written by users; {@code import} keeps it
 */
public record Country(String iso3, String iso2, String m49, String name, String nameInText, String officialName,
                      String commonName, boolean unMember, String region, String subregion, String regionalGroup,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> languages,
                      List<String> sourceNames, List<MonthlyDeployment> deployments,
                      List<Fatalities> fatalities, List<ActionPlan> actionPlans, List<String> notes) {
    public Country {
        languages = languages == null ? List.of() : List.copyOf(languages);
        sourceNames = List.copyOf(sourceNames);
        deployments = List.copyOf(deployments);
        fatalities = List.copyOf(fatalities);
        actionPlans = List.copyOf(actionPlans);
        notes = List.copyOf(notes);
    }
}
