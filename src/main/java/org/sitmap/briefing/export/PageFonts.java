package org.sitmap.briefing.export;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The type of briefing pages, all DejaVu Sans (installed with the app's fonts, embedded in PDFs),
 * sized by a type scale: 1 for pages and PNGs, larger for the presentation screen. Also wraps
 * text to a width. Immutable.
 */
record PageFonts(double scale) {

    static final String FAMILY = "DejaVu Sans";

    Font title() {
        return font(Font.BOLD, 22);
    }

    Font body() {
        return font(Font.PLAIN, 13.5);
    }

    Font small() {
        return font(Font.PLAIN, 11.5);
    }

    Font smallBold() {
        return font(Font.BOLD, 11.5);
    }

    Font heading() {
        return font(Font.BOLD, 13.5);
    }

    Font banner() {
        return font(Font.BOLD, 14);
    }

    Font font(int style, double size) {
        return new Font(FAMILY, style, 1).deriveFont(style, (float) (size * scale));
    }

    double px(double v) {
        return v * scale;
    }

    /** Words of {@code text} in lines no wider than {@code width} (a too-long word stands alone). */
    static List<String> wrap(Graphics2D g, Font f, String text, double width) {
        FontMetrics fm = g.getFontMetrics(f);
        List<String> out = new ArrayList<>();
        for (String para : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (fm.stringWidth(candidate) > width && line.length() > 0) {
                    out.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            out.add(line.toString());
        }
        return out;
    }
}
