package org.sitmap.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Calendar days in a chosen zone (IST by default; PKT and UTC available) over a span: the day
 * index of an instant, and the instant a day starts. IST and PKT have no daylight saving, so
 * every day is 24 h, but the arithmetic goes through the zone anyway. Immutable.
 */
public final class DayBins {

    private final ZoneId zone;
    private final LocalDate firstDay;
    private final int days;

    public DayBins(TimeWindow span, ZoneId zone) {
        this.zone = zone;
        this.firstDay = Instant.ofEpochMilli(span.startMs()).atZone(zone).toLocalDate();
        LocalDate last = Instant.ofEpochMilli(Math.max(span.startMs(), span.endMs() - 1)).atZone(zone).toLocalDate();
        this.days = (int) (last.toEpochDay() - firstDay.toEpochDay()) + 1;
    }

    public int days() {
        return days;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate day(int index) {
        return firstDay.plusDays(index);
    }

    /** The day index of an instant (may be negative or ≥ days() outside the span). */
    public int indexOf(long ms) {
        return (int) (Instant.ofEpochMilli(ms).atZone(zone).toLocalDate().toEpochDay() - firstDay.toEpochDay());
    }

    public long dayStartMs(int index) {
        return day(index).atStartOfDay(zone).toInstant().toEpochMilli();
    }

    /** The span rounded out to whole days in this zone. */
    public TimeWindow wholeDays() {
        return new TimeWindow(dayStartMs(0), dayStartMs(days));
    }
}
