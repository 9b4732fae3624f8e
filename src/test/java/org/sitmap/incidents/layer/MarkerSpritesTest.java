package org.sitmap.incidents.layer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import org.junit.jupiter.api.Test;
import org.sitmap.core.IncidentType;
import org.sitmap.map.render.RasterTarget;

class MarkerSpritesTest {

    private static final int SIDE = 48;

    private static int[][] bothWays(int type, int sizeClass, double x, double y) {
        RasterTarget java2d = PixelDiff.background(SIDE, SIDE);
        Graphics2D g = PixelDiff.graphics(java2d);
        IncidentSymbols.MARKERS[type][sizeClass].paint(g, null, x, y);
        g.dispose();
        RasterTarget sprite = PixelDiff.background(SIDE, SIDE);
        MarkerSprites.blit(sprite, type, sizeClass, x, y);
        return new int[][] {java2d.pixels(), sprite.pixels()};
    }

    @Test
    void spriteAtItsOwnPhaseMatchesJava2dForEveryTypeAndSize() {
        for (int type = 0; type < IncidentType.values().length; type++) {
            for (int size = 0; size < IncidentSymbols.SIZES_PX.length; size++) {
                for (int phase = 0; phase < MarkerSprites.PHASES_PER_PX; phase++) {
                    double off = phase / (double) MarkerSprites.PHASES_PER_PX;
                    int[][] px = bothWays(type, size, 23 + off, 24 + (MarkerSprites.PHASES_PER_PX - 1 - phase)
                            / (double) MarkerSprites.PHASES_PER_PX);
                    int diff = PixelDiff.maxChannelDiff(px[0], px[1]);
                    assertTrue(diff <= 2, IncidentType.values()[type] + " size " + size + " phase " + phase
                            + ": channel differs by " + diff);
                    assertTrue(PixelDiff.differingPixels(px[0], PixelDiff.background(SIDE, SIDE).pixels()) > 20,
                            "the marker was drawn at all");
                }
            }
        }
    }

    @Test
    void hollowSpritesMatchJava2dAndDifferFromSolidOnesForEveryTypeAndSize() {
        for (int type = 0; type < IncidentType.values().length; type++) {
            for (int size = 0; size < IncidentSymbols.SIZES_PX.length; size++) {
                RasterTarget java2d = PixelDiff.background(SIDE, SIDE);
                Graphics2D g = PixelDiff.graphics(java2d);
                IncidentSymbols.HOLLOW[type][size].paint(g, null, 23.25, 24.5);
                g.dispose();
                RasterTarget hollow = PixelDiff.background(SIDE, SIDE);
                MarkerSprites.blit(hollow, type, size, true, 23.25, 24.5);
                RasterTarget solid = PixelDiff.background(SIDE, SIDE);
                MarkerSprites.blit(solid, type, size, false, 23.25, 24.5);
                String what = IncidentType.values()[type] + " size " + size;
                assertTrue(PixelDiff.maxChannelDiff(java2d.pixels(), hollow.pixels()) <= 2, what);
                assertTrue(PixelDiff.differingPixels(hollow.pixels(), solid.pixels()) > 10, what + ": hollow looks solid");
            }
        }
    }

    @Test
    void spriteBetweenPhasesStaysWithinAnEighthOfAPixel() {
        // off by <= 1/8 px per axis (<= 0.18 px): an anti-aliased edge between the white outline and
        // the background changes coverage by at most ~0.18, i.e. ~45 levels, plus rounding
        for (int type = 0; type < IncidentType.values().length; type++) {
            for (int size = 0; size < IncidentSymbols.SIZES_PX.length; size++) {
                int[][] px = bothWays(type, size, 23.37, 24.61);
                int diff = PixelDiff.maxChannelDiff(px[0], px[1]);
                assertTrue(diff <= 48, IncidentType.values()[type] + " size " + size + ": channel differs by " + diff);
            }
        }
    }

    @Test
    void spritesAreClippedAtTheEdges() {
        RasterTarget t = PixelDiff.background(SIDE, SIDE);
        MarkerSprites.blit(t, 0, 3, -3, -3);
        MarkerSprites.blit(t, 0, 3, SIDE + 2, SIDE + 2);
        MarkerSprites.blit(t, 0, 3, -400, 10);
        RasterTarget java2d = PixelDiff.background(SIDE, SIDE);
        Graphics2D g = PixelDiff.graphics(java2d);
        IncidentSymbols.MARKERS[0][3].paint(g, null, -3, -3);
        IncidentSymbols.MARKERS[0][3].paint(g, null, SIDE + 2, SIDE + 2);
        g.dispose();
        assertTrue(PixelDiff.maxChannelDiff(t.pixels(), java2d.pixels()) <= 2);
    }
}
