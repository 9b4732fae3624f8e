package org.sitmap.incidents.layer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.sitmap.core.IncidentType;
import org.sitmap.map.render.RasterTarget;
import org.sitmap.map.render.Sprite;

/**
 * A cluster's count bubble: a disc in the most frequent type's colour, a white ring, the count in
 * white. Drawn with Java2D ({@link #paint}) or composited from sprites ({@link #blit}) made by the
 * same Java2D code: discs per type × radius (to 1/{@value #RADIUS_STEPS_PER_PX} px) × half-pixel
 * phase, count texts per string, each made on first use and kept (up to 16 MB of sprites; beyond
 * that {@link #blit} declines and the caller draws with Java2D). Text sprites
 * land on the whole pixel Java2D snaps the text to. Caches are safe to share between threads
 * (sprites are immutable; a race at worst makes one twice).
 */
final class CountBubble {

    static final Font COUNT_FONT = new Font("DejaVu Sans", Font.BOLD, 11);
    static final int RADIUS_STEPS_PER_PX = 4;
    /** Budget for all bubble sprites together, in ints stored (4 bytes each): 16 MB. */
    static final long MAX_SPRITE_INTS = 4L << 20;
    private static final int PHASES_PER_PX = 2;
    private static final int MAX_RADIUS_STEPS = (int) Math.ceil(radiusPx(Integer.MAX_VALUE) * RADIUS_STEPS_PER_PX) + 1;
    private static final BasicStroke RING = new BasicStroke(1.8f);
    private static final int TYPES = IncidentType.values().length;
    private static final FontMetrics METRICS = metrics();

    private static final AtomicReferenceArray<Sprite> DISCS =
            new AtomicReferenceArray<>(TYPES * MAX_RADIUS_STEPS * PHASES_PER_PX * PHASES_PER_PX);
    /** Count slots: n below 10,000, then thousands ("12k") up to 9,999k; each points at its text's sprite. */
    private static final int COUNT_SLOTS = 20_000;
    private static final AtomicReferenceArray<Text> BY_COUNT = new AtomicReferenceArray<>(COUNT_SLOTS);
    private static final ConcurrentHashMap<String, Text> BY_TEXT = new ConcurrentHashMap<>();
    private static final AtomicLong SPRITE_INTS = new AtomicLong();

    /** A count's sprite (origin at the text's baseline start) and its advance width. */
    private record Text(Sprite sprite, int widthPx) {
    }

    private CountBubble() {
    }

    static double radiusPx(int n) {
        return 9 + 5 * Math.log10(n);
    }

    static String countText(int n) {
        if (n < 1000) {
            return Integer.toString(n);
        }
        return n < 10_000 ? String.format(Locale.ROOT, "%.1fk", n / 1000.0) : (n / 1000) + "k";
    }

    /** Draws the bubble of {@code n} incidents of dominant type {@code type} at (x, y) with Java2D. */
    static void paint(Graphics2D g, int type, int n, double x, double y) {
        paintDisc(g, type, radiusPx(n), x, y);
        String text = countText(n);
        paintText(g, text, x - METRICS.stringWidth(text) / 2.0, y + METRICS.getAscent() / 2.0 - 1);
    }

    private static void paintDisc(Graphics2D g, int type, double r, double x, double y) {
        Color base = IncidentSymbols.colour(IncidentType.values()[type]);
        Ellipse2D.Double bubble = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        g.setColor(new Color(base.getRed(), base.getGreen(), base.getBlue(), 215));
        g.fill(bubble);
        g.setColor(Color.WHITE);
        g.setStroke(RING);
        g.draw(bubble);
    }

    private static void paintText(Graphics2D g, String text, double x, double y) {
        g.setColor(Color.WHITE);
        g.setFont(COUNT_FONT);
        g.drawString(text, (float) x, (float) y);
    }

    /**
     * Composites the bubble into {@code target} from sprites (radius rounded to the sprite step,
     * centre to half a pixel); false, drawing nothing, when the sprite caches are full.
     */
    static boolean blit(RasterTarget target, int type, int n, double x, double y) {
        int radiusSteps = (int) Math.round(radiusPx(n) * RADIUS_STEPS_PER_PX);
        long qx = Math.round(x * PHASES_PER_PX);
        long qy = Math.round(y * PHASES_PER_PX);
        int phaseX = (int) (qx & (PHASES_PER_PX - 1));
        int phaseY = (int) (qy & (PHASES_PER_PX - 1));
        int slot = ((type * MAX_RADIUS_STEPS + radiusSteps) * PHASES_PER_PX + phaseY) * PHASES_PER_PX + phaseX;
        Sprite disc = DISCS.get(slot);
        if (disc == null) {
            if (SPRITE_INTS.get() >= MAX_SPRITE_INTS) {
                return false;
            }
            double r = radiusSteps / (double) RADIUS_STEPS_PER_PX;
            disc = Sprite.of((g, px, py) -> paintDisc(g, type, r, px, py), r + 3,
                    phaseX / (double) PHASES_PER_PX, phaseY / (double) PHASES_PER_PX);
            DISCS.set(slot, disc);
            SPRITE_INTS.addAndGet(disc.storedInts());
        }
        int countSlot = n < 10_000 ? n : 10_000 + n / 1000;
        Text text = countSlot < COUNT_SLOTS ? BY_COUNT.get(countSlot) : null;
        if (text == null) {
            // formatting only on a miss: "1.2k" is shared by 1150..1249, so slots share sprites
            String str = countText(n);
            text = BY_TEXT.get(str);
            if (text == null) {
                if (SPRITE_INTS.get() >= MAX_SPRITE_INTS) {
                    return false;
                }
                text = new Text(Sprite.of((g, px, py) -> paintText(g, str, px, py), METRICS.stringWidth(str) + 4.0,
                        0, 0), METRICS.stringWidth(str));
                BY_TEXT.put(str, text);
                SPRITE_INTS.addAndGet(text.sprite().storedInts());
            }
            if (countSlot < COUNT_SLOTS) {
                BY_COUNT.set(countSlot, text);
            }
        }
        disc.blitOver(target, (int) Math.floorDiv(qx, PHASES_PER_PX), (int) Math.floorDiv(qy, PHASES_PER_PX));
        text.sprite().blitOver(target, textPixel(x - text.widthPx() / 2.0),
                textPixel(y + METRICS.getAscent() / 2.0 - 1));
        return true;
    }

    /** The whole pixel Java2D puts a text origin on (grey-scale anti-aliased, no fractional metrics). */
    static int textPixel(double v) {
        return (int) Math.floor((float) v + 0.5f);
    }

    private static FontMetrics metrics() {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB_PRE).createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            return g.getFontMetrics(COUNT_FONT);
        } finally {
            g.dispose();
        }
    }
}
