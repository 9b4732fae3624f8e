package org.sitmap.briefing.export;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.sitmap.briefing.MapExtent;
import org.sitmap.map.MapContent;
import org.sitmap.map.ScaleBar;
import org.sitmap.map.Viewport;
import org.sitmap.map.projection.MapProjection;
import org.sitmap.map.render.MapRenderer;

/**
 * Draws one briefing page into any Graphics2D — a PDF page through pdfbox-graphics2d (vectors),
 * a PNG, or (without the map) the presentation screen's overlay — so all three agree: the map
 * (two side by side in compare mode, same centre and resolution) drawn by the one
 * {@link MapRenderer} with its labels kept clear of the title block, legend and scale bar, then
 * the table column and the decorations of {@link PageDecorations}. Stateless; thread-safe.
 */
public final class BriefingPageRenderer {

    private final MapRenderer renderer = new MapRenderer();

    /** The viewport a view's extent gets in this layout (half the map width in compare mode). */
    public static Viewport mapViewport(PageLayout lay, MapExtent extent, MapProjection p, boolean compare) {
        int w = compare ? Math.max(1, (lay.mapWidthPx() - 2) / 2) : lay.mapWidthPx();
        return ViewFraming.fit(extent, p, w, lay.mapHeightPx());
    }

    /**
     * The whole page. Returns false when {@code cancelled} stopped the map render (the page is
     * then incomplete and must not be kept).
     */
    public boolean paintPage(Graphics2D g, PageLayout lay, BriefingPage page, ComposedView view, MapExtent extent,
                             MapProjection p, PageTheme theme, BooleanSupplier cancelled) {
        PageDecorations deco = new PageDecorations(lay.typeScale(), theme);
        g.setColor(theme.paper());
        g.fill(new Rectangle2D.Double(0, 0, lay.width(), lay.height()));
        PageDecorations.Boxes boxes = deco.measure(g, lay, page);
        Rectangle2D map = lay.map();
        Viewport v = mapViewport(lay, extent, p, view.isCompare());
        if (view.isCompare()) {
            double half = (map.getWidth() - 2) / 2;
            if (!drawMap(g, view.main(), v, map.getX(), map.getY(), boxes, cancelled)
                    || !drawMap(g, view.compare(), v, map.getX() + half + 2, map.getY(), boxes, cancelled)) {
                return false;
            }
            g.setColor(theme.outline());
            g.setStroke(new BasicStroke(2f));
            g.draw(new Line2D.Double(map.getX() + half + 1, map.getY(), map.getX() + half + 1, map.getMaxY()));
        } else if (!drawMap(g, view.main(), v, map.getX(), map.getY(), boxes, cancelled)) {
            return false;
        }
        if (lay.table() != null && page.table() != null) {
            new TablePainter(deco).paint(g, page.table(), lay.table());
        }
        deco.paint(g, lay, page, boxes, ScaleBar.of(v, p, lay.typeScale() * 160));
        return true;
    }

    /**
     * Only the decorations, over a transparent background, for a screen whose map is drawn live
     * underneath; {@code mapViewport} is that map's viewport (for the scale bar).
     */
    public void paintOverlay(Graphics2D g, PageLayout lay, BriefingPage page, Viewport mapViewport, MapProjection p,
                             PageTheme theme) {
        PageDecorations deco = new PageDecorations(lay.typeScale(), theme);
        PageDecorations.Boxes boxes = deco.measure(g, lay, page);
        deco.paint(g, lay, page, boxes, ScaleBar.of(mapViewport, p, lay.typeScale() * 160));
    }

    private boolean drawMap(Graphics2D g, MapContent content, Viewport v, double x, double y,
                            PageDecorations.Boxes boxes, BooleanSupplier cancelled) {
        Graphics2D m = (Graphics2D) g.create();
        try {
            m.translate(x, y);
            m.clip(new Rectangle2D.Double(0, 0, v.widthPx(), v.heightPx()));
            List<Rectangle2D> reserved = new ArrayList<>();
            for (Rectangle2D r : boxes.all()) {
                reserved.add(new Rectangle2D.Double(r.getX() - x, r.getY() - y, r.getWidth(), r.getHeight()));
            }
            return renderer.render(content, v, m, cancelled, reserved).completed();
        } finally {
            m.dispose();
        }
    }
}
