package org.sitmap.districts;

/**
 * What a row's numbers allow one to say. {@link #RISE} or {@link #FALL}: the 95% interval of the
 * rate ratio excludes 1. {@link #TOO_FEW}: the interval includes 1 and the two windows together hold
 * fewer than {@value #SMALL_N} events — too few to say whether anything changed (the flag the table
 * and exports show). {@link #NO_CLEAR_CHANGE}: the interval includes 1 with enough events to have
 * seen a large change. {@link #NO_EVENTS}: none in either window. {@link #NO_WINDOW}: a window is
 * empty (e.g. the pivot lies outside the timeline window). Stateless.
 */
public enum Verdict {
    RISE("rise"),
    FALL("fall"),
    NO_CLEAR_CHANGE("no clear change"),
    TOO_FEW("too few to say"),
    NO_EVENTS("no events"),
    NO_WINDOW("no window");

    public static final int SMALL_N = 10;

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Verdict of(long before, long after, RateRatio rr, double beforeDays, double afterDays) {
        if (!(beforeDays > 0) || !(afterDays > 0)) {
            return NO_WINDOW;
        }
        if (before + after == 0) {
            return NO_EVENTS;
        }
        if (rr.lower() > 1) {
            return RISE;
        }
        if (rr.upper() < 1) {
            return FALL;
        }
        return before + after < SMALL_N ? TOO_FEW : NO_CLEAR_CHANGE;
    }
}
