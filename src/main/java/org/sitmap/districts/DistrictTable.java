package org.sitmap.districts;

import java.util.List;

/**
 * The district table for two windows: one row per district (the layer's districts, then those
 * only named by incidents), the total over all assigned incidents, the LoC distance bands, and
 * what was left out — unassigned incidents in each window, and incidents straddling the pivot.
 * {@code layerTitle} and {@code layerNote} name the district layer used. Immutable value.
 */
public record DistrictTable(AnalysisWindows windows, List<DistrictRow> rows, Counts total, List<BandRow> bands,
                            long unassignedBefore, long unassignedAfter, long ambiguous, String layerTitle,
                            String layerNote) {

    public DistrictTable {
        rows = List.copyOf(rows);
        bands = List.copyOf(bands);
    }

    /** The row of a district by name and side, or null. */
    public DistrictRow row(String name, String side) {
        for (DistrictRow r : rows) {
            if (r.district().name().equalsIgnoreCase(name) && r.district().side().equals(side)) {
                return r;
            }
        }
        return null;
    }
}
