package org.sitmap.io.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.sitmap.core.ReportZone;

/**
 * One KML {@code dateTimeType} value as the time window it denotes: a gYear ({@code 1997}) is the
 * whole UTC year, a gYearMonth ({@code 1997-07}) the UTC month, a date ({@code 1997-07-16}) the
 * UTC day, each ending at its last millisecond; a dateTime ({@code 1997-07-16T07:30:15Z}, with an
 * offset such as {@code +03:00} or fractional seconds) is one instant. A dateTime without a zone is
 * read as UTC and flagged {@code zoneless}. {@code zone} is IST or PKT when the value's offset is
 * +05:30 or +05:00, otherwise UTC. Immutable and thread-safe.
 */
record KmlTime(Instant start, Instant end, ReportZone zone, boolean zoneless) {

    static final String EXPECTED = "2009, 2009-07, 2009-07-16 or 2009-07-16T07:30:15Z";

    /** The window {@code text} denotes, or null if it is not a KML dateTimeType. */
    static KmlTime parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        int n = s.length();
        if (n == 4) {
            int year = CalendarDates.digits(s, 0, 4);
            return year < 0 ? null : utc(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if (n == 7 && s.charAt(4) == '-') {
            int year = CalendarDates.digits(s, 0, 4);
            int month = CalendarDates.digits(s, 5, 7);
            if (year < 0 || month < 1 || month > 12) {
                return null;
            }
            LocalDate first = LocalDate.of(year, month, 1);
            return utc(first, first.plusMonths(1).minusDays(1));
        }
        if (n == 10) {
            LocalDate day = CalendarDates.isoDay(s);
            return day == null ? null : utc(day, day);
        }
        if (n > 10 && s.charAt(10) == 'T') {
            return dateTime(s);
        }
        return null;
    }

    private static KmlTime utc(LocalDate first, LocalDate last) {
        return new KmlTime(CalendarDates.startOfDay(first, ZoneOffset.UTC),
                CalendarDates.endOfDay(last, ZoneOffset.UTC), ReportZone.UTC, false);
    }

    private static KmlTime dateTime(String s) {
        try {
            OffsetDateTime t = OffsetDateTime.parse(s);
            Instant instant = t.toInstant();
            return new KmlTime(instant, instant, zoneOf(t.getOffset()), false);
        } catch (DateTimeParseException e) {
            try {
                Instant instant = LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
                return new KmlTime(instant, instant, ReportZone.UTC, true);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static ReportZone zoneOf(ZoneOffset offset) {
        for (ReportZone zone : ReportZone.values()) {
            if (zone.offset().equals(offset)) {
                return zone;
            }
        }
        return ReportZone.UTC;
    }
}
