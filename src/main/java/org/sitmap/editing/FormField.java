package org.sitmap.editing;

/**
 * The fields of the incident form that validation messages attach to, each with the words a
 * message starts with. Immutable enum.
 */
public enum FormField {
    START("Start"),
    END("End"),
    TIME_PRECISION("Time precision"),
    TYPE("Type"),
    SUB_TYPE("Sub-type"),
    POSITION("Position"),
    LOCATION_PRECISION("Location precision"),
    KILLED("Killed"),
    INJURED("Injured"),
    SOURCES("Sources"),
    GRADING("Grading"),
    SOURCE_ID("Source id"),
    NOTES("Notes");

    private final String label;

    FormField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
