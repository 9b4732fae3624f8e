package org.sitmap.briefing.export;

import java.util.List;
import org.sitmap.map.MapContent;
import org.sitmap.map.style.LegendItem;

/**
 * A saved view made ready to draw: the map content for the main window (and for the compare
 * window in compare mode, else null), how many incidents each shows, the title-block lines
 * describing the time window(s), and the legend rows of what is visible. Immutable.
 */
public record ComposedView(MapContent main, MapContent compare, int count, int compareCount, List<String> timeLines,
                           List<LegendItem> legend) {

    public ComposedView {
        timeLines = List.copyOf(timeLines);
        legend = List.copyOf(legend);
    }

    public boolean isCompare() {
        return compare != null;
    }
}
