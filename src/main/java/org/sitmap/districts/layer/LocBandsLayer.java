package org.sitmap.districts.layer;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.sitmap.districts.DistanceBand;
import org.sitmap.map.layer.FeatureLayer;
import org.sitmap.map.layer.FeatureSet;
import org.sitmap.map.layer.MapFeature;
import org.sitmap.map.projection.MapProjection;
import org.sitmap.map.style.FeatureStyle;
import org.sitmap.map.style.LabelSpec;
import org.sitmap.map.style.LegendItem;
import org.sitmap.map.style.Symbolizer;

/**
 * The LoC distance bands shaded on the map (0–2, 2–5, 5–10, 10–25 km). The bands are buffers of the
 * line built in a local equirectangular plane in kilometres (x = Δlon·cos 34°·111.32, y =
 * Δlat·110.95) and mapped back to lon/lat, then projected: within ±2.5 % of true ground distance
 * over the LoC's latitudes (32.5–36°N), i.e. ±0.6 km at the 25 km edge. The table's bands use exact
 * geodesic distances per incident; this shading is a picture of them. A static layer built once per
 * basemap (off the FX thread).
 */
public final class LocBandsLayer {

    public static final String ID = "district-loc-bands";
    static final double LAT0 = 34.0;
    static final double KM_PER_DEG_LAT = 110.95;
    static final double KM_PER_DEG_LON = 111.32 * Math.cos(Math.toRadians(LAT0));

    private LocBandsLayer() {
    }

    public static FeatureLayer build(Geometry locLonLat, MapProjection projection) {
        Geometry local = locLonLat.copy();
        local.apply((CoordinateFilter) c -> {
            c.x = c.x * KM_PER_DEG_LON;
            c.y = c.y * KM_PER_DEG_LAT;
        });
        local.geometryChanged();
        List<MapFeature> features = new ArrayList<>();
        Geometry inner = null;
        DistanceBand[] bands = DistanceBand.values();
        for (int k = 0; k < bands.length - 1; k++) {
            Geometry outer = local.buffer(bands[k].toKm(), 16);
            Geometry ring = inner == null ? outer : GeometryFixer.fix(outer.difference(inner));
            inner = outer;
            Geometry lonLat = ring.copy();
            lonLat.apply((CoordinateFilter) c -> {
                c.x = c.x / KM_PER_DEG_LON;
                c.y = c.y / KM_PER_DEG_LAT;
            });
            lonLat.geometryChanged();
            features.add(new MapFeature(projection.project(lonLat), Map.of("band", (long) k)));
        }
        Symbolizer[] fills = new Symbolizer[bands.length - 1];
        List<LegendItem> legend = new ArrayList<>();
        for (int k = 0; k < fills.length; k++) {
            fills[k] = new Symbolizer.Fill(Palettes.withAlpha(Palettes.BANDS_4[k], 120), null, 0, null);
            legend.add(new LegendItem(bands[k].label() + " from the LoC", fills[k]));
        }
        FeatureStyle style = new FeatureStyle() {
            @Override
            public Symbolizer symbolizer(MapFeature f, double unitsPerPixel) {
                return fills[f.intValue("band", 0)];
            }

            @Override
            public LabelSpec label(MapFeature f, double unitsPerPixel) {
                return null;
            }

            @Override
            public List<LegendItem> legend() {
                return legend;
            }
        };
        return new FeatureLayer(ID, "LoC distance bands", new FeatureSet(features), style);
    }

    /** The shading colour of a band (for legends drawn elsewhere). */
    public static Color colour(DistanceBand band) {
        return band.ordinal() < Palettes.BANDS_4.length ? Palettes.BANDS_4[band.ordinal()] : null;
    }
}
