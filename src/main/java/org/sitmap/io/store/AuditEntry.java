package org.sitmap.io.store;

import java.time.Instant;
import java.util.Locale;

/**
 * One row of the audit log ({@code sitmap_audit}): when (UTC), who, what (insert, update, delete,
 * import), which incident (fid and the source's event id, when there is one), the old and new
 * values as JSON objects (for an update only the fields that changed; for an import the batch,
 * file and row counts) and the reason given. Immutable value.
 */
public record AuditEntry(long id, Instant timeUtc, String user, Action action, Long incidentFid, String sourceEventId,
                         String oldValues, String newValues, String reason, Long importBatch) {

    /** What was done. Stored by {@link #code()}. */
    public enum Action {
        INSERT, UPDATE, DELETE, IMPORT;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Action fromCode(String code) {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        }
    }
}
