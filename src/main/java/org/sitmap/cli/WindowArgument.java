package org.sitmap.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.sitmap.core.ReportZone;
import org.sitmap.timeline.TimeWindow;

/**
 * Parses a {@code FROM..TO} window for the CLI. Each end is a date (whole days in the zone:
 * FROM at its start, TO through its end) or an instant with an offset
 * ({@code 2025-05-10T17:00+05:30}, {@code 2025-05-10T11:30Z}), which is used exactly. Stateless.
 */
final class WindowArgument {

    private WindowArgument() {
    }

    static TimeWindow parse(String option, String text, ReportZone zone) {
        String[] parts = text.split("\\.\\.", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new IllegalArgumentException(option + ": expected FROM..TO (dates or instants), got '" + text + "'");
        }
        long from = end(option, parts[0].strip(), zone, false);
        long to = end(option, parts[1].strip(), zone, true);
        if (to < from) {
            throw new IllegalArgumentException(option + ": '" + parts[1] + "' is before '" + parts[0] + "'");
        }
        return new TimeWindow(from, to);
    }

    private static long end(String option, String s, ReportZone zone, boolean isEnd) {
        try {
            LocalDate d = LocalDate.parse(s);
            return (isEnd ? d.plusDays(1) : d).atStartOfDay(zone.zone()).toInstant().toEpochMilli();
        } catch (DateTimeParseException notDate) {
            try {
                return OffsetDateTime.parse(s).toInstant().toEpochMilli();
            } catch (DateTimeParseException notOffset) {
                try {
                    return Instant.parse(s).toEpochMilli();
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(option + ": '" + s + "' is neither a date (2025-05-10) nor an "
                            + "instant with an offset (2025-05-10T17:00+05:30)");
                }
            }
        }
    }
}
