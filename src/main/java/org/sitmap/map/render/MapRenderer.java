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
 * buffer, a PNG, a PDF page, or the headless CLI. It knows nothing of JavaFX. A frame is two
 * passes: the static pass (background, static layers, then their labels) and the dynamic pass
 * (dynamic layers such as the incidents, over everything, with their own labels); callers that
 * cache the static pixels ({@link StaticCachingRenderer}) run the passes separately, everyone
 * else calls {@link #render}, which runs both, so both routes give the same image. When given a
 * {@link RasterTarget} the dynamic pass may write pixels directly. Stateless and thread-safe; a
 * render reads only the immutable content and viewport it is given.
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
        return render(content, viewport, g, null, cancelled, reservedPx);
    }

    /** Both passes; {@code raster}, when not null, is the pixels behind {@code g}. */
    public Result render(MapContent content, Viewport viewport, Graphics2D g, RasterTarget raster,
                         BooleanSupplier cancelled, List<Rectangle2D> reservedPx) {
        long start = System.nanoTime();
        Result s = renderStatic(content, viewport, g, cancelled, reservedPx);
        if (!s.completed()) {
            return new Result(false, 0, System.nanoTime() - start);
        }
        Result d = renderDynamic(content, viewport, g, raster, cancelled);
        return new Result(d.completed(), d.completed() ? s.labelsPlaced() + d.labelsPlaced() : 0,
                System.nanoTime() - start);
    }

    public Result render(MapContent content, Viewport viewport, Graphics2D g) {
        return render(content, viewport, g, () -> false);
    }

    /** The static pass: fills the background, draws the visible static layers, then their labels. */
    public Result renderStatic(MapContent content, Viewport viewport, Graphics2D g, BooleanSupplier cancelled,
                               List<Rectangle2D> reservedPx) {
        long start = System.nanoTime();
        hints(g);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, viewport.widthPx(), viewport.heightPx());
        LabelPlacer labels = new LabelPlacer(viewport.widthPx(), viewport.heightPx());
        reservedPx.forEach(labels::reserve);
        RenderContext ctx = new RenderContext(g, viewport, labels, cancelled, content::isVisible, null);
        return paintLayers(content, ctx, false, start);
    }

    /**
     * The dynamic pass: draws the visible dynamic layers over what {@code g} already holds (the
     * static pass, drawn or copied), then their labels. Draws nothing when there are none.
     */
    public Result renderDynamic(MapContent content, Viewport viewport, Graphics2D g, RasterTarget raster,
                                BooleanSupplier cancelled) {
        long start = System.nanoTime();
        hints(g);
        LabelPlacer labels = new LabelPlacer(viewport.widthPx(), viewport.heightPx());
        RenderContext ctx = new RenderContext(g, viewport, labels, cancelled, content::isVisible, raster);
        return paintLayers(content, ctx, true, start);
    }

    private static Result paintLayers(MapContent content, RenderContext ctx, boolean dynamic, long start) {
        for (Layer layer : content.layers()) {
            if (ctx.isCancelled()) {
                return new Result(false, 0, System.nanoTime() - start);
            }
            if (layer.dynamic() == dynamic && content.isVisible(layer.id())) {
                layer.paint(ctx);
            }
        }
        if (ctx.isCancelled()) {
            return new Result(false, 0, System.nanoTime() - start);
        }
        ctx.labels().drawAll(ctx.graphics());
        if (dynamic) {
            for (Layer layer : content.layers()) {
                if (content.isVisible(layer.id())) {
                    layer.paintOverlay(ctx);
                }
            }
        }
        return new Result(true, ctx.labels().placedCount(), System.nanoTime() - start);
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }
}
