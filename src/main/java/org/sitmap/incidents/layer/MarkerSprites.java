package org.sitmap.incidents.layer;

import org.sitmap.core.IncidentType;
import org.sitmap.map.render.RasterTarget;
import org.sitmap.map.render.Sprite;

/**
 * The incident markers as pre-rendered {@link Sprite}s, one per type × size class × solid or hollow × sub-pixel
 * phase ({@value #PHASES_PER_PX}×{@value #PHASES_PER_PX} per pixel, so a blitted marker is at
 * most 1/{@value #TWICE_PHASES} px from where Java2D would draw it). Each sprite is rendered with
 * the very {@code Symbolizer.Marker} the legend and the Java2D path use, so they look the same.
 * Built once, on first use (class initialisation, so thread-safe); about 1 MB; immutable.
 */
final class MarkerSprites {

    static final int PHASES_PER_PX = 4;
    static final int TWICE_PHASES = 2 * PHASES_PER_PX;

    private static final Sprite[] SPRITES = build();

    private MarkerSprites() {
    }

    private static Sprite[] build() {
        int types = IncidentType.values().length;
        int sizes = IncidentSymbols.SIZES_PX.length;
        Sprite[] out = new Sprite[2 * types * sizes * PHASES_PER_PX * PHASES_PER_PX];
        for (int h = 0; h < 2; h++) {
            for (int t = 0; t < types; t++) {
                for (int s = 0; s < sizes; s++) {
                    double reach = IncidentSymbols.SIZES_PX[s] * 0.7 + 4;
                    var symbol = h == 1 ? IncidentSymbols.HOLLOW[t][s] : IncidentSymbols.MARKERS[t][s];
                    for (int py = 0; py < PHASES_PER_PX; py++) {
                        for (int px = 0; px < PHASES_PER_PX; px++) {
                            out[index(t, s, h == 1, px, py)] = Sprite.ofPoint(symbol, reach,
                                    px / (double) PHASES_PER_PX, py / (double) PHASES_PER_PX);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static int index(int type, int sizeClass, boolean hollow, int phaseX, int phaseY) {
        int solid = (type * IncidentSymbols.SIZES_PX.length + sizeClass) * PHASES_PER_PX * PHASES_PER_PX;
        int half = IncidentType.values().length * IncidentSymbols.SIZES_PX.length * PHASES_PER_PX * PHASES_PER_PX;
        return (hollow ? half : 0) + solid + phaseY * PHASES_PER_PX + phaseX;
    }

    /** Composites the solid marker of this type and size class centred on screen point (x, y). */
    static void blit(RasterTarget target, int typeOrdinal, int sizeClass, double x, double y) {
        blit(target, typeOrdinal, sizeClass, false, x, y);
    }

    /** As above, the hollow marker when {@code hollow} (an approximate position). */
    static void blit(RasterTarget target, int typeOrdinal, int sizeClass, boolean hollow, double x, double y) {
        long qx = Math.round(x * PHASES_PER_PX);
        long qy = Math.round(y * PHASES_PER_PX);
        int phaseX = (int) (qx & (PHASES_PER_PX - 1));
        int phaseY = (int) (qy & (PHASES_PER_PX - 1));
        SPRITES[index(typeOrdinal, sizeClass, hollow, phaseX, phaseY)].blitOver(target,
                (int) Math.floorDiv(qx, PHASES_PER_PX), (int) Math.floorDiv(qy, PHASES_PER_PX));
    }
}
