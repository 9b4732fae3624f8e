package org.sitmap.io.incidents;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentBuilder;
import org.sitmap.core.IncidentType;
import org.sitmap.io.incidents.RowIssue.Severity;

/**
 * The checks every incident format shares, in one place, and the wording of the issues they raise:
 * dates, coordinates (out of range, probably swapped, missing, far outside the region), types,
 * casualty counts, Admiralty grading and duplicate source ids within the file. A reader calls
 * {@link #startRow(long)}, converts the row's raw text through these methods (each reports its own
 * issue and returns {@code null} or a fallback), then {@link #finish(IncidentBuilder, String)}, which
 * builds the incident only if the row raised no ERROR. The region is the basemap's
 * (lon 66..82, lat 23..38.5); "far outside" means outside that box grown by 2 degrees. Reason text
 * is built only when there is an issue. Not thread-safe: one instance per read call.
 */
final class RowValidator {
    static final double REGION_MIN_LON = 66;
    static final double REGION_MAX_LON = 82;
    static final double REGION_MIN_LAT = 23;
    static final double REGION_MAX_LAT = 38.5;
    static final double FAR_MARGIN_DEG = 2;

    private final Path file;
    private final IssueSink issues;
    private final SeenSourceIds seenIds = new SeenSourceIds();
    private long line;
    private boolean rowHasError;

    RowValidator(Path file, IssueSink issues) {
        this.file = file;
        this.issues = issues == null ? IssueSink.IGNORE : issues;
    }

    void startRow(long rowLine) {
        this.line = rowLine;
        this.rowHasError = false;
    }

    long line() {
        return line;
    }

    boolean hasErrors() {
        return rowHasError;
    }

    void error(String field, String reason) {
        rowHasError = true;
        issues.report(new RowIssue(file, line, field, reason, Severity.ERROR));
    }

    void warning(String field, String reason) {
        issues.report(new RowIssue(file, line, field, reason, Severity.WARNING));
    }

    /** Empty or absent text is null; anything else is kept exactly. */
    static String text(String raw) {
        return raw == null || raw.isEmpty() ? null : raw;
    }

    static boolean isBlank(String raw) {
        return raw == null || raw.isBlank();
    }

    LocalDate acledDay(String field, String raw) {
        LocalDate day = CalendarDates.acledDay(raw);
        return day != null ? day : badDate(field, raw, "2025-05-07 or 07 May 2025");
    }

    LocalDate ucdpDay(String field, String raw) {
        LocalDate day = CalendarDates.ucdpDay(raw);
        return day != null ? day : badDate(field, raw, "1990-10-04 or 1990-10-04 00:00:00.000");
    }

    Instant instant(String field, String raw) {
        Instant instant = CalendarDates.instant(raw);
        return instant != null ? instant : badDate(field, raw, "an ISO-8601 instant such as 2025-05-07T04:30:00Z");
    }

    private <T> T badDate(String field, String raw, String expected) {
        if (isBlank(raw)) {
            error(field, "missing date");
        } else {
            error(field, "unparseable date '" + raw + "' (expected " + expected + ")");
        }
        return null;
    }

    /**
     * A decimal degree value: blank is null (reported as missing by {@link #point}); a non-number is
     * an ERROR here and NaN, which {@link #point} then rejects without a second issue.
     */
    Double coordinate(String field, String raw) {
        if (isBlank(raw)) {
            return null;
        }
        try {
            double value = Double.parseDouble(raw.strip());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error(field, "not a number '" + raw + "'");
        return Double.NaN;
    }

    /**
     * Checks a point: missing, out of range, probably swapped (outside the region while the swapped
     * point is inside), or far outside the region (a WARNING). Returns true if the point is usable.
     */
    boolean point(Double lon, Double lat, String lonField, String latField) {
        String bothFields = lonField.equals(latField) ? lonField : latField + "/" + lonField;
        if (lon == null || lat == null) {
            error(lon == null && lat == null ? bothFields : lat == null ? latField : lonField, "missing coordinates");
            return false;
        }
        if (lon.isNaN() || lat.isNaN()) {
            return false;
        }
        boolean ok = true;
        if (Math.abs(lat) > 90) {
            error(latField, "latitude " + lat + " out of range (-90..90)");
            ok = false;
        }
        if (Math.abs(lon) > 180) {
            error(lonField, "longitude " + lon + " out of range (-180..180)");
            ok = false;
        }
        if (!ok) {
            return false;
        }
        if (!inRegion(lon, lat, 0) && inRegion(lat, lon, 0)) {
            error(bothFields, "latitude " + lat + " and longitude " + lon
                    + " are probably swapped (the point is outside the region, the swapped point is inside)");
            return false;
        }
        if (!inRegion(lon, lat, FAR_MARGIN_DEG)) {
            warning(bothFields, "point (lon " + lon + ", lat " + lat + ") is far outside the region (lon "
                    + (int) REGION_MIN_LON + ".." + (int) REGION_MAX_LON + ", lat " + (int) REGION_MIN_LAT + ".."
                    + REGION_MAX_LAT + "); kept");
        }
        return true;
    }

    static boolean inRegion(double lon, double lat, double marginDeg) {
        return lon >= REGION_MIN_LON - marginDeg && lon <= REGION_MAX_LON + marginDeg
                && lat >= REGION_MIN_LAT - marginDeg && lat <= REGION_MAX_LAT + marginDeg;
    }

    /** A casualty count: blank is null (unknown); not a whole number or negative is an ERROR. */
    Integer casualties(String field, String raw) {
        Integer value = integer(field, raw);
        if (value != null && value < 0) {
            error(field, "negative casualty count " + value);
            return null;
        }
        return value;
    }

    /** A whole number; blank is null; anything else is an ERROR. */
    Integer integer(String field, String raw) {
        if (isBlank(raw)) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            error(field, "not a whole number '" + raw + "'");
            return null;
        }
    }

    /** A source's location-precision code in {@code min..max}; other values are a WARNING and null. */
    Integer precisionCode(String field, String raw, int min, int max) {
        if (isBlank(raw)) {
            return null;
        }
        int value = CalendarDates.digits(raw.strip(), 0, raw.strip().length());
        if (value < min || value > max) {
            warning(field, "precision code '" + raw + "' is not one of " + min + "-" + max + "; left empty");
            return null;
        }
        return value;
    }

    /** Admiralty source reliability A–F (any case); anything else is an ERROR. */
    Character reliability(String field, String raw) {
        if (isBlank(raw)) {
            return null;
        }
        String t = raw.strip();
        char c = t.length() == 1 ? Character.toUpperCase(t.charAt(0)) : '?';
        if (c < 'A' || c > 'F') {
            error(field, "reliability '" + raw + "' is not one of A-F");
            return null;
        }
        return c;
    }

    /** Admiralty information credibility 1–6; anything else is an ERROR. */
    Integer credibility(String field, String raw) {
        if (isBlank(raw)) {
            return null;
        }
        String t = raw.strip();
        int value = CalendarDates.digits(t, 0, t.length());
        if (value < 1 || value > 6) {
            error(field, "credibility '" + raw + "' is not one of 1-6");
            return null;
        }
        return value;
    }

    /** One of our type codes; missing or unknown codes become OTHER with a WARNING. */
    IncidentType type(String field, String raw) {
        if (isBlank(raw)) {
            warning(field, "missing type; recorded as 'other'");
            return IncidentType.OTHER;
        }
        IncidentType type = IncidentType.fromCode(raw).orElse(null);
        if (type == null) {
            warning(field, "unknown type '" + raw + "'; recorded as 'other'");
            return IncidentType.OTHER;
        }
        return type;
    }

    /** An ERROR on {@code endField} if the time window runs backwards. */
    void timeOrder(Instant start, Instant end, String endField) {
        if (start != null && end != null && end.isBefore(start)) {
            error(endField, "end " + end + " is before start " + start);
        }
    }

    /**
     * Ends the row: if it raised no ERROR, checks the time order and (for a non-null source id)
     * duplicates within the file, and builds the incident. Returns null when the row is rejected.
     */
    Incident finish(IncidentBuilder builder, String sourceIdField) {
        if (rowHasError) {
            return null;
        }
        Incident draft;
        try {
            draft = builder.build();
        } catch (IllegalArgumentException | NullPointerException e) {
            error(null, "rejected: " + e.getMessage());
            return null;
        }
        String id = draft.sourceEventId();
        if (id != null) {
            long first = seenIds.firstSeen(id, line);
            if (first >= 0) {
                warning(sourceIdField, "duplicate source id " + id + ", first seen on line " + first + "; skipped");
                return null;
            }
        }
        return draft;
    }
}
