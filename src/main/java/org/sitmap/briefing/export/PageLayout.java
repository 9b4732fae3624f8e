package org.sitmap.briefing.export;

import java.awt.geom.Rectangle2D;

/**
 * Where things go on a briefing page of {@code width × height} logical pixels: the banner strips
 * at top and bottom, the map between them, and a table column on the right when the page has a
 * table. The same layout serves the PDF page, the PNG and the presentation screen (there at a
 * larger type scale). Immutable.
 */
public record PageLayout(double width, double height, double bannerPx, Rectangle2D map, Rectangle2D table,
                         double typeScale) {

    public static PageLayout of(double width, double height, BriefingPage page, double typeScale) {
        double banner = page.banner().shown() ? Math.round(30 * typeScale) : 0;
        double tableW = page.table() == null ? 0 : Math.min(400 * typeScale, width * 0.34);
        Rectangle2D map = new Rectangle2D.Double(0, banner, width - tableW, height - 2 * banner);
        Rectangle2D table = tableW == 0 ? null : new Rectangle2D.Double(width - tableW, banner, tableW, height - 2 * banner);
        return new PageLayout(width, height, banner, map, table, typeScale);
    }

    /** The map area in whole pixels (at least 1×1), for a viewport. */
    public int mapWidthPx() {
        return Math.max(1, (int) Math.round(map.getWidth()));
    }

    public int mapHeightPx() {
        return Math.max(1, (int) Math.round(map.getHeight()));
    }
}
