package org.sitmap.map;

import java.awt.geom.AffineTransform;
import org.locationtech.jts.geom.Envelope;

/**
 * What part of the projected world is shown, and how large the screen is: a centre in world
 * units (projected metres), a resolution in world units per pixel, and a pixel size. The
 * world-to-screen transform has y pointing down on screen. Immutable: every navigation
 * operation returns a new viewport, so a render can snapshot one safely on any thread.
 */
public record Viewport(double centerX, double centerY, double unitsPerPixel, int widthPx, int heightPx) {

    /** Finest and coarsest resolutions allowed, world units per pixel. */
    public static final double MIN_UNITS_PER_PIXEL = 2.0;
    public static final double MAX_UNITS_PER_PIXEL = 20_000.0;

    public Viewport {
        if (widthPx <= 0 || heightPx <= 0) {
            throw new IllegalArgumentException("viewport size must be positive: " + widthPx + "x" + heightPx);
        }
        if (!(unitsPerPixel > 0) || Double.isInfinite(unitsPerPixel)) {
            throw new IllegalArgumentException("unitsPerPixel must be positive and finite: " + unitsPerPixel);
        }
        unitsPerPixel = Math.max(MIN_UNITS_PER_PIXEL, Math.min(MAX_UNITS_PER_PIXEL, unitsPerPixel));
    }

    /** The viewport that shows {@code world} whole, centred, with a margin in pixels. */
    public static Viewport fit(Envelope world, int widthPx, int heightPx, int marginPx) {
        int usableW = Math.max(1, widthPx - 2 * marginPx);
        int usableH = Math.max(1, heightPx - 2 * marginPx);
        double upp = Math.max(world.getWidth() / usableW, world.getHeight() / usableH);
        if (!(upp > 0)) {
            upp = MIN_UNITS_PER_PIXEL;
        }
        return new Viewport(world.centre().x, world.centre().y, upp, widthPx, heightPx);
    }

    public double screenX(double worldX) {
        return (worldX - centerX) / unitsPerPixel + widthPx / 2.0;
    }

    public double screenY(double worldY) {
        return (centerY - worldY) / unitsPerPixel + heightPx / 2.0;
    }

    public double worldX(double screenX) {
        return centerX + (screenX - widthPx / 2.0) * unitsPerPixel;
    }

    public double worldY(double screenY) {
        return centerY - (screenY - heightPx / 2.0) * unitsPerPixel;
    }

    /** The world rectangle covered by the screen. */
    public Envelope worldEnvelope() {
        double halfW = widthPx / 2.0 * unitsPerPixel;
        double halfH = heightPx / 2.0 * unitsPerPixel;
        return new Envelope(centerX - halfW, centerX + halfW, centerY - halfH, centerY + halfH);
    }

    public AffineTransform worldToScreen() {
        AffineTransform t = new AffineTransform();
        t.translate(widthPx / 2.0, heightPx / 2.0);
        t.scale(1 / unitsPerPixel, -1 / unitsPerPixel);
        t.translate(-centerX, -centerY);
        return t;
    }

    /** Moves the content by a screen offset: dragging right by dx shows what was to the left. */
    public Viewport panByPixels(double dxPx, double dyPx) {
        return new Viewport(centerX - dxPx * unitsPerPixel, centerY + dyPx * unitsPerPixel,
                unitsPerPixel, widthPx, heightPx);
    }

    /**
     * Zooms by {@code factor} (&gt;1 zooms in) keeping the world point under the screen pixel
     * (px, py) fixed, as a wheel zoom at the cursor should.
     */
    public Viewport zoomAt(double factor, double px, double py) {
        double wx = worldX(px);
        double wy = worldY(py);
        double upp = clampResolution(unitsPerPixel / factor);
        double cx = wx - (px - widthPx / 2.0) * upp;
        double cy = wy + (py - heightPx / 2.0) * upp;
        return new Viewport(cx, cy, upp, widthPx, heightPx);
    }

    public Viewport zoomCentered(double factor) {
        return zoomAt(factor, widthPx / 2.0, heightPx / 2.0);
    }

    /** Same centre and resolution on a screen of another size (window resize). */
    public Viewport resized(int newWidthPx, int newHeightPx) {
        return new Viewport(centerX, centerY, unitsPerPixel, newWidthPx, newHeightPx);
    }

    private static double clampResolution(double upp) {
        return Math.max(MIN_UNITS_PER_PIXEL, Math.min(MAX_UNITS_PER_PIXEL, upp));
    }
}
