package org.sitmap.map.render;

import java.awt.Graphics2D;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.sitmap.map.Viewport;

/**
 * Everything a layer needs during one render: the target graphics, the viewport, the shared
 * label placer, a cancellation check so a stale render stops early, which layer or legend-item
 * ids are visible, and, when the target is one of our int[] premultiplied ARGB buffers, its
 * {@link RasterTarget} (null for PNG export and PDF vectors, which must use Java2D). Graphics and
 * raster address the same pixels with an identity transform. One per render, used by the render
 * thread only.
 */
public record RenderContext(Graphics2D graphics, Viewport viewport, LabelPlacer labels, BooleanSupplier cancelled,
                            Predicate<String> visible, RasterTarget raster) {

    /** A context without a raster target: layers draw with Java2D only. */
    public RenderContext(Graphics2D graphics, Viewport viewport, LabelPlacer labels, BooleanSupplier cancelled,
                         Predicate<String> visible) {
        this(graphics, viewport, labels, cancelled, visible, null);
    }

    public boolean isCancelled() {
        return cancelled.getAsBoolean();
    }
}
