package org.sitmap.map.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.sitmap.map.style.Symbolizer;

/**
 * A point symbol rendered once with Java2D (same hints as {@link MapRenderer}) into premultiplied
 * ARGB pixels, then composited many times with src-over straight into a {@link RasterTarget}:
 * no Java2D call and no allocation per marker. The symbol is rendered at one sub-pixel phase
 * (its anchor at {@code phase / phasesPerPx} px right and down of a pixel corner), so a marker
 * blitted at a position of the same phase is the same as drawing it there with Java2D, up to
 * rounding of the blend. Each row keeps the span of its non-transparent pixels so blits skip the
 * empty corners. Immutable after construction; safe to blit from any thread.
 */
public final class Sprite {

    private final int[] argb;
    private final int widthPx;
    private final int heightPx;
    /** Sprite pixel that lands on the target's integer anchor pixel. */
    private final int anchorX;
    private final int anchorY;
    private final int[] rowFirst;
    private final int[] rowEnd;

    private Sprite(int[] argb, int widthPx, int heightPx, int anchorX, int anchorY, int[] rowFirst, int[] rowEnd) {
        this.argb = argb;
        this.widthPx = widthPx;
        this.heightPx = heightPx;
        this.anchorX = anchorX;
        this.anchorY = anchorY;
        this.rowFirst = rowFirst;
        this.rowEnd = rowEnd;
    }

    /**
     * Renders {@code symbol} as a point at sub-pixel offset ({@code phaseX}, {@code phaseY}) px
     * (each in [0, 1)) from an integer anchor; {@code reachPx} bounds how far it may extend from
     * its point. The result is trimmed to its non-transparent pixels.
     */
    public static Sprite ofPoint(Symbolizer symbol, double reachPx, double phaseX, double phaseY) {
        int pad = (int) Math.ceil(reachPx) + 3;
        int side = 2 * pad + 1;
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            symbol.paint(g, null, pad + phaseX, pad + phaseY);
        } finally {
            g.dispose();
        }
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        int minX = side;
        int minY = side;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                if (px[y * side + x] != 0) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (maxX < 0) {
            return new Sprite(new int[0], 0, 0, 0, 0, new int[0], new int[0]);
        }
        if (minX == 0 || minY == 0 || maxX == side - 1 || maxY == side - 1) {
            throw new IllegalArgumentException("symbol reaches beyond " + reachPx + " px: " + symbol);
        }
        int w = maxX - minX + 1;
        int h = maxY - minY + 1;
        int[] out = new int[w * h];
        int[] first = new int[h];
        int[] end = new int[h];
        for (int y = 0; y < h; y++) {
            System.arraycopy(px, (y + minY) * side + minX, out, y * w, w);
            int f = 0;
            while (f < w && out[y * w + f] == 0) {
                f++;
            }
            int e = w;
            while (e > f && out[y * w + e - 1] == 0) {
                e--;
            }
            first[y] = f;
            end[y] = e;
        }
        return new Sprite(out, w, h, pad - minX, pad - minY, first, end);
    }

    public int widthPx() {
        return widthPx;
    }

    public int heightPx() {
        return heightPx;
    }

    /** Composites the sprite (src-over) with its anchor on pixel ({@code x}, {@code y}); clipped. */
    public void blitOver(RasterTarget t, int x, int y) {
        int[] dst = t.pixels();
        int tw = t.widthPx();
        int left = x - anchorX;
        int top = y - anchorY;
        int y0 = Math.max(0, -top);
        int y1 = Math.min(heightPx, t.heightPx() - top);
        for (int sy = y0; sy < y1; sy++) {
            int f = Math.max(rowFirst[sy], -left);
            int e = Math.min(rowEnd[sy], tw - left);
            int src = sy * widthPx;
            int row = (top + sy) * tw + left;
            for (int sx = f; sx < e; sx++) {
                int s = argb[src + sx];
                int a = s >>> 24;
                if (a == 255) {
                    dst[row + sx] = s;
                } else if (a != 0) {
                    dst[row + sx] = s + scale(dst[row + sx], 255 - a);
                }
            }
        }
    }

    /** Each channel of premultiplied {@code argb} times {@code k}/255, rounded (two channels per multiply). */
    static int scale(int argb, int k) {
        int rb = (argb & 0x00ff00ff) * k + 0x00800080;
        rb = ((rb + ((rb >>> 8) & 0x00ff00ff)) >>> 8) & 0x00ff00ff;
        int ag = ((argb >>> 8) & 0x00ff00ff) * k + 0x00800080;
        ag = (ag + ((ag >>> 8) & 0x00ff00ff)) & 0xff00ff00;
        return ag | rb;
    }
}
