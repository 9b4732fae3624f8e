package org.sitmap.map.style;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;

/**
 * How one feature is drawn: a polygon fill with an outline, a (cased, optionally dashed) line,
 * or a point marker. Sizes are in pixels at 1x output scale. Immutable value types.
 */
public sealed interface Symbolizer {

    /** Draws the feature's screen-space shape. For points, {@code shape} is ignored and (x, y) used. */
    void paint(Graphics2D g, Shape shape, double x, double y);

    /** Draws a legend swatch filling a w×h box at the origin. */
    void paintSwatch(Graphics2D g, int w, int h);

    record Fill(Color fill, Color stroke, float strokeWidthPx, float[] dashPx) implements Symbolizer {
        @Override
        public void paint(Graphics2D g, Shape shape, double x, double y) {
            if (fill != null) {
                g.setColor(fill);
                g.fill(shape);
            }
            if (stroke != null && strokeWidthPx > 0) {
                g.setColor(stroke);
                g.setStroke(Line.stroke(strokeWidthPx, dashPx));
                g.draw(shape);
            }
        }

        @Override
        public void paintSwatch(Graphics2D g, int w, int h) {
            paint(g, new java.awt.geom.Rectangle2D.Double(1, 1, w - 2.0, h - 2.0), 0, 0);
        }
    }

    record Line(Color color, float widthPx, float[] dashPx, Color casing, float casingWidthPx) implements Symbolizer {
        static BasicStroke stroke(float width, float[] dash) {
            return dash == null
                    ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                    : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, dash, 0f);
        }

        @Override
        public void paint(Graphics2D g, Shape shape, double x, double y) {
            if (casing != null && casingWidthPx > 0) {
                g.setColor(casing);
                g.setStroke(stroke(casingWidthPx, null));
                g.draw(shape);
            }
            g.setColor(color);
            g.setStroke(stroke(widthPx, dashPx));
            g.draw(shape);
        }

        @Override
        public void paintSwatch(Graphics2D g, int w, int h) {
            paint(g, new java.awt.geom.Line2D.Double(2, h / 2.0, w - 2.0, h / 2.0), 0, 0);
        }
    }

    /** A marker of a given shape, e.g. an incident type's symbol. */
    record Marker(MarkerShape shape, Color fill, Color stroke, float sizePx) implements Symbolizer {
        @Override
        public void paint(Graphics2D g, Shape ignored, double x, double y) {
            Shape s = shape.at(x, y, sizePx);
            if (shape.hollow()) {
                g.setColor(stroke);
                g.setStroke(new BasicStroke(Math.max(3.5f, sizePx / 3.2f)));
                g.draw(s);
                g.setColor(fill);
                g.setStroke(new BasicStroke(Math.max(2f, sizePx / 5f)));
                g.draw(s);
                return;
            }
            g.setColor(fill);
            g.fill(s);
            if (stroke != null) {
                g.setColor(stroke);
                g.setStroke(new BasicStroke(1.1f));
                g.draw(s);
            }
        }

        @Override
        public void paintSwatch(Graphics2D g, int w, int h) {
            new Marker(shape, fill, stroke, Math.min(sizePx, h - 2f)).paint(g, null, w / 2.0, h / 2.0);
        }
    }

    /**
     * A marker drawn as an outline in its colour around a pale centre: the same shape as a
     * {@link Marker}, for features whose position is only approximate.
     */
    record HollowMarker(MarkerShape shape, Color colour, float sizePx) implements Symbolizer {
        private static final Color HALO = new Color(255, 255, 255, 235);
        private static final Color CENTRE = new Color(255, 255, 255, 150);

        @Override
        public void paint(Graphics2D g, Shape ignored, double x, double y) {
            Shape s = shape.at(x, y, sizePx);
            float w = Math.max(2f, sizePx / 6f);
            g.setColor(HALO);
            g.setStroke(new BasicStroke(w + 2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(s);
            g.setColor(CENTRE);
            g.fill(s);
            g.setColor(colour);
            g.setStroke(new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(s);
        }

        @Override
        public void paintSwatch(Graphics2D g, int w, int h) {
            new HollowMarker(shape, colour, Math.min(sizePx, h - 4f)).paint(g, null, w / 2.0, h / 2.0);
        }
    }

    record Point(Color fill, Color stroke, float diameterPx) implements Symbolizer {
        @Override
        public void paint(Graphics2D g, Shape shape, double x, double y) {
            Ellipse2D.Double dot = new Ellipse2D.Double(x - diameterPx / 2.0, y - diameterPx / 2.0, diameterPx, diameterPx);
            g.setColor(fill);
            g.fill(dot);
            if (stroke != null) {
                g.setColor(stroke);
                g.setStroke(new BasicStroke(1f));
                g.draw(dot);
            }
        }

        @Override
        public void paintSwatch(Graphics2D g, int w, int h) {
            paint(g, null, w / 2.0, h / 2.0);
        }
    }
}
