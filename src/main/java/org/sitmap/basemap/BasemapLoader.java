package org.sitmap.basemap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.io.gpkg.GeoPackageException;
import org.sitmap.io.gpkg.GeoPackageReader;
import org.sitmap.io.gpkg.GpkgFeature;
import org.sitmap.map.MapContent;
import org.sitmap.map.layer.FeatureLayer;
import org.sitmap.map.layer.FeatureSet;
import org.sitmap.map.layer.Layer;
import org.sitmap.map.layer.MapFeature;
import org.sitmap.map.projection.MapProjection;
import org.sitmap.map.projection.WebMercator;
import org.sitmap.map.style.FeatureStyle;

/**
 * Reads the basemap GeoPackage (read-only), projects every layer once to Web Mercator and
 * builds the styled layers. Runs on a worker thread (it does disk I/O); the result is immutable.
 * A missing or broken file raises {@link GeoPackageException} naming the file and the problem.
 */
public final class BasemapLoader {

    /** Layer ids, titles and styles, bottom of the stack first. */
    private record LayerDef(String table, String title, FeatureStyle style, boolean required) {
    }

    private static final List<LayerDef> LAYERS = List.of(
            new LayerDef("countries", "Countries", BasemapStyles.COUNTRIES, true),
            new LayerDef("district_zones", "District zones (approximate)", BasemapStyles.DISTRICTS, false),
            new LayerDef("boundaries", "Boundaries", BasemapStyles.BOUNDARIES, true),
            new LayerDef("places", "Places", BasemapStyles.PLACES, false));

    private BasemapLoader() {
    }

    public static Basemap load(Path file) throws GeoPackageException {
        MapProjection projection = WebMercator.INSTANCE;
        List<Layer> layers = new ArrayList<>();
        Envelope region = new Envelope();
        Envelope loc = new Envelope();
        try (GeoPackageReader reader = GeoPackageReader.open(file)) {
            List<String> tables = reader.featureTables();
            for (LayerDef def : LAYERS) {
                if (!tables.contains(def.table())) {
                    if (def.required()) {
                        throw new GeoPackageException(file + ": not a Sitmap basemap (no '" + def.table() + "' layer)");
                    }
                    continue;
                }
                List<MapFeature> features = new ArrayList<>();
                for (GpkgFeature f : reader.readAll(def.table())) {
                    if (f.geometry() == null || f.geometry().isEmpty()) {
                        continue;
                    }
                    MapFeature mf = new MapFeature(projection.project(f.geometry()), f.attributes());
                    features.add(mf);
                    if (def.table().equals("countries")) {
                        region.expandToInclude(mf.geometry().getEnvelopeInternal());
                    }
                    if (def.table().equals("boundaries") && isLocOrWb(mf.attributes())) {
                        loc.expandToInclude(mf.geometry().getEnvelopeInternal());
                    }
                }
                layers.add(new FeatureLayer(def.table(), def.title(), new FeatureSet(features), def.style()));
            }
        }
        if (loc.isNull()) {
            throw new GeoPackageException(file + ": the boundaries layer has no Line of Control");
        }
        loc.expandBy(loc.getWidth() * 0.06, loc.getHeight() * 0.06);
        return new Basemap(file, MapContent.of(layers), projection, region, loc);
    }

    private static boolean isLocOrWb(Map<String, Object> attributes) {
        Object cls = attributes.get("class");
        return "loc".equals(cls) || "working_boundary".equals(cls);
    }
}
