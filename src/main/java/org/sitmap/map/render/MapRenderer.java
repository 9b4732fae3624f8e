package org.sitmap.map.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.sitmap.map.MapContent;
import org.sitmap.map.Viewport;
import org.sitmap.map.layer.Layer;

/**
 * Draws a {@link MapContent} for a {@link Viewport} into any Graphics2D: the screen's back
 * buffer, a PNG, a PDF page, or the headless CLI. It knows nothing of JavaFX. Stateless and
 * thread-safe; a render reads only the immutable content and viewport it is given.
 */
public final class MapRenderer {

    /** Background where no land is drawn (sea, or outside the data). */
    public static final Color BACKGROUND = new Color(0xC6DBEF);

    /** What one render did, for status lines and tests. */
    public record Result(boolean completed, int labelsPlaced, long renderNanos) {
    }

    public Result render(MapContent content, Viewport viewport, Graphics2D g, BooleanSupplier cancelled) {
        return render(content, viewport, g, cancelled, DecorationPainter.reservedAreas(viewport));
    }

    /**
     * Renders, keeping labels out of {@code reservedPx} (screen areas that map furniture such as
     * the scale bar will cover).
     */
    public Result render(MapContent content, Viewport viewport, Graphics2D g, BooleanSupplier cancelled,
                         List<Rectangle2D> reservedPx) {
        long start = System.nanoTime();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, viewport.widthPx(), viewport.heightPx());
        LabelPlacer labels = new LabelPlacer(viewport.widthPx(), viewport.heightPx());
        reservedPx.forEach(labels::reserve);
        RenderContext ctx = new RenderContext(g, viewport, labels, cancelled, content::isVisible);
        for (Layer layer : content.layers()) {
            if (ctx.isCancelled()) {
                return new Result(false, 0, System.nanoTime() - start);
            }
            if (content.isVisible(layer.id())) {
                layer.paint(ctx);
            }
        }
        if (ctx.isCancelled()) {
            return new Result(false, 0, System.nanoTime() - start);
        }
        labels.drawAll(g);
        return new Result(true, labels.placedCount(), System.nanoTime() - start);
    }

    public Result render(MapContent content, Viewport viewport, Graphics2D g) {
        return render(content, viewport, g, () -> false);
    }
}
