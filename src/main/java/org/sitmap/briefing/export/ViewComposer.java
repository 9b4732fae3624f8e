package org.sitmap.briefing.export;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.sitmap.briefing.SavedView;
import org.sitmap.core.IncidentType;
import org.sitmap.core.ReferenceDate;
import org.sitmap.incidents.FilterCriteria;
import org.sitmap.incidents.IncidentFilter;
import org.sitmap.incidents.IncidentTable;
import org.sitmap.incidents.layer.IncidentLayer;
import org.sitmap.incidents.layer.IncidentSymbols;
import org.sitmap.map.MapContent;
import org.sitmap.map.layer.Layer;
import org.sitmap.map.style.LegendItem;
import org.sitmap.situation.IncidentFile;
import org.sitmap.situation.SituationContent;
import org.sitmap.timeline.TimeWindow;
import org.sitmap.timeline.ViewState;

/**
 * Turns a saved view into what a page or the presentation screen draws, exactly as the app's
 * map does for the same view state: the basemap plus the incidents selected by the view's
 * window and filters (binary search and one loop, as the timeline does), the saved hidden layers,
 * the synthetic notice, the pivot ring. Free text in a view's filters is resolved by
 * {@code textRows} (rows whose location or notes match, read from the file). Stateless.
 */
public final class ViewComposer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private ViewComposer() {
    }

    public static ComposedView compose(MapContent basemap, IncidentFile file, SavedView view,
                                       Function<String, BitSet> textRows) {
        ViewState s = view.state();
        long pivotMs = pivotMs(file, s);
        if (file == null) {
            MapContent c = withHidden(SituationContent.compose(basemap, null, null), view.hiddenLayerIds());
            return new ComposedView(c, s.compare() ? c : null, 0, 0, timeLines(s, 0, 0, false), legend(c));
        }
        IncidentTable t = file.table();
        BitSet mask = s.text().isEmpty() ? null : textRows.apply(s.text());
        FilterCriteria criteria = s.criteria(t, mask);
        int[] buffer = new int[t.size()];
        int n = IncidentFilter.select(t, s.window().startMs(), s.window().endMs(), criteria, buffer);
        MapContent main = withHidden(SituationContent.compose(basemap, file, Arrays.copyOf(buffer, n), n, pivotMs, null),
                view.hiddenLayerIds());
        MapContent compare = null;
        int m = 0;
        if (s.compare()) {
            m = IncidentFilter.select(t, s.compareWindow().startMs(), s.compareWindow().endMs(), criteria, buffer);
            compare = withHidden(SituationContent.compose(basemap, file, Arrays.copyOf(buffer, m), m, pivotMs, null),
                    view.hiddenLayerIds());
        }
        return new ComposedView(main, compare, n, m, timeLines(s, n, m, true), legend(main, compare));
    }

    /** The instant of the view's pivot (its reference date; the file's last one if the id is unknown). */
    public static long pivotMs(IncidentFile file, ViewState s) {
        List<ReferenceDate> refs = file == null ? ReferenceDate.defaults() : file.referenceDates();
        for (ReferenceDate r : refs) {
            if (r.id().equals(s.pivotId())) {
                return r.at().toEpochMilli();
            }
        }
        return refs.isEmpty() ? Long.MIN_VALUE : refs.get(refs.size() - 1).at().toEpochMilli();
    }

    private static MapContent withHidden(MapContent c, Set<String> hidden) {
        return new MapContent(c.layers(), hidden, c.notices());
    }

    /** "Window: 1 May 2025 00:00 → 10 May 2025 17:00 IST · 1,234 incidents", one line per map. */
    public static List<String> timeLines(ViewState s, int count, int compareCount, boolean withCounts) {
        List<String> out = new ArrayList<>();
        out.add(line(s.compare() ? "Left" : "Window", s.window(), s, count, withCounts));
        if (s.compare()) {
            out.add(line("Right", s.compareWindow(), s, compareCount, withCounts));
        }
        return out;
    }

    private static String line(String label, TimeWindow w, ViewState s, int count, boolean withCounts) {
        ZoneId zone = s.dayZone().zone();
        String text = label + ": " + TIME.format(Instant.ofEpochMilli(w.startMs()).atZone(zone)) + " → "
                + TIME.format(Instant.ofEpochMilli(w.endMs()).atZone(zone)) + " " + s.dayZone().code();
        return withCounts ? text + String.format(Locale.ENGLISH, " · %,d incidents", count) : text;
    }

    /** Legend rows of the visible incident types (plus size and ring) and the boundaries. */
    public static List<LegendItem> legend(MapContent c) {
        return legend(c, null);
    }

    /**
     * Legend rows of the boundaries and of the incident types that are visible <em>and drawn</em>
     * in either map (a type with no incident in the view's window(s) is left out, so a briefing
     * legend stays short), plus size, hollow and ring rows.
     */
    public static List<LegendItem> legend(MapContent main, MapContent compare) {
        boolean[] drawn = new boolean[IncidentType.values().length];
        markDrawnTypes(main, drawn);
        markDrawnTypes(compare, drawn);
        List<LegendItem> out = new ArrayList<>();
        for (int i = main.layers().size() - 1; i >= 0; i--) {
            Layer l = main.layers().get(i);
            if (!main.isVisible(l.id()) || !(l.id().equals(IncidentSymbols.LAYER_ID) || l.id().equals("boundaries"))) {
                continue;
            }
            for (LegendItem item : l.legend()) {
                if (item.toggleId() == null || main.isVisible(item.toggleId()) && isDrawn(item.toggleId(), drawn)) {
                    out.add(item);
                }
            }
        }
        return out;
    }

    private static void markDrawnTypes(MapContent c, boolean[] drawn) {
        if (c == null) {
            return;
        }
        c.layer(IncidentSymbols.LAYER_ID).filter(l -> l instanceof IncidentLayer).map(l -> (IncidentLayer) l)
                .ifPresent(l -> l.forEachRow(r -> drawn[l.table().typeOrdinal(r)] = true));
    }

    /** Whether a legend toggle is a type with incidents drawn (toggles of anything else count as drawn). */
    private static boolean isDrawn(String toggleId, boolean[] drawn) {
        for (IncidentType t : IncidentType.values()) {
            if (IncidentSymbols.toggleId(t).equals(toggleId)) {
                return drawn[t.ordinal()];
            }
        }
        return true;
    }
}
