package briefs.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five United Nations regional groups of Member States, by the code a country file stores
 * ({@code regionalGroup}) and the name a brief prints. The list is here once: the import reads
 * the codes from the source, the figures give their names.
 */
public enum RegionalGroup {
    AG("African Group"),
    APG("Asia-Pacific Group"),
    EEG("Eastern European Group"),
    GRULAC("Latin American and Caribbean Group"),
    WEOG("Western European and Others Group");

    private final String title;

    RegionalGroup(String title) {
        this.title = title;
    }

    /** The group's name as a brief prints it ("African Group"). */
    public String title() {
        return title;
    }

    /** The group of a code a country file stores, if it is one of the five. */
    public static Optional<RegionalGroup> ofCode(String code) {
        return Arrays.stream(values()).filter(g -> g.name().equals(code)).findFirst();
    }

    /**
     * The code of the group the source's {@code un_regional_group_ipi} column gives, or null for
     * a country in none. The source marks the United States "WEOG Observer": it counts in WEOG.
     */
    public static String codeOfSourceValue(String value) {
        String group = "WEOG Observer".equals(value) ? "WEOG" : value;
        return ofCode(group).map(RegionalGroup::name).orElse(null);
    }
}
