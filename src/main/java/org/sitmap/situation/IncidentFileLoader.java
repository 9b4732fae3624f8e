package org.sitmap.situation;

import java.nio.file.Path;
import org.sitmap.core.Projector;
import org.sitmap.incidents.IncidentTable;
import org.sitmap.io.store.IncidentSchema;
import org.sitmap.io.store.IncidentStore;
import org.sitmap.io.store.StoreException;

/**
 * Reads an incident GeoPackage read-only into an {@link IncidentFile}, projecting once. Also
 * finds the bundled demo file. Runs on a worker thread (disk and SQL). Stateless.
 */
public final class IncidentFileLoader {

    public static final String DEFAULT_RELATIVE = "data/demo-incidents.gpkg";

    private IncidentFileLoader() {
    }

    public static IncidentFile load(Path file, Projector projector) throws StoreException {
        try (IncidentStore store = IncidentStore.openReadOnly(file)) {
            IncidentTable table = IncidentTable.of(store.all(), projector);
            return new IncidentFile(file, table, store.isSynthetic(),
                    store.metadata().getOrDefault(IncidentSchema.KEY_DESCRIPTION, ""), store.referenceDates());
        }
    }

    /** The bundled demo file under the working directory or beside the jar, or null if absent. */
    public static Path defaultFile() {
        return org.sitmap.core.BundledFiles.find("sitmap.data", DEFAULT_RELATIVE);
    }
}
