package briefs.model;

import java.util.Optional;

/**
 * The five categories of uniformed personnel the UN reports, each with two names: its label,
 * written in country files and shown in briefs and annexes, and its source label, as the UN's
 * monthly CSV spells it. Which Uniformed Gender Parity Strategy target applies to a category is
 * data, not a field here: each {@link ParityTarget} lists the types it applies to.
 */
public enum PersonnelType {
    TROOPS("Troops", "Troops"),
    STAFF_OFFICERS("Staff Officers", "Staff Officer"),
    EXPERTS_ON_MISSION("Experts on Mission", "Experts on Mission"),
    INDIVIDUAL_POLICE("Individual Police", "Individual Police"),
    FORMED_POLICE_UNITS("Formed Police Units", "Formed Police Units");

    private final String label;
    private final String sourceLabel;

    PersonnelType(String label, String sourceLabel) {
        this.label = label;
        this.sourceLabel = sourceLabel;
    }

    /** The name used in country files, briefs and annexes, e.g. "Staff Officers". */
    public String label() {
        return label;
    }

    /** The name used in the UN monthly CSV, e.g. "Staff Officer". */
    public String sourceLabel() {
        return sourceLabel;
    }

    public static Optional<PersonnelType> fromLabel(String label) {
        for (PersonnelType t : values()) {
            if (t.label.equals(label)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public static Optional<PersonnelType> fromSourceLabel(String label) {
        for (PersonnelType t : values()) {
            if (t.sourceLabel.equals(label)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
