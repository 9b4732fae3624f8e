package org.sitmap.briefing.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How briefing pages print the time they were generated: "30 Nov 2026 09:52 UTC". Stateless. */
public final class BriefingTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private BriefingTimes() {
    }

    public static String format(Instant t) {
        return FORMAT.format(t);
    }
}
