package org.sitmap.incidents.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitmap.incidents.FilterCriteria;
import org.sitmap.incidents.IncidentFilter;
import org.sitmap.incidents.IncidentTable;
import org.sitmap.map.MapContent;
import org.sitmap.map.Viewport;
import org.sitmap.map.layer.FeatureLayer;
import org.sitmap.map.layer.FeatureSet;
import org.sitmap.map.layer.Layer;
import org.sitmap.map.layer.MapFeature;
import org.sitmap.map.render.DecorationPainter;
import org.sitmap.map.render.MapRenderer;
import org.sitmap.map.render.RasterTarget;
import org.sitmap.map.render.StaticCachingRenderer;
import org.sitmap.map.style.FeatureStyle;
import org.sitmap.map.style.LabelSpec;
import org.sitmap.map.style.LegendItem;
import org.sitmap.map.style.Symbolizer;

/** Timeline frames through the static cache against full renders of the same content. */
class SliderFrameTest {

    private static final int W = 400;
    private static final int H = 300;
    private static final long DAY = 86_400_000L;
    /** How far any marker's pixels reach from its point (20 px marker: 0.7 × size + 4). */
    private static final int MARKER_REACH_PX = 18;

    /** A "basemap": labelled squares, so the static pass has fills, outlines and labels. */
    private static List<Layer> basemap() {
        GeometryFactory gf = new GeometryFactory();
        List<MapFeature> squares = new ArrayList<>();
        String[] names = {"Alpha", "Bravo", "Charlie", "Delta"};
        for (int k = 0; k < names.length; k++) {
            double x = k * 5_000;
            squares.add(new MapFeature(gf.toGeometry(new Envelope(x, x + 4_000, 0, 4_000 + k * 1_000)),
                    Map.of("name", names[k])));
        }
        Symbolizer fill = new Symbolizer.Fill(new Color(0xE8E2D0), new Color(0x777777), 1.2f, null);
        FeatureStyle style = new FeatureStyle() {
            @Override
            public Symbolizer symbolizer(MapFeature f, double upp) {
                return fill;
            }

            @Override
            public LabelSpec label(MapFeature f, double upp) {
                return new LabelSpec(f.text("name"), new Font("DejaVu Sans", Font.PLAIN, 12), Color.BLACK, Color.WHITE,
                        1, LabelSpec.Placement.INTERIOR);
            }

            @Override
            public List<LegendItem> legend() {
                return List.of(new LegendItem("land", fill));
            }
        };
        return List.of(new FeatureLayer("land", "Land", new FeatureSet(squares), style));
    }

    /** 300 incidents over 60 days within the squares' area, sorted by time. */
    private static IncidentTable table() {
        int n = 300;
        SplittableRandom r = new SplittableRandom(7);
        long[] start = new long[n];
        long[] end = new long[n];
        float[] x = new float[n];
        float[] y = new float[n];
        byte[] type = new byte[n];
        short[] killed = new short[n];
        short[] injured = new short[n];
        for (int i = 0; i < n; i++) {
            start[i] = i * (60 * DAY / n);
            end[i] = start[i];
            x[i] = (float) (r.nextDouble() * 19_000);
            y[i] = (float) (r.nextDouble() * 7_000);
            type[i] = (byte) r.nextInt(12);
            killed[i] = (short) r.nextInt(4);
            injured[i] = (short) r.nextInt(5);
        }
        return IncidentTable.ofColumns(start, end, x, y, type, killed, injured);
    }

    private static MapContent content(List<Layer> basemap, IncidentLayer incidents) {
        List<Layer> layers = new ArrayList<>(basemap);
        layers.add(incidents);
        return MapContent.of(layers);
    }

    private static IncidentLayer window(IncidentTable t, long fromMs, long toMs) {
        int[] rows = new int[t.size()];
        int n = IncidentFilter.select(t, fromMs, toMs, FilterCriteria.all(t), rows);
        return new IncidentLayer(t, rows, n);
    }

    private static int[] fullRender(MapContent content, Viewport v) {
        RasterTarget target = new RasterTarget(new int[W * H], W, H);
        Graphics2D g = target.toImage().createGraphics();
        new MapRenderer().render(content, v, g, target, () -> false, DecorationPainter.reservedAreas(v));
        g.dispose();
        return target.pixels();
    }

    private static int[] cachedRender(StaticCachingRenderer r, MapContent content, Viewport v) {
        RasterTarget target = new RasterTarget(new int[W * H], W, H);
        r.render(content, v, target.toImage(), target, () -> false);
        return target.pixels();
    }

    @Test
    void cachedFramesEqualFullRendersForMarkersAndClusters() {
        IncidentTable t = table();
        List<Layer> basemap = basemap();
        // 60 m/px draws every marker; 150 m/px clusters them into bubbles
        for (double upp : new double[] {60, 150}) {
            Viewport v = new Viewport(9_500, 3_500, upp, W, H);
            StaticCachingRenderer cache = new StaticCachingRenderer();
            for (int day = 0; day < 40; day += 10) {
                MapContent c = content(basemap, window(t, day * DAY, (day + 20) * DAY));
                assertArrayEquals(fullRender(c, v), cachedRender(cache, c, v), "day " + day + " at " + upp + " m/px");
            }
            assertEquals(1, cache.staticRenderCount(), "the basemap was drawn once, then copied");
        }
    }

    @Test
    void panOrBasemapToggleRedrawsTheStaticPart() {
        IncidentTable t = table();
        List<Layer> basemap = basemap();
        StaticCachingRenderer cache = new StaticCachingRenderer();
        Viewport v = new Viewport(9_500, 3_500, 60, W, H);
        MapContent c = content(basemap, window(t, 0, 20 * DAY));
        cachedRender(cache, c, v);
        Viewport panned = v.panByPixels(37, -12);
        assertArrayEquals(fullRender(c, panned), cachedRender(cache, c, panned));
        assertEquals(2, cache.staticRenderCount());
        MapContent hidden = c.withVisibility("land", false);
        assertArrayEquals(fullRender(hidden, panned), cachedRender(cache, hidden, panned));
        assertEquals(3, cache.staticRenderCount());
        cachedRender(cache, c, panned);
        assertEquals(4, cache.staticRenderCount(), "showing the layer again is a static change");
        MapContent typeHidden = c.withVisibility(IncidentSymbols.toggleId(org.sitmap.core.IncidentType.MORTAR), false);
        int[] withoutMortars = cachedRender(cache, typeHidden, panned);
        assertArrayEquals(fullRender(typeHidden, panned), withoutMortars);
        assertEquals(4, cache.staticRenderCount(), "an incident type toggle is not a static change");
        assertTrue(PixelDiff.differingPixels(withoutMortars, fullRender(c, panned)) > 0, "the toggle hid markers");
    }

    @Test
    void framesForDifferentWindowsDifferOnlyWhereMarkersAre() {
        IncidentTable t = table();
        List<Layer> basemap = basemap();
        Viewport v = new Viewport(9_500, 3_500, 60, W, H);
        StaticCachingRenderer cache = new StaticCachingRenderer();
        int[] staticOnly = cachedRender(cache, content(basemap, new IncidentLayer(t, new int[0], 0)), v);
        int[] early = cachedRender(cache, content(basemap, window(t, 0, 15 * DAY)), v);
        int[] late = cachedRender(cache, content(basemap, window(t, 30 * DAY, 45 * DAY)), v);
        boolean[] nearMarker = new boolean[W * H];
        for (int i = 0; i < t.size(); i++) {
            if (t.startMs(i) < 15 * DAY || (t.startMs(i) >= 30 * DAY && t.startMs(i) < 45 * DAY)) {
                int cx = (int) Math.round(v.screenX(t.x(i)));
                int cy = (int) Math.round(v.screenY(t.y(i)));
                for (int y = Math.max(0, cy - MARKER_REACH_PX); y <= Math.min(H - 1, cy + MARKER_REACH_PX); y++) {
                    for (int x = Math.max(0, cx - MARKER_REACH_PX); x <= Math.min(W - 1, cx + MARKER_REACH_PX); x++) {
                        nearMarker[y * W + x] = true;
                    }
                }
            }
        }
        int differing = 0;
        int far = 0;
        for (int p = 0; p < W * H; p++) {
            if (early[p] != late[p]) {
                differing++;
                assertTrue(nearMarker[p], "pixel " + (p % W) + "," + (p / W) + " changed away from any marker");
            }
            if (!nearMarker[p]) {
                far++;
                assertEquals(staticOnly[p], early[p], "the basemap shows through away from markers");
            }
        }
        assertTrue(differing > 1_000, "the windows show different markers: " + differing + " pixels");
        assertTrue(far > W * H / 10, "the test has pixels away from markers to check: " + far);
    }
}
