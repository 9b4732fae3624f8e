package org.sitmap.io.incidents;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem found in one row (CSV line, GeoJSON feature, KML placemark) of an incident file,
 * worded for the user: {@link #toString()} reads like
 * {@code events.csv:17: field 'event_date': unparseable date '2025-13-45' (expected 2025-05-07 or 07 May 2025)}.
 * {@code line} is the 1-based line of the file where the row starts; {@code field} is the source's
 * own field name. An {@link Severity#ERROR} means the row was rejected, a {@link Severity#WARNING}
 * that it was kept as described. Immutable and thread-safe.
 */
public record RowIssue(Path file, long line, String field, String reason, Severity severity) {

    /** Whether the row was rejected or kept. */
    public enum Severity {
        /** The row was rejected. */
        ERROR,
        /** The row was kept; the user is told about the assumption made. */
        WARNING
    }

    public RowIssue {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(severity, "severity");
    }

    @Override
    public String toString() {
        Path name = file.getFileName();
        StringBuilder sb = new StringBuilder(96);
        sb.append(name == null ? file : name).append(':').append(line).append(": ");
        if (field != null) {
            sb.append("field '").append(field).append("': ");
        }
        return sb.append(reason).toString();
    }
}
