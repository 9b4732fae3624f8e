package org.sitmap.bench;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.sitmap.incidents.FilterCriteria;
import org.sitmap.incidents.IncidentFilter;
import org.sitmap.incidents.IncidentTable;
import org.sitmap.incidents.layer.IncidentLayer;
import org.sitmap.map.MapContent;
import org.sitmap.map.Viewport;
import org.sitmap.map.layer.Layer;
import org.sitmap.map.render.DecorationPainter;
import org.sitmap.map.render.MapRenderer;
import org.sitmap.map.render.RasterTarget;
import org.sitmap.map.render.StaticCachingRenderer;

/**
 * One timeline slider frame, as the app's render worker does it: select the rows of a time
 * window from the {@link IncidentTable} into a reused row buffer, then render the content with a
 * new incident layer through a {@link StaticCachingRenderer} (cached basemap copied, markers
 * composited into the int[]). Window {@code k} starts {@code k} steps after the table's first
 * day and wraps before running off its end. Owns its frame buffer; one thread at a time.
 */
public final class SliderFrames {

    public static final long DAY_MS = 86_400_000L;

    private final IncidentTable table;
    private final List<Layer> staticLayers;
    private final Viewport viewport;
    private final long windowMs;
    private final long stepMs;
    private final int[] rows;
    private final FilterCriteria criteria;
    private final RasterTarget raster;
    private final BufferedImage image;
    private final StaticCachingRenderer renderer = new StaticCachingRenderer();
    private final long firstMs;
    private final long lastStartMs;
    private int lastRowCount;

    /** Frames of {@code windowMs} windows stepped by {@code stepMs}, drawn into {@code pixels}. */
    public SliderFrames(IncidentTable table, MapContent basemap, Viewport viewport, long windowMs, long stepMs,
                        int[] pixels) {
        this.table = table;
        this.staticLayers = List.copyOf(basemap.layers());
        this.viewport = viewport;
        this.windowMs = windowMs;
        this.stepMs = stepMs;
        this.rows = new int[table.size()];
        this.criteria = FilterCriteria.all(table);
        this.raster = new RasterTarget(pixels, viewport.widthPx(), viewport.heightPx());
        this.image = raster.toImage();
        long[] span = table.spanMs();
        this.firstMs = span == null ? 0 : span[0];
        this.lastStartMs = span == null ? 0 : Math.max(firstMs, table.startMs(table.size() - 1) - windowMs);
    }

    /** Start of window {@code k}. */
    public long windowStartMs(int k) {
        long steps = Math.max(1, (lastStartMs - firstMs) / stepMs + 1);
        return firstMs + (k % steps) * stepMs;
    }

    /** Selects window {@code k}; returns the rows selected. */
    public int select(int k) {
        long from = windowStartMs(k);
        lastRowCount = IncidentFilter.select(table, from, from + windowMs, criteria, rows);
        return lastRowCount;
    }

    /** Draws the last selection over the (cached) basemap. */
    public MapRenderer.Result draw() {
        return renderer.render(content(new IncidentLayer(table, rows, lastRowCount)), viewport, image, raster,
                () -> false);
    }

    /** Draws an arbitrary incident layer over the same cached basemap (the re-query baseline). */
    public MapRenderer.Result draw(IncidentLayer layer) {
        return renderer.render(content(layer), viewport, image, raster, () -> false);
    }

    /** The same frame without the cache: static and dynamic passes both drawn. */
    public MapRenderer.Result drawUncached() {
        Graphics2D g = image.createGraphics();
        try {
            return new MapRenderer().render(content(new IncidentLayer(table, rows, lastRowCount)), viewport, g, raster,
                    () -> false, DecorationPainter.reservedAreas(viewport));
        } finally {
            g.dispose();
        }
    }

    public long staticRenderCount() {
        return renderer.staticRenderCount();
    }

    private MapContent content(IncidentLayer layer) {
        List<Layer> layers = new ArrayList<>(staticLayers.size() + 1);
        layers.addAll(staticLayers);
        layers.add(layer);
        return MapContent.of(layers);
    }
}
