package org.sitmap.districts.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.sitmap.io.gpkg.GeoPackageException;
import org.sitmap.io.gpkg.GeoPackageReader;
import org.sitmap.io.gpkg.GpkgFeature;

/**
 * A district boundary file as read: its polygon features (valid, EPSG:4326) with their
 * attributes. Reads GeoJSON (a FeatureCollection) and GeoPackage (the first feature table holding
 * polygons). Non-polygon features are skipped and counted; coordinates outside lon/lat ranges are
 * refused ("not in EPSG:4326"). Errors name the file, the feature and the reason. Disk I/O: call
 * from a worker. Immutable value.
 */
public record BoundaryFile(Path file, String layer, List<Feature> features, int skipped) {

    /** One polygon feature: valid geometry and its attributes in file order. */
    public record Feature(Geometry lonLat, Map<String, Object> attributes) {
    }

    public BoundaryFile {
        features = List.copyOf(features);
    }

    public static BoundaryFile read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        BoundaryFile read = name.endsWith(".gpkg") ? readGeoPackage(file) : readGeoJson(file);
        if (read.features().isEmpty()) {
            throw new IOException(file + ": no polygon features");
        }
        Envelope all = new Envelope();
        read.features().forEach(f -> all.expandToInclude(f.lonLat().getEnvelopeInternal()));
        if (all.getMinX() < -180 || all.getMaxX() > 180 || all.getMinY() < -90 || all.getMaxY() > 90) {
            throw new IOException(file + ": coordinates " + all + " are not longitude/latitude degrees "
                    + "(district boundaries must be in EPSG:4326)");
        }
        return read;
    }

    private static BoundaryFile readGeoJson(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.newBufferedReader(file));
        } catch (IOException e) {
            throw new IOException(file + ": not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new IOException(file + ": not a GeoJSON FeatureCollection");
        }
        GeoJsonReader reader = new GeoJsonReader(new GeometryFactory());
        List<Feature> features = new ArrayList<>();
        int skipped = 0;
        int index = 0;
        for (JsonNode f : root.path("features")) {
            index++;
            JsonNode g = f.path("geometry");
            if (g.isMissingNode() || g.isNull()) {
                skipped++;
                continue;
            }
            Geometry geometry;
            try {
                geometry = reader.read(g.toString());
            } catch (ParseException | RuntimeException e) {
                throw new IOException(file + ": feature " + index + ": geometry unreadable (" + e.getMessage() + ")", e);
            }
            Map<String, Object> attributes = new LinkedHashMap<>();
            f.path("properties").fields().forEachRemaining(e -> attributes.put(e.getKey(),
                    e.getValue().isNull() ? null : e.getValue().isNumber() ? e.getValue().numberValue()
                            : e.getValue().asText()));
            if (add(features, geometry, attributes)) {
                continue;
            }
            skipped++;
        }
        String layer = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return new BoundaryFile(file, layer, features, skipped);
    }

    private static BoundaryFile readGeoPackage(Path file) throws IOException {
        try (GeoPackageReader reader = GeoPackageReader.open(file)) {
            for (String table : reader.featureTables()) {
                List<Feature> features = new ArrayList<>();
                int skipped = 0;
                for (GpkgFeature f : reader.readAll(table)) {
                    if (!add(features, f.geometry(), f.attributes())) {
                        skipped++;
                    }
                }
                if (!features.isEmpty()) {
                    return new BoundaryFile(file, table, features, skipped);
                }
            }
            throw new IOException(file + ": no feature table with polygons");
        } catch (GeoPackageException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static boolean add(List<Feature> features, Geometry g, Map<String, Object> attributes) {
        if (!(g instanceof Polygonal) || g.isEmpty()) {
            return false;
        }
        features.add(new Feature(g.isValid() ? g : GeometryFixer.fix(g), attributes));
        return true;
    }

    /**
     * Attribute names that could hold the district name — text in at least half the features —
     * most likely first: names containing "district", "dtname" or "name", then by how many
     * distinct values they hold.
     */
    public List<String> nameFieldCandidates() {
        Map<String, java.util.Set<String>> distinct = new LinkedHashMap<>();
        Map<String, Integer> texts = new LinkedHashMap<>();
        for (Feature f : features) {
            f.attributes().forEach((k, v) -> {
                if (v instanceof String s && !s.isBlank() && !looksNumeric(s)) {
                    texts.merge(k, 1, Integer::sum);
                    distinct.computeIfAbsent(k, x -> new java.util.HashSet<>()).add(s);
                }
            });
        }
        List<String> out = new ArrayList<>();
        texts.forEach((k, n) -> {
            if (n * 2 >= features.size()) {
                out.add(k);
            }
        });
        out.sort((a, b) -> {
            int pa = priority(a);
            int pb = priority(b);
            return pa != pb ? Integer.compare(pb, pa) : Integer.compare(distinct.get(b).size(), distinct.get(a).size());
        });
        return out;
    }

    private static int priority(String field) {
        String f = field.toLowerCase(Locale.ROOT);
        if (f.contains("district") || f.equals("dtname") || f.equals("dist_name") || f.contains("adm2_en")) {
            return 3;
        }
        return f.contains("name") ? 2 : 0;
    }

    private static boolean looksNumeric(String s) {
        return s.strip().matches("[-+]?\\d+([.,]\\d+)?");
    }
}
