package org.sitmap.io.store;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.sitmap.io.incidents.AtomicFile;

/**
 * Writes audit entries as CSV (UTF-8, RFC 4180 quoting; old and new values as their JSON text),
 * through a temporary file moved into place, so a reader never sees half a log. Stateless.
 */
public final class AuditCsv {

    public static final List<String> HEADER = List.of("id", "time_utc", "user", "action", "incident_fid",
            "source_event_id", "reason", "old_values", "new_values", "import_batch");

    private AuditCsv() {
    }

    public static void write(List<AuditEntry> entries, Path out) throws IOException {
        AtomicFile.write(out, stream -> {
            Writer text = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            try (CsvWriter csv = CsvWriter.builder().build(text)) {
                csv.writeRecord(HEADER);
                for (AuditEntry e : entries) {
                    csv.writeRecord(Long.toString(e.id()), IncidentRows.DATETIME.format(e.timeUtc()), e.user(),
                            e.action().code(), text(e.incidentFid()), nz(e.sourceEventId()), nz(e.reason()),
                            nz(e.oldValues()), nz(e.newValues()), text(e.importBatch()));
                }
            }
        });
    }

    private static String text(Long v) {
        return v == null ? "" : v.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
