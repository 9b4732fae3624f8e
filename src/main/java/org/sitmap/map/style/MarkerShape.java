package org.sitmap.map.style;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Marker outlines, distinct by shape as well as colour so incident types stay apart in greyscale
 * print and for colour-blind readers. Each shape fits a box of the given size centred on (x, y).
 */
public enum MarkerShape {
    CIRCLE, SQUARE, TRIANGLE_UP, TRIANGLE_DOWN, DIAMOND, STAR, CROSS, PENTAGON, PLUS, RING, HEXAGON;

    public Shape at(double x, double y, double size) {
        double r = size / 2;
        return switch (this) {
            case CIRCLE, RING -> new Ellipse2D.Double(x - r, y - r, size, size);
            case SQUARE -> new Rectangle2D.Double(x - r * 0.85, y - r * 0.85, size * 0.85, size * 0.85);
            case TRIANGLE_UP -> polygon(x, y, r * 1.15, 3, -Math.PI / 2);
            case TRIANGLE_DOWN -> polygon(x, y, r * 1.15, 3, Math.PI / 2);
            case DIAMOND -> polygon(x, y, r * 1.1, 4, 0);
            case PENTAGON -> polygon(x, y, r * 1.05, 5, -Math.PI / 2);
            case HEXAGON -> polygon(x, y, r * 1.05, 6, 0);
            case STAR -> star(x, y, r * 1.25, r * 0.55);
            case CROSS -> cross(x, y, r, Math.PI / 4);
            case PLUS -> cross(x, y, r, 0);
        };
    }

    /** Whether the shape is drawn as an outline only (its fill is left transparent). */
    public boolean hollow() {
        return this == RING;
    }

    private static Shape polygon(double x, double y, double r, int n, double phase) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < n; i++) {
            double a = phase + 2 * Math.PI * i / n;
            if (i == 0) {
                p.moveTo(x + r * Math.cos(a), y + r * Math.sin(a));
            } else {
                p.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
            }
        }
        p.closePath();
        return p;
    }

    private static Shape star(double x, double y, double outer, double inner) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + Math.PI * i / 5;
            double r = i % 2 == 0 ? outer : inner;
            if (i == 0) {
                p.moveTo(x + r * Math.cos(a), y + r * Math.sin(a));
            } else {
                p.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
            }
        }
        p.closePath();
        return p;
    }

    private static Shape cross(double x, double y, double r, double rotation) {
        double w = r * 0.38;
        Path2D.Double p = new Path2D.Double();
        double[][] pts = {{-w, -r}, {w, -r}, {w, -w}, {r, -w}, {r, w}, {w, w}, {w, r}, {-w, r}, {-w, w}, {-r, w},
            {-r, -w}, {-w, -w}};
        double c = Math.cos(rotation);
        double s = Math.sin(rotation);
        for (int i = 0; i < pts.length; i++) {
            double px = x + pts[i][0] * c - pts[i][1] * s;
            double py = y + pts[i][0] * s + pts[i][1] * c;
            if (i == 0) {
                p.moveTo(px, py);
            } else {
                p.lineTo(px, py);
            }
        }
        p.closePath();
        return p;
    }
}
