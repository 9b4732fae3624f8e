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
 * (its point at a given fraction of a pixel right and down of a pixel corner), so a marker
 * blitted at a position of the same phase is the same as drawing it there with Java2D, up to
 * rounding of the blend. Each row is stored compactly as its non-transparent span split around
 * its longest run of one value (a fill's interior): the run is kept as one value and blended by
 * a loop over the target alone, which C2 vectorises; only the edge pixels are stored and blended
 * one by one. That keeps sprites small enough to stay in cache while hundreds are blitted per
 * frame. Immutable after construction; safe to blit from any thread.
 */
public final class Sprite {

    private static final Sprite EMPTY = new Sprite(new int[0], 0, 0, 0, 0, new int[0], new int[0]);

    private final int widthPx;
    private final int heightPx;
    /** Sprite pixel that lands on the target's integer anchor pixel. */
    private final int anchorX;
    private final int anchorY;
    /** Per row: [first, runStart) edge pixels, [runStart, runEnd) all runArgb, [runEnd, end) edge pixels. */
    private final int[] first;
    private final int[] runStart;
    private final int[] runEnd;
    private final int[] end;
    private final int[] runArgb;
    /** Per row: where its left and right edge pixels start in {@link #edges}. */
    private final int[] leftAt;
    private final int[] rightAt;
    private final int[] edges;

    /** Draws something around a point with Java2D: what a sprite is made from. */
    @FunctionalInterface
    public interface PointPainter {
        void paint(Graphics2D g, double x, double y);
    }

    private Sprite(int[] argb, int widthPx, int heightPx, int anchorX, int anchorY, int[] rowFirst, int[] rowEnd) {
        this.widthPx = widthPx;
        this.heightPx = heightPx;
        this.anchorX = anchorX;
        this.anchorY = anchorY;
        this.first = rowFirst;
        this.end = rowEnd;
        this.runStart = new int[heightPx];
        this.runEnd = new int[heightPx];
        this.runArgb = new int[heightPx];
        this.leftAt = new int[heightPx];
        this.rightAt = new int[heightPx];
        int stored = 0;
        for (int y = 0; y < heightPx; y++) {
            longestRun(argb, y);
            stored += (runStart[y] - first[y]) + (end[y] - runEnd[y]);
        }
        this.edges = new int[stored];
        int at = 0;
        for (int y = 0; y < heightPx; y++) {
            leftAt[y] = at;
            System.arraycopy(argb, y * widthPx + first[y], edges, at, runStart[y] - first[y]);
            at += runStart[y] - first[y];
            rightAt[y] = at;
            System.arraycopy(argb, y * widthPx + runEnd[y], edges, at, end[y] - runEnd[y]);
            at += end[y] - runEnd[y];
        }
    }

    private void longestRun(int[] argb, int y) {
        int best = 0;
        runStart[y] = end[y];
        runEnd[y] = end[y];
        for (int x = first[y]; x < end[y]; ) {
            int v = argb[y * widthPx + x];
            int e = x + 1;
            while (e < end[y] && argb[y * widthPx + e] == v) {
                e++;
            }
            if (e - x > best && e - x >= 2) {
                best = e - x;
                runStart[y] = x;
                runEnd[y] = e;
                runArgb[y] = v;
            }
            x = e;
        }
    }

    /** A point symbolizer as a sprite; see {@link #of}. */
    public static Sprite ofPoint(Symbolizer symbol, double reachPx, double phaseX, double phaseY) {
        return of((g, x, y) -> symbol.paint(g, null, x, y), reachPx, phaseX, phaseY);
    }

    /**
     * Renders {@code painter} at a point at sub-pixel offset ({@code phaseX}, {@code phaseY}) px
     * (each in [0, 1)) from an integer anchor; {@code reachPx} bounds how far it may extend from
     * its point. The result is trimmed to its non-transparent pixels.
     */
    public static Sprite of(PointPainter painter, double reachPx, double phaseX, double phaseY) {
        int pad = (int) Math.ceil(reachPx) + 3;
        int side = 2 * pad + 1;
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            painter.paint(g, pad + phaseX, pad + phaseY);
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
            return EMPTY;
        }
        if (minX == 0 || minY == 0 || maxX == side - 1 || maxY == side - 1) {
            throw new IllegalArgumentException("drawing reaches beyond " + reachPx + " px of its point");
        }
        int w = maxX - minX + 1;
        int h = maxY - minY + 1;
        int[] out = new int[w * h];
        int[] rowFirst = new int[h];
        int[] rowEnd = new int[h];
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
            rowFirst[y] = f;
            rowEnd[y] = e;
        }
        return new Sprite(out, w, h, pad - minX, pad - minY, rowFirst, rowEnd);
    }

    public int widthPx() {
        return widthPx;
    }

    public int heightPx() {
        return heightPx;
    }

    /** Ints held (edge pixels plus per-row bookkeeping), for cache budgets. */
    public int storedInts() {
        return edges.length + 7 * heightPx;
    }

    /** Composites the sprite (src-over) with its anchor on pixel ({@code x}, {@code y}); clipped. */
    public void blitOver(RasterTarget t, int x, int y) {
        int[] dst = t.pixels();
        int tw = t.widthPx();
        int left = x - anchorX;
        int top = y - anchorY;
        int y0 = Math.max(0, -top);
        int y1 = Math.min(heightPx, t.heightPx() - top);
        int clipFrom = -left;
        int clipTo = tw - left;
        for (int sy = y0; sy < y1; sy++) {
            int row = (top + sy) * tw + left;
            int f = first[sy];
            int rs = runStart[sy];
            int re = runEnd[sy];
            int e = end[sy];
            int a = Math.max(f, clipFrom);
            int b = Math.min(rs, clipTo);
            if (a < b) {
                blend(dst, row + a, edges, leftAt[sy] + a - f, b - a);
            }
            a = Math.max(rs, clipFrom);
            b = Math.min(re, clipTo);
            if (a < b && runArgb[sy] != 0) {
                blendConstant(dst, row + a, row + b, runArgb[sy]);
            }
            a = Math.max(re, clipFrom);
            b = Math.min(e, clipTo);
            if (a < b) {
                blend(dst, row + a, edges, rightAt[sy] + a - re, b - a);
            }
        }
    }

    /** src-over, premultiplied, per pixel: d' = s + d * (255 - a) / 255 per channel (exact for a = 0 and 255). */
    private static void blend(int[] dst, int dstOffset, int[] src, int srcOffset, int n) {
        for (int i = 0; i < n; i++) {
            int s = src[srcOffset + i];
            dst[dstOffset + i] = s + scale(dst[dstOffset + i], 255 - (s >>> 24));
        }
    }

    /** The same with one source value over [from, to): one array only, so the JIT vectorises it. */
    private static void blendConstant(int[] dst, int from, int to, int argb) {
        int k = 255 - (argb >>> 24);
        for (int i = from; i < to; i++) {
            int d = dst[i];
            int rb = (d & 0x00ff00ff) * k + 0x00800080;
            rb = ((rb + ((rb >>> 8) & 0x00ff00ff)) >>> 8) & 0x00ff00ff;
            int ag = ((d >>> 8) & 0x00ff00ff) * k + 0x00800080;
            ag = (ag + ((ag >>> 8) & 0x00ff00ff)) & 0xff00ff00;
            dst[i] = argb + (ag | rb);
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
