package org.sitmap.incidents.layer;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.Arrays;
import org.sitmap.map.render.MapRenderer;
import org.sitmap.map.render.RasterTarget;

/** Small premultiplied ARGB buffers filled with the map background, and channel-wise differences. */
final class PixelDiff {

    private PixelDiff() {
    }

    static RasterTarget background(int w, int h) {
        int[] px = new int[w * h];
        Arrays.fill(px, MapRenderer.BACKGROUND.getRGB());
        return new RasterTarget(px, w, h);
    }

    /** A Graphics2D over the raster with the renderer's hints. */
    static Graphics2D graphics(RasterTarget t) {
        Graphics2D g = t.toImage().createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }

    /** Largest difference of any channel of any pixel. */
    static int maxChannelDiff(int[] a, int[] b) {
        int max = 0;
        for (int i = 0; i < a.length; i++) {
            for (int shift = 0; shift < 32; shift += 8) {
                max = Math.max(max, Math.abs(((a[i] >>> shift) & 0xFF) - ((b[i] >>> shift) & 0xFF)));
            }
        }
        return max;
    }

    /** Pixels where some channel differs by more than {@code levels}. */
    static int pixelsDifferingBeyond(int[] a, int[] b, int levels) {
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (maxChannelDiff(new int[] {a[i]}, new int[] {b[i]}) > levels) {
                n++;
            }
        }
        return n;
    }

    static int differingPixels(int[] a, int[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                n++;
            }
        }
        return n;
    }
}
