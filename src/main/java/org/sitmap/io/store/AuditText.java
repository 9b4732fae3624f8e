package org.sitmap.io.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Audit entries in words, for the CLI and the history views: a heading line ("#12 2025-05-12
 * 06:01 UTC analyst1 updated incident 4258: hospital confirmed") and one line per changed field
 * ("injured_total: 2 → 3"). Stateless and thread-safe.
 */
public final class AuditText {

    private AuditText() {
    }

    public static String heading(AuditEntry e) {
        String verb = switch (e.action()) {
            case INSERT -> "added";
            case UPDATE -> "changed";
            case DELETE -> "deleted";
            case IMPORT -> "imported";
        };
        StringBuilder sb = new StringBuilder("#").append(e.id()).append("  ")
                .append(IncidentRows.DATETIME.format(e.timeUtc()).substring(0, 16).replace('T', ' ')).append(" UTC  ")
                .append(e.user()).append("  ").append(verb);
        if (e.incidentFid() != null) {
            sb.append(" incident ").append(e.incidentFid());
            if (e.sourceEventId() != null) {
                sb.append(" (").append(e.sourceEventId()).append(')');
            }
        }
        if (e.action() == AuditEntry.Action.IMPORT) {
            Map<String, Object> v = IncidentJson.read(e.newValues());
            sb.append(' ').append(v.get("rows_added")).append(" rows from ").append(v.get("file"))
                    .append(" (batch ").append(v.get("batch")).append(')');
        }
        if (e.reason() != null && !e.reason().isBlank()) {
            sb.append(" — ").append(e.reason());
        }
        return sb.toString();
    }

    /** "field: old → new" for an update; the non-empty fields for an insert or delete. */
    public static List<String> details(AuditEntry e) {
        Map<String, Object> before = IncidentJson.read(e.oldValues());
        Map<String, Object> after = IncidentJson.read(e.newValues());
        List<String> out = new ArrayList<>();
        switch (e.action()) {
            case UPDATE -> before.forEach((k, v) -> out.add(k + ": " + show(v) + " → " + show(after.get(k))));
            case INSERT -> after.forEach((k, v) -> {
                if (v != null && !Objects.equals(k, "fid")) {
                    out.add(k + ": " + show(v));
                }
            });
            case DELETE -> before.forEach((k, v) -> {
                if (v != null && !Objects.equals(k, "fid")) {
                    out.add(k + ": " + show(v) + " (removed)");
                }
            });
            default -> {
            }
        }
        return out;
    }

    private static String show(Object v) {
        return v == null ? "—" : v.toString();
    }
}
