package org.sitmap.io.incidents;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.sitmap.core.TimePrecision;

/**
 * Parses the calendar-day forms the source formats use, without regular expressions or exceptions
 * on the happy path (the million-row benchmark parses one date per row), and turns days into the
 * UTC instants {@link org.sitmap.core.Incident} stores: a day runs from 00:00 to 23:59:59.999 local
 * time. Parsers return {@code null} for text they do not accept. Stateless and thread-safe.
 */
final class CalendarDates {
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    private CalendarDates() {
    }

    /** {@code 2025-05-07}; null otherwise (also for impossible days such as 2025-02-30). */
    static LocalDate isoDay(CharSequence s) {
        if (s == null || s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        return day(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
    }

    /** ACLED's forms: {@code 2025-05-07}, {@code 07 May 2025}, {@code 7 May 2025}, {@code 7 September 2025}. */
    static LocalDate acledDay(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        LocalDate iso = isoDay(t);
        if (iso != null) {
            return iso;
        }
        int first = t.indexOf(' ');
        int last = t.lastIndexOf(' ');
        if (first < 1 || first > 2 || last <= first + 1 || t.length() - last - 1 != 4) {
            return null;
        }
        int month = month(t, first + 1, last);
        return month < 0 ? null : day(digits(t, last + 1, t.length()), month, digits(t, 0, first));
    }

    /** UCDP's {@code 1990-10-04} or {@code 1990-10-04 00:00:00.000} (the time part is ignored). */
    static LocalDate ucdpDay(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.length() > 10 && (t.charAt(10) == ' ' || t.charAt(10) == 'T')) {
            return isoDay(t.subSequence(0, 10));
        }
        return isoDay(t);
    }

    /** An ISO-8601 instant ({@code 2025-05-07T04:30:00Z}) or offset date-time; null otherwise. */
    static Instant instant(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        try {
            return t.endsWith("Z") ? Instant.parse(t) : OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Instant startOfDay(LocalDate day, ZoneOffset offset) {
        return day.atStartOfDay().toInstant(offset);
    }

    /** The last millisecond of {@code day} in {@code offset}. */
    static Instant endOfDay(LocalDate day, ZoneOffset offset) {
        return day.plusDays(1).atStartOfDay().toInstant(offset).minusMillis(1);
    }

    /**
     * The precision a time window implies: under a minute EXACT, under an hour HOUR, under a day
     * (a whole calendar day is 23:59:59.999) DAY, otherwise RANGE.
     */
    static TimePrecision precisionOf(Instant start, Instant end) {
        Duration d = Duration.between(start, end);
        if (d.compareTo(MINUTE) < 0) {
            return TimePrecision.EXACT;
        }
        if (d.compareTo(HOUR) < 0) {
            return TimePrecision.HOUR;
        }
        return d.compareTo(DAY) < 0 ? TimePrecision.DAY : TimePrecision.RANGE;
    }

    /** The non-negative integer in {@code s[from, to)}, or -1 if it is not all ASCII digits. */
    static int digits(CharSequence s, int from, int to) {
        if (from >= to) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static LocalDate day(int year, int month, int dayOfMonth) {
        if (year < 0 || month < 1 || dayOfMonth < 1) {
            return null;
        }
        try {
            return LocalDate.of(year, month, dayOfMonth);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** 1–12 for a full English month name or its first three letters (any case), else -1. */
    private static int month(String s, int from, int to) {
        int length = to - from;
        for (int m = 0; m < MONTHS.length; m++) {
            String name = MONTHS[m];
            if ((length == 3 || length == name.length()) && s.regionMatches(true, from, name, 0, length)) {
                return m + 1;
            }
        }
        return -1;
    }
}
