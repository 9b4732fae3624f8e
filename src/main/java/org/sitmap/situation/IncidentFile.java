package org.sitmap.situation;

import java.nio.file.Path;
import org.sitmap.incidents.IncidentTable;

/**
 * An opened incident GeoPackage as the map sees it: the file, its incidents as a columnar table,
 * and whether it is synthetic (then every view and export carries the synthetic mark). Immutable.
 */
public record IncidentFile(Path file, IncidentTable table, boolean synthetic, String description) {

    public static final String SYNTHETIC_NOTICE = "SYNTHETIC DEMO DATA — not real events";
}
