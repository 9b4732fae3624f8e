package org.sitmap.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitmap.io.store.AuditCsv;
import org.sitmap.io.store.AuditEntry;
import org.sitmap.io.store.AuditText;
import org.sitmap.io.store.IncidentStore;
import org.sitmap.io.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitmap history --db DB [--id ID] [--csv OUT]}: prints the file's audit trail (every
 * insert, update, delete and import, oldest first, with user, time, reason and the changed
 * values), or one incident's, and optionally writes it as CSV. Reads the file read-only. Exit 0,
 * or 2 on a bad file.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Print the audit trail of an incident file (who changed what, when and why).")
public final class HistoryCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, description = "Incident GeoPackage.")
    Path db;

    @Option(names = "--id", description = "Only this incident (its fid).")
    Long id;

    @Option(names = "--csv", description = "Also write the entries to this CSV file.")
    Path csv;

    @Override
    public Integer call() {
        try (IncidentStore store = IncidentStore.openReadOnly(db)) {
            List<AuditEntry> entries = store.audit(id);
            if (store.isSynthetic()) {
                System.out.println("# SYNTHETIC DEMO DATA: not real events");
            }
            for (AuditEntry e : entries) {
                System.out.println(AuditText.heading(e));
                for (String line : AuditText.details(e)) {
                    System.out.println("    " + line);
                }
            }
            System.out.println("entries=" + entries.size());
            if (csv != null) {
                AuditCsv.write(entries, csv);
                System.err.println("wrote " + csv);
            }
            return 0;
        } catch (StoreException | java.io.IOException e) {
            System.err.println("sitmap history: " + e.getMessage());
            return 2;
        }
    }
}
