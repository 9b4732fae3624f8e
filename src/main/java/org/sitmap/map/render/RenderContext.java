package org.sitmap.map.render;

import java.awt.Graphics2D;
import java.util.function.BooleanSupplier;
import org.sitmap.map.Viewport;

/**
 * Everything a layer needs during one render: the target graphics, the viewport, the shared
 * label placer, a cancellation check so a stale render stops early, and which layer or
 * legend-item ids are visible. One per render, used
 * by the render thread only.
 */
public record RenderContext(Graphics2D graphics, Viewport viewport, LabelPlacer labels, BooleanSupplier cancelled,
                            java.util.function.Predicate<String> visible) {

    public boolean isCancelled() {
        return cancelled.getAsBoolean();
    }
}
