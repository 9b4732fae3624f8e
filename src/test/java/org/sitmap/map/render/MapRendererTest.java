package org.sitmap.map.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitmap.map.MapContent;
import org.sitmap.map.Viewport;
import org.sitmap.map.layer.FeatureLayer;
import org.sitmap.map.layer.FeatureSet;
import org.sitmap.map.layer.MapFeature;
import org.sitmap.map.style.FeatureStyle;
import org.sitmap.map.style.LabelSpec;
import org.sitmap.map.style.LegendItem;
import org.sitmap.map.style.Symbolizer;

class MapRendererTest {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final Color RED = new Color(0xFF0000);

    private static FeatureStyle solid(Color fill, boolean labelled) {
        Symbolizer sym = new Symbolizer.Fill(fill, null, 0, null);
        return new FeatureStyle() {
            @Override
            public Symbolizer symbolizer(MapFeature f, double upp) {
                return sym;
            }

            @Override
            public LabelSpec label(MapFeature f, double upp) {
                return labelled ? new LabelSpec(f.text("name"), new Font("DejaVu Sans", Font.PLAIN, 12), Color.BLACK,
                        Color.WHITE, 1, LabelSpec.Placement.INTERIOR) : null;
            }

            @Override
            public List<LegendItem> legend() {
                return List.of(new LegendItem("square", sym));
            }
        };
    }

    private static MapFeature square(double minX, double minY, double size, String name) {
        return new MapFeature(GF.toGeometry(new org.locationtech.jts.geom.Envelope(minX, minX + size, minY, minY + size)),
                Map.of("name", name));
    }

    private static BufferedImage render(MapContent content, Viewport v) {
        BufferedImage img = new BufferedImage(v.widthPx(), v.heightPx(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        new MapRenderer().render(content, v, g);
        g.dispose();
        return img;
    }

    @Test
    void drawsFeaturesWhereTheViewportPutsThemAndBackgroundElsewhere() {
        // world square 0..100 x 0..100 on a 200x200 screen at 1 unit/px centred on (50, 50)
        MapContent content = MapContent.of(List.of(new FeatureLayer("sq", "Square",
                new FeatureSet(List.of(square(0, 0, 1000, "A"))), solid(RED, false))));
        Viewport v = new Viewport(500, 500, 10, 200, 200);
        BufferedImage img = render(content, v);
        assertEquals(RED.getRGB(), img.getRGB(100, 100));
        assertEquals(RED.getRGB(), img.getRGB(60, 60));
        assertEquals(MapRenderer.BACKGROUND.getRGB(), img.getRGB(20, 20));
        assertEquals(MapRenderer.BACKGROUND.getRGB(), img.getRGB(180, 180));
    }

    @Test
    void hiddenLayersAreNotDrawn() {
        MapContent content = MapContent.of(List.of(new FeatureLayer("sq", "Square",
                new FeatureSet(List.of(square(0, 0, 1000, "A"))), solid(RED, false)))).withVisibility("sq", false);
        BufferedImage img = render(content, new Viewport(500, 500, 10, 200, 200));
        assertEquals(MapRenderer.BACKGROUND.getRGB(), img.getRGB(100, 100));
    }

    @Test
    void overlappingLabelsAreNotBothPlaced() {
        FeatureSet apart = new FeatureSet(List.of(square(0, 0, 1000, "Alpha"), square(3000, 0, 1000, "Bravo")));
        FeatureSet overlapping = new FeatureSet(List.of(square(0, 0, 1000, "Alpha"), square(20, 20, 1000, "Bravo")));
        Viewport v = new Viewport(2000, 500, 10, 500, 200);
        BufferedImage scratch = new BufferedImage(500, 200, BufferedImage.TYPE_INT_ARGB_PRE);
        MapRenderer.Result a = new MapRenderer().render(MapContent.of(List.of(
                new FeatureLayer("a", "A", apart, solid(RED, true)))), v, scratch.createGraphics());
        MapRenderer.Result b = new MapRenderer().render(MapContent.of(List.of(
                new FeatureLayer("b", "B", overlapping, solid(RED, true)))), v, scratch.createGraphics());
        assertEquals(2, a.labelsPlaced());
        assertEquals(1, b.labelsPlaced());
    }

    @Test
    void cancelledRenderStopsEarly() {
        MapContent content = MapContent.of(List.of(new FeatureLayer("sq", "Square",
                new FeatureSet(List.of(square(0, 0, 1000, "A"))), solid(RED, false))));
        BufferedImage img = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB_PRE);
        MapRenderer.Result r = new MapRenderer().render(content, new Viewport(500, 500, 10, 200, 200), img.createGraphics(), () -> true);
        assertFalse(r.completed());
        assertNotEquals(RED.getRGB(), img.getRGB(100, 100));
    }

    @Test
    void coarseZoomUsesSimplifiedGeometry() {
        Coordinate[] ring = new Coordinate[2001];
        for (int i = 0; i < 2000; i++) {
            double a = 2 * Math.PI * i / 2000;
            ring[i] = new Coordinate(100_000 * Math.cos(a), 100_000 * Math.sin(a));
        }
        ring[2000] = ring[0];
        FeatureSet set = new FeatureSet(List.of(new MapFeature(GF.createPolygon(ring), Map.of())));
        int fine = set.geometryFor(0, 10).getNumPoints();
        int coarse = set.geometryFor(0, 10_000).getNumPoints();
        assertEquals(2001, fine);
        assertTrue(coarse < fine / 10, "coarse level has " + coarse + " points");
    }
}
