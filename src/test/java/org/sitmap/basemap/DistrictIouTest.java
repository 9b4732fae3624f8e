package org.sitmap.basemap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.sitmap.core.DistrictNames;
import org.sitmap.io.gpkg.GpkgFeature;

/**
 * Intersection-over-union of our approximate district zones against reference district polygons:
 * datameet/Alhasan PoK districts (property DISTRICT) for the PK side, datta07 J&K and Ladakh
 * districts (property dtname) for the IN side. datta07 follows India's claim, so its polygons are
 * clipped to the Indian-administered land of our countries layer and its Muzaffarabad and Mirpur
 * (Pakistan-administered) are skipped. Names are matched per side with {@link DistrictNames}.
 * Areas are taken in a plane x = lon·cos(lat₀), y = lat with lat₀ the reference district's
 * centroid latitude: both shapes of a pair share that latitude, so the IoU ratio is close to the
 * equal-area value (the scale error across one district is a few per cent at most).
 */
class DistrictIouTest {
    private static final Set<String> DATTA07_PAKISTAN_ADMINISTERED = Set.of("muzaffarabad", "mirpur");

    @Test
    void approximateZonesOverlapReferenceDistricts() throws Exception {
        Geometry indianLand = BasemapLayers.administeredLand("IN");
        Map<String, Geometry> inReference = new HashMap<>();
        for (String file : List.of("datta07_JAMMU_KASHMIR_DISTRICTS.geojson", "datta07_LADAKH_DISTRICTS.geojson")) {
            for (Map.Entry<String, Geometry> district : BasemapLayers.geoJson(
                    BasemapLayers.fixture("boundaries/" + file), "dtname")) {
                String key = DistrictNames.normalise(district.getKey());
                if (!DATTA07_PAKISTAN_ADMINISTERED.contains(key)) {
                    inReference.put(key, GeometryFixer.fix(district.getValue().intersection(indianLand)));
                }
            }
        }
        Map<String, Geometry> pkReference = new HashMap<>();
        for (Map.Entry<String, Geometry> district : BasemapLayers.geoJson(
                BasemapLayers.fixture("boundaries/datameet_pok-districts-alhasan.geojson"), "DISTRICT")) {
            pkReference.merge(DistrictNames.normalise(district.getKey()), district.getValue(), Geometry::union);
        }

        Map<String, List<Double>> iouBySide = new HashMap<>();
        List<String> unmatched = new ArrayList<>();
        System.out.printf("%-4s %-16s %-16s %6s%n", "side", "district", "reference key", "IoU");
        for (GpkgFeature zone : BasemapLayers.layer(BasemapSchema.DISTRICT_ZONES)) {
            String side = (String) zone.attributes().get("side");
            String name = (String) zone.attributes().get("district");
            String key = DistrictNames.normalise(name);
            Geometry reference = ("IN".equals(side) ? inReference : pkReference).get(key);
            if (reference == null) {
                unmatched.add(side + ":" + name);
                continue;
            }
            double iou = iou(zone.geometry(), reference);
            System.out.printf("%-4s %-16s %-16s %6.3f%n", side, name, key, iou);
            assertTrue(iou > 0, side + " " + name + " does not overlap its reference district");
            iouBySide.computeIfAbsent(side, k -> new ArrayList<>()).add(iou);
        }
        List<Double> all = new ArrayList<>();
        iouBySide.forEach((side, values) -> {
            all.addAll(values);
            System.out.printf("mean IoU %s: %.3f over %d districts%n", side, mean(values), values.size());
        });
        System.out.printf("mean IoU overall: %.3f over %d districts; unmatched zones: %s%n", mean(all), all.size(),
                unmatched);
        assertTrue(all.size() >= 15, "only " + all.size() + " districts matched");
        for (Map.Entry<String, List<Double>> side : iouBySide.entrySet()) {
            assertTrue(mean(side.getValue()) > 0.3, "mean IoU " + side.getKey() + " = " + mean(side.getValue()));
        }
        assertTrue(mean(all) > 0.3, "overall mean IoU = " + mean(all));
    }

    private static double iou(Geometry ours, Geometry reference) {
        double lat0Deg = reference.getCentroid().getY();
        double intersection = BasemapLayers.localArea(ours.intersection(reference), lat0Deg);
        double union = BasemapLayers.localArea(ours.union(reference), lat0Deg);
        return union == 0 ? 0 : intersection / union;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
