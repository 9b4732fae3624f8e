package org.sitmap.map.layer;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One drawable feature: its geometry already in projected world units, and its attributes.
 * Immutable (the attribute map is copied unmodifiable); safe to share between threads.
 */
public record MapFeature(Geometry geometry, Map<String, Object> attributes) {

    public MapFeature {
        attributes = Map.copyOf(attributes.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    public String text(String key) {
        Object v = attributes.get(key);
        return v == null ? null : v.toString();
    }

    public int intValue(String key, int fallback) {
        Object v = attributes.get(key);
        return v instanceof Number n ? n.intValue() : fallback;
    }
}
