package briefs.model;

import java.util.Optional;

/**
 * The five categories of uniformed personnel the UN reports. The label is the one written in
 * country files and shown in briefs; the parity category says which Uniformed Gender Parity
 * Strategy target applies to it.
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
