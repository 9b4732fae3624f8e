package org.sitmap.basemap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * Decodes the {@code countries} object of a world-atlas TopoJSON file (quantized: absolute position
 * = running sum of the integer deltas × {@code transform.scale} + {@code transform.translate};
 * a negative arc index {@code ~i} means arc {@code i} reversed) into a {@link Topology}. Only
 * countries whose arcs reach into {@code areaOfInterest} are turned into polygons (so antimeridian
 * units elsewhere never matter); rings that quantization collapsed below four positions are dropped;
 * every arc is decoded and tagged with the countries using it.
 * Stateless apart from its geometry factory (SRID 4326); thread-safe.
 */
public final class TopoJsonReader {
    private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 4326);

    public Topology read(Path file, Envelope areaOfInterest) throws BasemapException {
        String label = file.getFileName().toString();
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.newBufferedReader(file));
        } catch (IOException e) {
            throw new BasemapException(file + ": cannot read TopoJSON (" + e.getMessage() + ")", e);
        }
        if (root == null || !"Topology".equals(root.path("type").asText())) {
            throw new BasemapException(label + ": type: not a TopoJSON Topology");
        }
        double[] scale = pair(root.path("transform").path("scale"), label, "transform.scale");
        double[] translate = pair(root.path("transform").path("translate"), label, "transform.translate");
        List<Coordinate[]> arcs = decodeArcs(root.path("arcs"), scale, translate, label);
        JsonNode geometries = root.path("objects").path("countries").path("geometries");
        if (!geometries.isArray()) {
            throw new BasemapException(label + ": objects.countries.geometries: missing");
        }
        Map<Integer, Set<String>> owners = new HashMap<>();
        List<Topology.Country> countries = new ArrayList<>();
        for (JsonNode geometry : geometries) {
            String name = geometry.path("properties").path("name").asText(null);
            if (name == null) {
                throw new BasemapException(label + ": objects.countries: a geometry has no properties.name");
            }
            String type = geometry.path("type").asText();
            JsonNode polygons = switch (type) {
                case "Polygon" -> wrap(geometry.path("arcs"));
                case "MultiPolygon" -> geometry.path("arcs");
                default -> throw new BasemapException(label + ": country " + name + ": unsupported type " + type);
            };
            List<List<List<Integer>>> rings = new ArrayList<>();
            for (JsonNode polygon : polygons) {
                List<List<Integer>> polygonRings = new ArrayList<>();
                for (JsonNode ring : polygon) {
                    List<Integer> indexes = new ArrayList<>();
                    for (JsonNode index : ring) {
                        int arc = index.asInt();
                        int stored = arc >= 0 ? arc : ~arc;
                        if (stored >= arcs.size()) {
                            throw new BasemapException(label + ": country " + name + ": arc index " + arc
                                    + " out of range (" + arcs.size() + " arcs)");
                        }
                        owners.computeIfAbsent(stored, k -> new HashSet<>()).add(name);
                        indexes.add(arc);
                    }
                    polygonRings.add(indexes);
                }
                rings.add(polygonRings);
            }
            if (reaches(rings, arcs, areaOfInterest)) {
                String id = geometry.hasNonNull("id") ? geometry.get("id").asText() : null;
                countries.add(new Topology.Country(name, id, buildCountry(rings, arcs)));
            }
        }
        List<Topology.Arc> arcList = new ArrayList<>();
        for (int i = 0; i < arcs.size(); i++) {
            arcList.add(new Topology.Arc(i, factory.createLineString(arcs.get(i)),
                    owners.getOrDefault(i, Collections.emptySet())));
        }
        return new Topology(countries, arcList);
    }

    private static List<Coordinate[]> decodeArcs(JsonNode arcsNode, double[] scale, double[] translate, String label)
            throws BasemapException {
        if (!arcsNode.isArray()) {
            throw new BasemapException(label + ": arcs: missing");
        }
        List<Coordinate[]> arcs = new ArrayList<>(arcsNode.size());
        for (JsonNode arc : arcsNode) {
            Coordinate[] coordinates = new Coordinate[arc.size()];
            long x = 0;
            long y = 0;
            int i = 0;
            for (JsonNode position : arc) {
                if (position.size() < 2) {
                    throw new BasemapException(label + ": arcs[" + arcs.size() + "]: position without x and y");
                }
                x += position.get(0).asLong();
                y += position.get(1).asLong();
                coordinates[i++] = new Coordinate(x * scale[0] + translate[0], y * scale[1] + translate[1]);
            }
            if (coordinates.length < 2) {
                throw new BasemapException(label + ": arcs[" + arcs.size() + "]: fewer than two positions");
            }
            arcs.add(coordinates);
        }
        return arcs;
    }

    private static boolean reaches(List<List<List<Integer>>> rings, List<Coordinate[]> arcs, Envelope area) {
        Envelope extent = new Envelope();
        rings.forEach(p -> p.forEach(r -> r.forEach(a -> Arrays.stream(arcs.get(a >= 0 ? a : ~a))
                .forEach(extent::expandToInclude))));
        return extent.intersects(area);
    }

    private MultiPolygon buildCountry(List<List<List<Integer>>> rings, List<Coordinate[]> arcs) {
        List<Polygon> polygons = new ArrayList<>();
        for (List<List<Integer>> polygonRings : rings) {
            LinearRing shell = ring(polygonRings.get(0), arcs);
            if (shell == null) {
                continue;
            }
            List<LinearRing> holes = new ArrayList<>();
            for (int i = 1; i < polygonRings.size(); i++) {
                LinearRing hole = ring(polygonRings.get(i), arcs);
                if (hole != null) {
                    holes.add(hole);
                }
            }
            polygons.add(factory.createPolygon(shell, holes.toArray(new LinearRing[0])));
        }
        Geometry country = factory.createMultiPolygon(polygons.toArray(new Polygon[0]));
        if (!country.isValid()) {
            country = GeometryFixer.fix(country);
        }
        return toMultiPolygon(country, factory);
    }

    /** The ring made of the given arcs, or null when quantization collapsed it below 4 positions. */
    private LinearRing ring(List<Integer> indexes, List<Coordinate[]> arcs) {
        CoordinateList coordinates = new CoordinateList();
        for (int index : indexes) {
            Coordinate[] arc = arcs.get(index >= 0 ? index : ~index).clone();
            if (index < 0) {
                Collections.reverse(Arrays.asList(arc));
            }
            coordinates.add(arc, false);
        }
        coordinates.closeRing();
        return coordinates.size() < 4 ? null : factory.createLinearRing(coordinates.toCoordinateArray());
    }

    private static JsonNode wrap(JsonNode node) {
        return new ObjectMapper().createArrayNode().add(node);
    }

    private static double[] pair(JsonNode node, String label, String field) throws BasemapException {
        if (!node.isArray() || node.size() != 2 || !node.get(0).isNumber() || !node.get(1).isNumber()) {
            throw new BasemapException(label + ": " + field + ": missing or not a pair of numbers");
        }
        return new double[] {node.get(0).asDouble(), node.get(1).asDouble()};
    }

    /** The polygonal parts of {@code geometry} as one MultiPolygon (possibly empty). */
    static MultiPolygon toMultiPolygon(Geometry geometry, GeometryFactory factory) {
        @SuppressWarnings("unchecked")
        List<Polygon> polygons = PolygonExtracter.getPolygons(geometry);
        return factory.createMultiPolygon(polygons.stream().filter(p -> !p.isEmpty()).toArray(Polygon[]::new));
    }
}
