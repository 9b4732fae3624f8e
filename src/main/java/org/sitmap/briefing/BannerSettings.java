package org.sitmap.briefing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The classification or handling banner drawn across the top and bottom of every presented,
 * exported or printed view: its text and colours as {@code #RRGGBB}. Kept in the incident file,
 * so a briefing carries its own marking. A file without one gets {@link #defaultFor}: synthetic
 * demo data is marked for training; a real file is marked as not yet marked, so a briefer never
 * presents real data under a banner they did not choose. Immutable value.
 */
public record BannerSettings(String text, String background, String foreground) {

    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    /** Ready-made banners offered in the banner dialog. */
    public static final List<BannerSettings> PRESETS = List.of(
            new BannerSettings("UNCLASSIFIED // FOR TRAINING", "#007A33", "#FFFFFF"),
            new BannerSettings("UNCLASSIFIED", "#007A33", "#FFFFFF"),
            new BannerSettings("EXERCISE // EXERCISE // EXERCISE", "#0033A0", "#FFFFFF"),
            new BannerSettings("OFFICIAL", "#FFFFFF", "#000000"),
            new BannerSettings("RESTRICTED", "#C8102E", "#FFFFFF"),
            new BannerSettings("NOT MARKED — set the banner (Briefing → Banner…)", "#FFB000", "#000000"));

    public BannerSettings {
        text = text == null ? "" : text.strip();
        if (text.length() > 200) {
            throw new IllegalArgumentException("banner text is longer than 200 characters");
        }
        if (background == null || !HEX.matcher(background).matches()) {
            throw new IllegalArgumentException("banner background must be #RRGGBB, got '" + background + "'");
        }
        if (foreground == null || !HEX.matcher(foreground).matches()) {
            throw new IllegalArgumentException("banner text colour must be #RRGGBB, got '" + foreground + "'");
        }
        background = background.toUpperCase(java.util.Locale.ROOT);
        foreground = foreground.toUpperCase(java.util.Locale.ROOT);
    }

    public static BannerSettings defaultFor(boolean synthetic) {
        return synthetic ? PRESETS.get(0) : PRESETS.get(PRESETS.size() - 1);
    }

    /** Whether anything is drawn (an empty text draws no banner strips). */
    public boolean shown() {
        return !text.isEmpty();
    }

    public int backgroundRgb() {
        return Integer.parseInt(background.substring(1), 16);
    }

    public int foregroundRgb() {
        return Integer.parseInt(foreground.substring(1), 16);
    }
}
