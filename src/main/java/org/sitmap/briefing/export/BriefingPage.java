package org.sitmap.briefing.export;

import java.time.Instant;
import java.util.List;
import org.sitmap.briefing.BannerSettings;
import org.sitmap.map.style.LegendItem;

/**
 * What a page (or the presentation screen) says around its map: the view's title, its time
 * window line(s), the data source, the time it was generated, optional speaker notes (exports
 * leave them out unless asked), the banner, whether the data is synthetic (then the watermark is
 * drawn, always), the legend rows and an optional table. Immutable.
 */
public record BriefingPage(String title, List<String> timeLines, String source, Instant generated, String notes,
                           BannerSettings banner, boolean synthetic, List<LegendItem> legend, BriefingTable table) {

    public BriefingPage {
        timeLines = List.copyOf(timeLines);
        legend = List.copyOf(legend);
        notes = notes == null ? "" : notes.strip();
    }
}
