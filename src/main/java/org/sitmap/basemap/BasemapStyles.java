package org.sitmap.basemap;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Map;
import org.sitmap.map.layer.MapFeature;
import org.sitmap.map.style.FeatureStyle;
import org.sitmap.map.style.LabelSpec;
import org.sitmap.map.style.LegendItem;
import org.sitmap.map.style.Symbolizer;

/**
 * The cartography of the basemap: country tints by administering side, boundary classes with
 * the LoC drawn and labelled distinctly from the Working Boundary and International Border,
 * approximate district zones, and places whose label density depends on zoom. Every style is
 * an immutable constant, safe on the render thread.
 */
public final class BasemapStyles {

    static final String FONT = "DejaVu Sans";
    static final Color HALO = new Color(255, 255, 255, 225);

    private BasemapStyles() {
    }

    /** Country tints: India and Pakistan distinguishable on a projector, others neutral. */
    public static final FeatureStyle COUNTRIES = new FeatureStyle() {
        private final Symbolizer india = new Symbolizer.Fill(new Color(0xF7F1E1), new Color(0x9A9488), 0.8f, null);
        private final Symbolizer pakistan = new Symbolizer.Fill(new Color(0xE9F0DC), new Color(0x9A9488), 0.8f, null);
        private final Symbolizer china = new Symbolizer.Fill(new Color(0xEDE7EE), new Color(0x9A9488), 0.8f, null);
        private final Symbolizer other = new Symbolizer.Fill(new Color(0xE6E6E3), new Color(0x9A9488), 0.8f, null);
        private final Font font = new Font(FONT, Font.BOLD, 15);

        @Override
        public Symbolizer symbolizer(MapFeature f, double unitsPerPixel) {
            String side = f.text("administers");
            if ("IN".equals(side)) {
                return india;
            }
            if ("PK".equals(side)) {
                return pakistan;
            }
            return "CN".equals(side) ? china : other;
        }

        @Override
        public LabelSpec label(MapFeature f, double unitsPerPixel) {
            String name = f.text("name");
            if (name == null || name.startsWith("Siachen") || unitsPerPixel < 150) {
                return null;
            }
            return new LabelSpec(name.toUpperCase(java.util.Locale.ROOT), font, new Color(0x8C8577), HALO, 30,
                    LabelSpec.Placement.INTERIOR);
        }

        @Override
        public List<LegendItem> legend() {
            return List.of(new LegendItem("India-administered", india), new LegendItem("Pakistan-administered", pakistan),
                    new LegendItem("China-administered", china), new LegendItem("Other countries", other));
        }
    };

    public static final FeatureStyle DISTRICTS = new FeatureStyle() {
        // solid, not dashed: neighbouring zones share edges, and two dash patterns out of phase read as solid
        private final Symbolizer zone = new Symbolizer.Fill(null, new Color(125, 116, 104, 150), 0.9f, null);
        private final Font font = new Font(FONT, Font.ITALIC, 11);

        @Override
        public Symbolizer symbolizer(MapFeature f, double unitsPerPixel) {
            return zone;
        }

        @Override
        public LabelSpec label(MapFeature f, double unitsPerPixel) {
            if (unitsPerPixel > 900) {
                return null;
            }
            return new LabelSpec(f.text("district"), font, new Color(0x6E655A), HALO, 40, LabelSpec.Placement.INTERIOR);
        }

        @Override
        public List<LegendItem> legend() {
            return List.of(new LegendItem("Approximate (not official)", zone));
        }
    };

    public static final FeatureStyle BOUNDARIES = new BoundaryStyle();

    public static final FeatureStyle PLACES = new FeatureStyle() {
        private final Symbolizer town = new Symbolizer.Point(new Color(0x333333), Color.WHITE, 5f);
        private final Symbolizer village = new Symbolizer.Point(new Color(0x555555), null, 3.5f);
        private final Font major = new Font(FONT, Font.BOLD, 12);
        private final Font minor = new Font(FONT, Font.PLAIN, 11);

        @Override
        public Symbolizer symbolizer(MapFeature f, double unitsPerPixel) {
            int rank = f.intValue("label_rank", 2);
            if (rank <= 1) {
                return town;
            }
            return visible(rank, unitsPerPixel) ? village : null;
        }

        @Override
        public LabelSpec label(MapFeature f, double unitsPerPixel) {
            int rank = f.intValue("label_rank", 2);
            if (!visible(rank, unitsPerPixel)) {
                return null;
            }
            String name = f.text("name_ascii") != null ? f.text("name_ascii") : f.text("name");
            return new LabelSpec(name, rank <= 1 ? major : minor, new Color(0x222222), HALO, 10 + rank,
                    LabelSpec.Placement.BESIDE_POINT);
        }

        /** Label density by zoom: district towns from regional scale, the rest when closer. */
        private boolean visible(int rank, double unitsPerPixel) {
            return rank <= 1 ? unitsPerPixel < 3_000 : unitsPerPixel < 300;
        }

        @Override
        public List<LegendItem> legend() {
            return List.of(new LegendItem("District town", town), new LegendItem("Other place", village));
        }
    };

    /** Boundary classes, keyed by the {@code class} attribute of the boundaries layer. */
    static Map<String, String> boundaryCaptions() {
        return Map.of("loc", "Line of Control", "working_boundary", "Working Boundary",
                "international_border", "International Border", "agpl", "AGPL (Siachen)",
                "china_india", "India–China line", "other", "Other international boundary");
    }
}
