package org.sitmap.io.incidents;

import java.time.Instant;
import org.sitmap.core.IncidentBuilder;
import org.sitmap.core.ReportZone;
import org.sitmap.core.TimePrecision;

/**
 * The time fields of the row being read, filled first from the format's own columns and then
 * overridden by our round-trip fields ({@link SitmapFields}); {@link #applyTo} copies them to the
 * builder. Mutable scratch state: one per read call, reset per row, not thread-safe.
 */
final class RowTime {
    Instant start;
    Instant end;
    TimePrecision precision;
    ReportZone zone;

    void reset() {
        start = null;
        end = null;
        precision = null;
        zone = null;
    }

    void set(Instant newStart, Instant newEnd, TimePrecision newPrecision, ReportZone newZone) {
        start = newStart;
        end = newEnd;
        precision = newPrecision;
        zone = newZone;
    }

    /** Checks the order (an ERROR on {@code endField} if backwards) and copies to {@code builder}. */
    void applyTo(IncidentBuilder builder, RowValidator validator, String endField) {
        validator.timeOrder(start, end, endField);
        builder.startUtc(start).endUtc(end).timePrecision(precision).reportZone(zone);
    }
}
