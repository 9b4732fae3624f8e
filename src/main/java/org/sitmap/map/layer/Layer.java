package org.sitmap.map.layer;

import java.util.List;
import org.sitmap.map.Viewport;
import org.sitmap.map.render.RenderContext;
import org.sitmap.map.style.LegendItem;

/**
 * A map layer in the GeoTools sense: data plus style, able to draw itself into a Graphics2D
 * for a viewport. Implementations are immutable after construction, so a render on a worker
 * thread can use them while the UI thread builds new ones. A layer is <em>static</em> (the
 * basemap: changes only with a pan, zoom or toggle, so its pixels can be cached) or
 * <em>dynamic</em> (the incidents: a new instance on every timeline step). Dynamic layers are
 * drawn over every static layer and its labels, and never reserve label space, so the static
 * part of a frame never depends on them.
 */
public interface Layer {

    /** Stable identifier, e.g. {@code "boundaries"}; used for visibility and tests. */
    String id();

    /** Title shown in the layer panel and legend. */
    String title();

    List<LegendItem> legend();

    /**
     * Whether the layer changes between frames without the viewport changing (e.g. the incidents
     * under the timeline slider). Dynamic layers are drawn after all static ones and their labels.
     */
    default boolean dynamic() {
        return false;
    }

    /** Draws the layer; labels go to {@code ctx.labels()} to be placed after all layers. */
    void paint(RenderContext ctx);

    /**
     * Draws the layer's own map furniture (e.g. a legend box) over every layer and label, at the
     * end of the dynamic pass; nothing by default.
     */
    default void paintOverlay(RenderContext ctx) {
    }
}
