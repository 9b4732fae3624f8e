package org.sitmap.basemap;

import org.locationtech.jts.geom.MultiPolygon;

/**
 * One APPROXIMATE district polygon of the {@code district_zones} layer: folded district name, full
 * GeoNames admin2 code, first-level division name, administering side ({@code IN} or {@code PK}),
 * a short method note and a valid EPSG:4326 geometry. Immutable value; thread-safe.
 */
public record DistrictZone(String district, String admin2Code, String admin1Name, String side, String method,
        MultiPolygon geometry) {
}
