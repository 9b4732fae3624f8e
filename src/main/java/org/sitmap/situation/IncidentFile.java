package org.sitmap.situation;

import java.nio.file.Path;
import org.sitmap.incidents.IncidentTable;

/**
 * An opened incident GeoPackage as the map sees it: the file, its incidents as a columnar table,
 * whether it is synthetic (then every view and export carries the synthetic mark), and the
 * reference dates it keeps for the timeline. Immutable.
 */
public record IncidentFile(Path file, IncidentTable table, boolean synthetic, String description,
                           java.util.List<org.sitmap.core.ReferenceDate> referenceDates) {

    public static final String SYNTHETIC_NOTICE = "SYNTHETIC DEMO DATA — not real events";
}
