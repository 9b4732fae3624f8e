package org.sitmap.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitmap.core.IncidentType;
import org.sitmap.io.store.IncidentStore;
import org.sitmap.io.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitmap stats --db DB}: counts by type and by month (UTC), then a last line
 * {@code total=N}. Marks synthetic files as such.
 */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Count incidents by type and by month.")
public final class StatsCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, description = "Incident GeoPackage.")
    Path db;

    @Override
    public Integer call() {
        try (IncidentStore store = IncidentStore.openReadOnly(db)) {
            if (store.isSynthetic()) {
                System.out.println("# SYNTHETIC DEMO DATA: not real events");
            }
            System.out.println("# by type");
            Map<String, Long> byType = store.countBy("type");
            for (IncidentType t : IncidentType.values()) {
                Long n = byType.get(t.code());
                if (n != null) {
                    System.out.printf("type %-20s %,10d%n", t.code(), n);
                }
            }
            System.out.println("# by month (UTC)");
            store.countBy("substr(start_utc, 1, 7)").forEach((month, n) -> System.out.printf("month %s %,10d%n", month, n));
            System.out.println("total=" + store.count());
            return 0;
        } catch (StoreException e) {
            System.err.println("sitmap stats: " + e.getMessage());
            return 2;
        }
    }
}
