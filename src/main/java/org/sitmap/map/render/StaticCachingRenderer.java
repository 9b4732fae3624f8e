package org.sitmap.map.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.sitmap.map.MapContent;
import org.sitmap.map.Viewport;
import org.sitmap.map.layer.Layer;
import org.sitmap.map.style.LegendItem;

/**
 * Renders frames into int[]-backed premultiplied ARGB images, keeping the pixels of the last
 * static pass (basemap and its labels). The cache is keyed by the static layers (by identity,
 * in order), which of their ids and legend toggles are hidden, and the viewport; when only
 * dynamic layers changed (a timeline step), a frame is one {@code System.arraycopy} of the
 * cached pixels plus the dynamic pass, which draws markers straight into the int[]. A pan, zoom,
 * resize or basemap toggle misses and redraws the static pass, then copies it into the cache.
 * The result equals {@link MapRenderer#render} of the same content. Holds one frame-sized
 * array; not thread-safe: use from the single render thread.
 */
public final class StaticCachingRenderer {

    private record StaticKey(List<Layer> layers, Set<String> hiddenIds, Viewport viewport) {
    }

    private final MapRenderer renderer = new MapRenderer();
    private StaticKey cachedKey;
    private int[] cachedPixels;
    private int cachedLabels;
    private long staticRenders;

    /**
     * Renders {@code content} into {@code target}, whose pixels are {@code raster} (see
     * {@link RasterTarget#of}); returns what the frame did, labels counting both passes.
     */
    public MapRenderer.Result render(MapContent content, Viewport viewport, BufferedImage target, RasterTarget raster,
                                     BooleanSupplier cancelled) {
        long start = System.nanoTime();
        if (raster.widthPx() != viewport.widthPx() || raster.heightPx() != viewport.heightPx()) {
            throw new IllegalArgumentException("target is " + raster.widthPx() + "x" + raster.heightPx()
                    + ", viewport " + viewport.widthPx() + "x" + viewport.heightPx());
        }
        int n = viewport.widthPx() * viewport.heightPx();
        StaticKey key = keyOf(content, viewport);
        Graphics2D g = target.createGraphics();
        try {
            if (key.equals(cachedKey)) {
                System.arraycopy(cachedPixels, 0, raster.pixels(), 0, n);
            } else {
                staticRenders++;
                MapRenderer.Result s = renderer.renderStatic(content, viewport, g, cancelled,
                        DecorationPainter.reservedAreas(viewport));
                if (!s.completed()) {
                    cachedKey = null;
                    return new MapRenderer.Result(false, 0, System.nanoTime() - start);
                }
                if (cachedPixels == null || cachedPixels.length != n) {
                    cachedPixels = new int[n];
                }
                System.arraycopy(raster.pixels(), 0, cachedPixels, 0, n);
                cachedKey = key;
                cachedLabels = s.labelsPlaced();
            }
            MapRenderer.Result d = renderer.renderDynamic(content, viewport, g, raster, cancelled);
            return new MapRenderer.Result(d.completed(), d.completed() ? cachedLabels + d.labelsPlaced() : 0,
                    System.nanoTime() - start);
        } finally {
            g.dispose();
        }
    }

    /** How many times the static pass was drawn rather than copied (tests, status). */
    public long staticRenderCount() {
        return staticRenders;
    }

    /** Drops the cached pixels (e.g. when memory is short); the next frame redraws them. */
    public void clear() {
        cachedKey = null;
        cachedPixels = null;
    }

    private static StaticKey keyOf(MapContent content, Viewport viewport) {
        List<Layer> layers = new ArrayList<>();
        Set<String> hidden = new HashSet<>();
        for (Layer l : content.layers()) {
            if (l.dynamic()) {
                continue;
            }
            layers.add(l);
            if (!content.isVisible(l.id())) {
                hidden.add(l.id());
            }
            for (LegendItem item : l.legend()) {
                if (item.toggleId() != null && !content.isVisible(item.toggleId())) {
                    hidden.add(item.toggleId());
                }
            }
        }
        return new StaticKey(layers, hidden, viewport);
    }
}
