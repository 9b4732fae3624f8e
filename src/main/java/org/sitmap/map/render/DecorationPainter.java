package org.sitmap.map.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.sitmap.map.ScaleBar;
import org.sitmap.map.Viewport;
import org.sitmap.map.projection.MapProjection;

/**
 * Draws the map furniture that exports and the CLI need around the map itself: scale bar,
 * north arrow, projection and attribution line, and notices (e.g. approximate districts).
 * The on-screen app draws the same elements as live overlays. Stateless and thread-safe.
 */
public final class DecorationPainter {

    public static final String ATTRIBUTION = "Boundaries: Natural Earth (public domain) · Places: GeoNames (CC BY 4.0)";
    private static final Font SMALL = new Font("DejaVu Sans", Font.PLAIN, 11);
    private static final Font BOLD = new Font("DejaVu Sans", Font.BOLD, 12);

    /**
     * Screen areas the furniture covers (scale bar bottom-left, north arrow top-right, the
     * attribution footer bottom-right), on screen and in exports alike, so labels avoid them.
     */
    public static List<Rectangle2D> reservedAreas(Viewport v) {
        int w = v.widthPx();
        int h = v.heightPx();
        return List.of(new Rectangle2D.Double(0, h - 52, 200, 52),
                new Rectangle2D.Double(w - 60, 0, 60, 70),
                new Rectangle2D.Double(Math.max(0, w - 660), h - 22, 660, 22));
    }

    public void paint(Graphics2D g, Viewport v, MapProjection projection, List<String> notices) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        paintScaleBar(g, ScaleBar.of(v, projection, 160), 16, v.heightPx() - 28);
        paintNorthArrow(g, v.widthPx() - 34, 18);
        g.setFont(SMALL);
        String footer = projection.name() + " · " + ATTRIBUTION;
        int fw = g.getFontMetrics().stringWidth(footer);
        box(g, v.widthPx() - fw - 14, v.heightPx() - 20, fw + 10, 16);
        g.setColor(Color.DARK_GRAY);
        g.drawString(footer, v.widthPx() - fw - 9, v.heightPx() - 8);
        g.setFont(BOLD);
        int y = 22;
        for (String notice : notices) {
            int w = g.getFontMetrics().stringWidth(notice);
            box(g, 10, y - 15, w + 12, 21);
            g.setColor(new Color(0x8A1C1C));
            g.drawString(notice, 16, y);
            y += 26;
        }
    }

    static void paintScaleBar(Graphics2D g, ScaleBar bar, double x, double y) {
        double len = bar.lengthPx();
        box(g, (int) x - 6, (int) y - 16, (int) len + 12, 26);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.2f));
        g.fill(new java.awt.geom.Rectangle2D.Double(x, y, len / 2, 5));
        g.draw(new java.awt.geom.Rectangle2D.Double(x, y, len, 5));
        g.setFont(SMALL);
        g.drawString("0", (float) x - 3, (float) y - 3);
        int lw = g.getFontMetrics().stringWidth(bar.label());
        g.drawString(bar.label(), (float) (x + len - lw / 2.0), (float) y - 3);
    }

    static void paintNorthArrow(Graphics2D g, double cx, double top) {
        box(g, (int) cx - 16, (int) top - 6, 32, 50);
        Path2D.Double arrow = new Path2D.Double();
        arrow.moveTo(cx, top + 14);
        arrow.lineTo(cx + 8, top + 40);
        arrow.lineTo(cx, top + 34);
        arrow.lineTo(cx - 8, top + 40);
        arrow.closePath();
        g.setColor(Color.BLACK);
        g.fill(arrow);
        g.setFont(BOLD);
        g.drawString("N", (float) cx - 5, (float) top + 11);
    }

    private static void box(Graphics2D g, int x, int y, int w, int h) {
        g.setColor(new Color(255, 255, 255, 215));
        g.fillRoundRect(x, y, w, h, 6, 6);
    }
}
