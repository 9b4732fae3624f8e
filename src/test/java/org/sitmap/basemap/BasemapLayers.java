package org.sitmap.basemap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import net.sf.geographiclib.Geodesic;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.sitmap.io.gpkg.GeoPackageReader;
import org.sitmap.io.gpkg.GpkgFeature;

/**
 * Test access to the committed {@code maps/kashmir.gpkg} (through {@link GeoPackageReader}) and to
 * the shared fixtures, plus the two measurements the basemap tests use: geodesic distance from a
 * point to a line, and area in a local equirectangular plane. Static, stateless; thread-safe.
 */
final class BasemapLayers {
    static final GeometryFactory FACTORY = new GeometryFactory();

    private BasemapLayers() {
    }

    static Path basemapFile() {
        Path file = Path.of(System.getProperty("sitmap.maps", "maps"), "kashmir.gpkg");
        assertTrue(Files.isRegularFile(file), "built basemap missing: " + file + " (run bash maps/build-basemap.sh)");
        return file;
    }

    static Path fixture(String relative) {
        return Path.of(System.getProperty("sitmap.fixtures", "../shared/fixtures"), relative);
    }

    static List<GpkgFeature> layer(String table) throws Exception {
        try (GeoPackageReader reader = GeoPackageReader.open(basemapFile())) {
            return reader.readAll(table);
        }
    }

    static List<GpkgFeature> layer(String table, Predicate<GpkgFeature> filter) throws Exception {
        return layer(table).stream().filter(filter).toList();
    }

    static Geometry boundary(String boundaryClass) throws Exception {
        List<GpkgFeature> lines = layer(BasemapSchema.BOUNDARIES, f -> boundaryClass.equals(f.attributes().get("class")));
        assertTrue(lines.size() == 1, "expected one " + boundaryClass + " feature, found " + lines.size());
        return lines.get(0).geometry();
    }

    /** Union of the countries-layer polygons whose {@code administers} is {@code iso2}. */
    static Geometry administeredLand(String iso2) throws Exception {
        List<Geometry> parts = layer(BasemapSchema.COUNTRIES, f -> iso2.equals(f.attributes().get("administers")))
                .stream().map(GpkgFeature::geometry).toList();
        return UnaryUnionOp.union(parts);
    }

    /** GeoJSON features of a fixture file as (property value, valid geometry) pairs. */
    static List<Map.Entry<String, Geometry>> geoJson(Path file, String property) throws Exception {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<Map.Entry<String, Geometry>> features = new ArrayList<>();
        GeoJsonReader reader = new GeoJsonReader(FACTORY);
        for (JsonNode feature : root.path("features")) {
            Geometry geometry = reader.read(feature.path("geometry").toString());
            features.add(Map.entry(feature.path("properties").path(property).asText(""),
                    geometry.isValid() ? geometry : GeometryFixer.fix(geometry)));
        }
        return features;
    }

    /**
     * Geodesic (WGS84) distance in metres from {@code point} to the nearest point of {@code line}.
     * The nearest point is found in a local equirectangular plane centred on {@code point}
     * (x = Δlon·cos lat₀), where angles and distances are true to well under 0.1 % within tens of
     * kilometres, and the distance to it is then measured with GeographicLib.
     */
    static double distanceM(Coordinate point, Geometry line) {
        double cosLat = Math.cos(Math.toRadians(point.y));
        Geometry local = line.copy();
        local.apply((CoordinateFilter) c -> {
            c.x = (c.x - point.x) * cosLat;
            c.y = c.y - point.y;
        });
        local.geometryChanged();
        Coordinate nearest = DistanceOp.nearestPoints(local, FACTORY.createPoint(new Coordinate(0, 0)))[0];
        double lonDeg = point.x + nearest.x / cosLat;
        double latDeg = point.y + nearest.y;
        return Geodesic.WGS84.Inverse(point.y, point.x, latDeg, lonDeg).s12;
    }

    /** Area in square degrees of latitude of a plane x = lon·cos(lat₀), y = lat (proportional to m²). */
    static double localArea(Geometry geometry, double lat0Deg) {
        double cosLat = Math.cos(Math.toRadians(lat0Deg));
        Geometry local = geometry.copy();
        local.apply((CoordinateFilter) c -> c.x = c.x * cosLat);
        local.geometryChanged();
        return local.getArea();
    }
}
