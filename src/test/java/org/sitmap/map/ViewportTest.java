package org.sitmap.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class ViewportTest {

    private final Viewport v = new Viewport(8_250_000, 4_000_000, 500, 1600, 1000);

    @Property
    void screenWorldRoundTrip(@ForAll @DoubleRange(min = -100, max = 1700) double sx,
                              @ForAll @DoubleRange(min = -100, max = 1100) double sy) {
        assertEquals(sx, v.screenX(v.worldX(sx)), 1e-6);
        assertEquals(sy, v.screenY(v.worldY(sy)), 1e-6);
    }

    @Property
    void zoomAtKeepsTheCursorPointFixed(@ForAll @DoubleRange(min = 0, max = 1600) double px,
                                        @ForAll @DoubleRange(min = 0, max = 1000) double py,
                                        @ForAll @DoubleRange(min = 0.3, max = 3) double factor) {
        Viewport z = v.zoomAt(factor, px, py);
        assertEquals(v.worldX(px), z.worldX(px), 1e-3);
        assertEquals(v.worldY(py), z.worldY(py), 1e-3);
        assertEquals(v.unitsPerPixel() / factor, z.unitsPerPixel(), 1e-9);
    }

    @Test
    void affineTransformAgreesWithScreenMethods() {
        Point2D out = v.worldToScreen().transform(new Point2D.Double(8_300_000, 3_950_000), null);
        assertEquals(v.screenX(8_300_000), out.getX(), 1e-6);
        assertEquals(v.screenY(3_950_000), out.getY(), 1e-6);
    }

    @Test
    void panMovesContentWithTheDrag() {
        Viewport p = v.panByPixels(100, 50);
        // the world point that was at (800, 500) is now at (900, 550)
        double wx = v.worldX(800);
        double wy = v.worldY(500);
        assertEquals(900, p.screenX(wx), 1e-6);
        assertEquals(550, p.screenY(wy), 1e-6);
    }

    @Test
    void fitShowsTheWholeEnvelope() {
        Envelope world = new Envelope(8_000_000, 8_600_000, 3_800_000, 4_200_000);
        Viewport f = Viewport.fit(world, 800, 600, 10);
        assertTrue(f.worldEnvelope().contains(world));
        assertTrue(f.worldEnvelope().getWidth() < world.getWidth() * 1.1 || f.worldEnvelope().getHeight() < world.getHeight() * 1.1);
    }

    @Test
    void resolutionIsClampedAndSizeValidated() {
        assertEquals(Viewport.MIN_UNITS_PER_PIXEL, v.zoomCentered(1e9).unitsPerPixel(), 1e-9);
        assertEquals(Viewport.MAX_UNITS_PER_PIXEL, v.zoomCentered(1e-9).unitsPerPixel(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new Viewport(0, 0, 1, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new Viewport(0, 0, Double.NaN, 10, 10));
    }
}
