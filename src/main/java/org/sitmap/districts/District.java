package org.sitmap.districts;

import org.locationtech.jts.geom.Geometry;
import org.sitmap.core.DistrictNames;

/**
 * One district of the analysis: its display name (canonical spelling), administering side
 * ({@code IN}, {@code PK}, or "" when not known), first-level division, and its polygon in
 * EPSG:4326 — null for a district that incidents name but the district layer has no polygon for.
 * {@code sourceName} is the spelling the polygon's file used. Immutable value.
 */
public record District(String name, String side, String admin1, Geometry lonLat, String sourceName) {

    public District {
        side = side == null ? "" : side;
        admin1 = admin1 == null ? "" : admin1;
        sourceName = sourceName == null ? name : sourceName;
    }

    /** The side-qualified comparison key, e.g. {@code PK:poonch}. */
    public String key() {
        return side + ":" + DistrictNames.normalise(name, side);
    }

    public boolean hasPolygon() {
        return lonLat != null && !lonLat.isEmpty();
    }

    /** "India", "Pakistan", or "—". */
    public String sideName() {
        return Sides.name(side);
    }
}
