package org.sitmap.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A half-open time window [startMs, endMs) in epoch milliseconds. An incident belongs to the
 * window that contains its start time. Immutable value.
 */
public record TimeWindow(long startMs, long endMs) {

    public static final long DAY_MS = 86_400_000L;

    public TimeWindow {
        if (endMs < startMs) {
            throw new IllegalArgumentException("window end " + Instant.ofEpochMilli(endMs) + " is before its start "
                    + Instant.ofEpochMilli(startMs));
        }
    }

    /** Whole local days {@code first..lastInclusive} in {@code zone}. */
    public static TimeWindow ofDays(LocalDate first, LocalDate lastInclusive, ZoneId zone) {
        return new TimeWindow(first.atStartOfDay(zone).toInstant().toEpochMilli(),
                lastInclusive.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
    }

    public boolean contains(long ms) {
        return ms >= startMs && ms < endMs;
    }

    public long durationMs() {
        return endMs - startMs;
    }

    public TimeWindow shiftedBy(long ms) {
        return new TimeWindow(startMs + ms, endMs + ms);
    }

    /** This window moved inside {@code bounds} (kept whole when it fits, else clipped to it). */
    public TimeWindow clampedTo(TimeWindow bounds) {
        if (durationMs() >= bounds.durationMs()) {
            return bounds;
        }
        if (startMs < bounds.startMs) {
            return new TimeWindow(bounds.startMs, bounds.startMs + durationMs());
        }
        if (endMs > bounds.endMs) {
            return new TimeWindow(bounds.endMs - durationMs(), bounds.endMs);
        }
        return this;
    }
}
