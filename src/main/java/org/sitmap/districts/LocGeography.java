package org.sitmap.districts;

import org.locationtech.jts.geom.Geometry;

/**
 * The basemap's reference geometry for the analysis, in EPSG:4326: the land India administers
 * (with the Siachen Glacier), the land Pakistan administers, and the Line of Control itself
 * (the {@code boundaries} feature of class {@code loc}). Immutable value.
 */
public record LocGeography(Geometry indiaLand, Geometry pakistanLand, Geometry loc) {

    /** The land administered by {@code side} ({@code IN}/{@code PK}), or null for any other. */
    public Geometry land(String side) {
        return switch (side) {
            case Sides.INDIA -> indiaLand;
            case Sides.PAKISTAN -> pakistanLand;
            default -> null;
        };
    }
}
