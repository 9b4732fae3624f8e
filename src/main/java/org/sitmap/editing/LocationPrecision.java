package org.sitmap.editing;

import java.util.List;

/**
 * Sitmap's own location precision scale for analyst-entered records (scheme {@code SITMAP}):
 * 1 the point itself, 2 only the sector or the nearest place (within about 10 km), 3 only the
 * district. The map draws 2 and 3 hollow. Constants only.
 */
public final class LocationPrecision {

    public static final String SCHEME = "SITMAP";
    public static final int POINT = 1;
    public static final int SECTOR = 2;
    public static final int DISTRICT = 3;

    /** Labels for codes 1..3, in order. */
    public static final List<String> LABELS = List.of("1 — exact point", "2 — sector / near a place (~10 km)",
            "3 — district only");

    private LocationPrecision() {
    }

    public static String label(int code) {
        return code >= 1 && code <= LABELS.size() ? LABELS.get(code - 1) : Integer.toString(code);
    }
}
