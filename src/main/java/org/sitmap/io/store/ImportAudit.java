package org.sitmap.io.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one audit entry an import writes, inside the import's transaction: action {@code import},
 * the batch id, file name, format and row counts as the entry's new values. Stateless.
 */
final class ImportAudit {

    private ImportAudit() {
    }

    static void append(Connection c, String user, long batch, Path file, String format, long added, long skipped,
                       long rejected) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("batch", batch);
        values.put("file", file.getFileName().toString());
        values.put("format", format);
        values.put("rows_added", added);
        values.put("rows_skipped", skipped);
        values.put("rows_rejected", rejected);
        AuditLog.append(c, new AuditEntry(0, null, user == null ? "unknown" : user, AuditEntry.Action.IMPORT, null,
                null, null, IncidentJson.write(values), "import of " + file.getFileName(), batch));
    }
}
