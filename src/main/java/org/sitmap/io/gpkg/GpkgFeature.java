package org.sitmap.io.gpkg;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One row of a GeoPackage user table: its integer primary key, its geometry (null for an
 * attributes table or a NULL geometry value) and every other column by name in table column order.
 * Immutable: the attribute map is an unmodifiable copy that may hold null values.
 */
public record GpkgFeature(long fid, Geometry geometry, Map<String, Object> attributes) {
    public GpkgFeature {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
