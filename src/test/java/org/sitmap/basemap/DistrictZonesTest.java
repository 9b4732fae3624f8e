package org.sitmap.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.sitmap.io.gpkg.GeoPackageReader;
import org.sitmap.io.gpkg.GpkgFeature;

/** The district_zones layer is labelled approximate, valid, and confined to its side's administered land. */
class DistrictZonesTest {
    @Test
    void descriptionAndFlagsSayApproximate() throws Exception {
        try (GeoPackageReader reader = GeoPackageReader.open(BasemapLayers.basemapFile())) {
            assertTrue(reader.description(BasemapSchema.DISTRICT_ZONES).startsWith("APPROXIMATE:"));
            List<GpkgFeature> zones = reader.readAll(BasemapSchema.DISTRICT_ZONES);
            assertTrue(zones.size() >= 30, "too few district zones: " + zones.size());
            for (GpkgFeature zone : zones) {
                assertEquals(1L, zone.attributes().get("approximate"), zone.attributes().toString());
                assertTrue(String.valueOf(zone.attributes().get("method")).contains("Voronoi"));
            }
        }
    }

    @Test
    void polygonsAreValidAndInsideTheirSidesLand() throws Exception {
        Geometry india = BasemapLayers.administeredLand("IN");
        Geometry pakistan = BasemapLayers.administeredLand("PK");
        for (GpkgFeature zone : BasemapLayers.layer(BasemapSchema.DISTRICT_ZONES)) {
            String name = zone.attributes().get("district") + " (" + zone.attributes().get("side") + ")";
            Geometry geometry = zone.geometry();
            assertTrue(geometry.isValid(), name + " is not valid");
            assertTrue(geometry.getArea() > 0, name + " is empty");
            Geometry land = "IN".equals(zone.attributes().get("side")) ? india : pakistan;
            double outside = geometry.difference(land).getArea();
            assertTrue(outside <= 1e-9 * Math.max(1, geometry.getArea()) + 1e-10,
                    name + " has " + outside + " deg² outside its side's land");
        }
    }

    @Test
    void coversTheWantedDivisions() throws Exception {
        Set<String> divisions = BasemapLayers.layer(BasemapSchema.DISTRICT_ZONES).stream()
                .map(f -> f.attributes().get("side") + ":" + f.attributes().get("admin1_name"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("IN:Jammu and Kashmir", "IN:Ladakh", "PK:Azad Kashmir", "PK:Gilgit-Baltistan",
                "PK:Punjab"), divisions);
        Set<String> punjab = BasemapLayers.layer(BasemapSchema.DISTRICT_ZONES,
                f -> "Punjab".equals(f.attributes().get("admin1_name"))).stream()
                .map(f -> (String) f.attributes().get("district")).collect(Collectors.toSet());
        assertEquals(Set.of("Sialkot", "Narowal"), punjab);
    }
}
