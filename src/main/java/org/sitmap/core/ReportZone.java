package org.sitmap.core;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * The time zone a report used. Indian Standard Time (UTC+05:30) and Pakistan Standard Time
 * (UTC+05:00) have had no daylight saving since 2009, so fixed offsets are exact for the
 * period Sitmap covers.
 */
public enum ReportZone {
    IST(ZoneOffset.ofHoursMinutes(5, 30)),
    PKT(ZoneOffset.ofHours(5)),
    UTC(ZoneOffset.UTC);

    private final ZoneOffset offset;

    ReportZone(ZoneOffset offset) {
        this.offset = offset;
    }

    public ZoneOffset offset() {
        return offset;
    }

    public ZoneId zone() {
        return offset;
    }

    public String code() {
        return name();
    }

    public static Optional<ReportZone> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
