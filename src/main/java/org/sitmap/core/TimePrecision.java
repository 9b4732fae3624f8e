package org.sitmap.core;

import java.util.Locale;
import java.util.Optional;

/** How exactly the report dates the incident. Stored by {@link #code()}. */
public enum TimePrecision {
    /** Minute or better. */
    EXACT("exact"),
    /** To the hour. */
    HOUR("hour"),
    /** To the day (the report's local day). */
    DAY("day"),
    /** Only a range is known: start and end differ by more than a day. */
    RANGE("range");

    private final String code;

    TimePrecision(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<TimePrecision> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        for (TimePrecision p : values()) {
            if (p.code.equals(c)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
