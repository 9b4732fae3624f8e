package org.sitmap.incidents.layer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import org.junit.jupiter.api.Test;
import org.sitmap.map.render.RasterTarget;

class CountBubbleTest {

    private static final int SIDE = 110;

    private static int[][] bothWays(int type, int n, double x, double y) {
        RasterTarget java2d = PixelDiff.background(SIDE, SIDE);
        Graphics2D g = PixelDiff.graphics(java2d);
        CountBubble.paint(g, type, n, x, y);
        g.dispose();
        RasterTarget sprite = PixelDiff.background(SIDE, SIDE);
        assertTrue(CountBubble.blit(sprite, type, n, x, y), "sprite cache has room");
        return new int[][] {java2d.pixels(), sprite.pixels()};
    }

    @Test
    void bubbleFromSpritesDiffersFromJava2dOnlyAtEdgesMovedByAThirdOfAPixel() {
        // centre to 1/2 px (<= 1/4 px per axis) and radius to 1/4 px (<= 1/8 px): an edge moves
        // by at most ~0.36 px, i.e. at most ~92 levels where white ring meets disc or background
        int[] counts = {2, 9, 57, 100, 999, 1000, 1234, 9999, 25_000, 1_000_000};
        double[][] at = {{55, 55}, {55.5, 54.5}, {54.8, 55.3}, {55.26, 54.74}};
        for (int type = 0; type < 12; type += 5) {
            for (int n : counts) {
                for (double[] p : at) {
                    int[][] px = bothWays(type, n, p[0], p[1]);
                    String where = "type " + type + " n " + n + " at " + p[0] + "," + p[1];
                    assertTrue(PixelDiff.maxChannelDiff(px[0], px[1]) <= 96, where);
                    double r = CountBubble.radiusPx(n);
                    // edge pixels: outer and inner edge of the ring, one pixel wide each, plus the text's
                    double edgeBound = 2 * (2 * Math.PI * (r + 1)) + 200;
                    assertTrue(PixelDiff.pixelsDifferingBeyond(px[0], px[1], 2) <= edgeBound, where);
                }
            }
        }
    }

    @Test
    void textLandsOnTheSamePixelsAsJava2d() {
        // radius exact (n = 10^k) and centre on a sprite phase: only blend rounding may differ
        for (int n : new int[] {10, 100, 1000, 100_000}) {
            for (double[] p : new double[][] {{50, 50}, {50.5, 49.5}, {49.5, 50.5}}) {
                int[][] px = bothWays(2, n, p[0], p[1]);
                int diff = PixelDiff.maxChannelDiff(px[0], px[1]);
                assertTrue(diff <= 2, "n " + n + " at " + p[0] + "," + p[1] + ": max diff " + diff);
            }
        }
    }
}
