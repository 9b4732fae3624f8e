package org.sitmap.map.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitmap.map.style.LabelSpec;

/**
 * Collects label candidates from all layers during one render, then places them greedily by
 * priority so that no two labels overlap and labels stay clear of the screen edge. Text is drawn
 * as outlines with a halo, which keeps it legible over any background and vector in PDF.
 * One instance per render; used by the render thread only.
 */
public final class LabelPlacer {

    private static final double PAD_PX = 3;

    /** One candidate position for a label, in screen pixels; angle in radians. */
    public record Candidate(LabelSpec spec, double x, double y, double angleRad, boolean centred) {
    }

    /** Alternative positions for one label; the first free one is used. */
    private record Request(LabelSpec spec, List<Candidate> positions, long order) {
    }

    private final List<Request> requests = new ArrayList<>();
    private final List<Rectangle2D> occupied = new ArrayList<>();
    private final int widthPx;
    private final int heightPx;
    private int placedCount;

    public LabelPlacer(int widthPx, int heightPx) {
        this.widthPx = widthPx;
        this.heightPx = heightPx;
    }

    /** Reserves a screen area (a marker, a decoration) that labels must not cover. */
    public void reserve(Rectangle2D area) {
        occupied.add(area);
    }

    public void offer(LabelSpec spec, List<Candidate> positions) {
        if (spec != null && !positions.isEmpty() && spec.text() != null && !spec.text().isBlank()) {
            requests.add(new Request(spec, List.copyOf(positions), requests.size()));
        }
    }

    /** Width of a label's text in pixels, for callers that need to fit it along a line. */
    public double textWidth(LabelSpec spec) {
        return TextLayouts.of(spec.text(), spec.font()).getAdvance();
    }

    public int placedCount() {
        return placedCount;
    }

    /** Places and draws every label that fits, most important first. */
    public void drawAll(Graphics2D g) {
        requests.sort(Comparator.comparingInt((Request r) -> r.spec().priority()).thenComparingLong(Request::order));
        for (Request r : requests) {
            for (Candidate c : r.positions()) {
                Shape outline = outline(c);
                Rectangle2D box = outline.getBounds2D();
                Rectangle2D padded = new Rectangle2D.Double(box.getX() - PAD_PX, box.getY() - PAD_PX,
                        box.getWidth() + 2 * PAD_PX, box.getHeight() + 2 * PAD_PX);
                if (fitsOnScreen(box) && isFree(padded)) {
                    occupied.add(padded);
                    paint(g, r.spec(), outline);
                    placedCount++;
                    break;
                }
            }
        }
    }

    private Shape outline(Candidate c) {
        TextLayout layout = TextLayouts.of(c.spec().text(), c.spec().font());
        double w = layout.getAdvance();
        double ascent = layout.getAscent();
        double descent = layout.getDescent();
        AffineTransform t = new AffineTransform();
        t.translate(c.x(), c.y());
        t.rotate(c.angleRad());
        if (c.centred()) {
            t.translate(-w / 2, (ascent - descent) / 2);
        } else {
            t.translate(0, (ascent - descent) / 2);
        }
        return layout.getOutline(t);
    }

    private boolean fitsOnScreen(Rectangle2D box) {
        return box.getMinX() >= 2 && box.getMinY() >= 2 && box.getMaxX() <= widthPx - 2 && box.getMaxY() <= heightPx - 2;
    }

    private boolean isFree(Rectangle2D box) {
        for (Rectangle2D r : occupied) {
            if (r.intersects(box)) {
                return false;
            }
        }
        return true;
    }

    private static void paint(Graphics2D g, LabelSpec spec, Shape outline) {
        if (spec.halo() != null) {
            g.setColor(spec.halo());
            g.setStroke(new BasicStroke(Math.max(2.5f, spec.font().getSize2D() / 4f),
                    BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
        g.setColor(spec.color() == null ? Color.BLACK : spec.color());
        g.fill(outline);
    }
}
