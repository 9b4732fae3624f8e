package org.sitmap.map.layer;

import java.util.List;
import org.sitmap.map.Viewport;
import org.sitmap.map.render.RenderContext;
import org.sitmap.map.style.LegendItem;

/**
 * A map layer in the GeoTools sense: data plus style, able to draw itself into a Graphics2D
 * for a viewport. Implementations are immutable after construction, so a render on a worker
 * thread can use them while the UI thread builds new ones.
 */
public interface Layer {

    /** Stable identifier, e.g. {@code "boundaries"}; used for visibility and tests. */
    String id();

    /** Title shown in the layer panel and legend. */
    String title();

    List<LegendItem> legend();

    /** Draws the layer; labels go to {@code ctx.labels()} to be placed after all layers. */
    void paint(RenderContext ctx);
}
