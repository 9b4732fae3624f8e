package org.sitmap.core;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A date the analysis is read against, e.g. the ceasefire of 10 May 2025, 17:00 IST. The user
 * picks one of them as the pivot that splits "before" from "after". Immutable value.
 */
public record ReferenceDate(String id, String label, Instant at) {

    public static final String CEASEFIRE_2025 = "ceasefire-2025-05-10";

    /** The reference dates a new incident file starts with. */
    public static List<ReferenceDate> defaults() {
        return List.of(
                new ReferenceDate("ceasefire-2003-11-26", "Ceasefire (26 Nov 2003)", ist(2003, 11, 26, 0, 0)),
                new ReferenceDate("dgmo-2021-02-25", "DGMO joint statement (25 Feb 2021)", ist(2021, 2, 25, 0, 0)),
                new ReferenceDate("pahalgam-2025-04-22", "Pahalgam attack (22 Apr 2025)", ist(2025, 4, 22, 14, 30)),
                new ReferenceDate("strikes-2025-05-07", "Strikes of 7 May 2025", ist(2025, 5, 7, 1, 5)),
                new ReferenceDate(CEASEFIRE_2025, "Ceasefire (10 May 2025, 17:00 IST)", ist(2025, 5, 10, 17, 0)));
    }

    public static Instant ist(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(ReportZone.IST.zone()).toInstant();
    }
}
