package org.sitmap.districts.layer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.districts.District;
import org.sitmap.map.layer.FeatureSet;
import org.sitmap.map.layer.MapFeature;
import org.sitmap.map.projection.MapProjection;

/**
 * The districts of an assignment projected once for drawing: a {@link FeatureSet} (culling and
 * simplified copies) whose features carry their district index, and each district's projected
 * envelope for "zoom to district". Built off the FX thread; immutable; thread-safe.
 */
public final class DistrictShapes {

    public static final String INDEX = "district_index";

    private final FeatureSet features;
    private final Envelope[] envelopes;

    public DistrictShapes(List<District> districts, MapProjection projection) {
        List<MapFeature> list = new ArrayList<>();
        envelopes = new Envelope[districts.size()];
        for (int i = 0; i < districts.size(); i++) {
            District d = districts.get(i);
            if (d.hasPolygon()) {
                MapFeature f = new MapFeature(projection.project(d.lonLat()), Map.of(INDEX, (long) i));
                envelopes[i] = f.geometry().getEnvelopeInternal();
                list.add(f);
            }
        }
        features = new FeatureSet(list);
    }

    public FeatureSet features() {
        return features;
    }

    /** The projected envelope of a district, or null when it has no polygon. */
    public Envelope envelope(int districtIndex) {
        return districtIndex >= 0 && districtIndex < envelopes.length ? envelopes[districtIndex] : null;
    }

    static int indexOf(MapFeature f) {
        return ((Number) f.attributes().get(INDEX)).intValue();
    }
}
