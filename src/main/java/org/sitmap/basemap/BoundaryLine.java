package org.sitmap.basemap;

import org.locationtech.jts.geom.MultiLineString;

/**
 * One feature of the {@code boundaries} layer: its class (see {@link BasemapSchema} CLASS_*), the
 * display label, the Natural Earth names of the countries on its left and right in the stored
 * direction, and its EPSG:4326 geometry clipped to the region. Immutable value; thread-safe.
 */
public record BoundaryLine(String boundaryClass, String name, String leftCountry, String rightCountry,
        MultiLineString geometry) {
}
