package org.sitmap.briefing.export;

import java.time.Instant;
import java.util.BitSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.sitmap.briefing.BannerSettings;
import org.sitmap.briefing.SavedView;
import org.sitmap.map.MapContent;
import org.sitmap.map.projection.MapProjection;
import org.sitmap.situation.IncidentFile;

/**
 * Everything an export needs besides the views: the basemap content and projection, the open
 * incident file (null for the basemap alone), how free text resolves to rows, the banner, the
 * source line and the generated time printed on every page (injected so output is
 * reproducible), the theme, whether speaker notes are printed, an optional table per view
 * (null: none) and optional overlays that add layers to a composed view (null: none; the district
 * choropleth and LoC bands of a view's district choice). Immutable.
 */
public record BriefingInput(MapContent basemap, MapProjection projection, IncidentFile file,
                            Function<String, BitSet> textRows, BannerSettings banner, String source, Instant generated,
                            PageTheme theme, boolean withNotes,
                            BiFunction<SavedView, ComposedView, BriefingTable> tables,
                            BiFunction<SavedView, ComposedView, ComposedView> overlays) {

    /** Without overlays. */
    public BriefingInput(MapContent basemap, MapProjection projection, IncidentFile file,
                         Function<String, BitSet> textRows, BannerSettings banner, String source, Instant generated,
                         PageTheme theme, boolean withNotes, BiFunction<SavedView, ComposedView, BriefingTable> tables) {
        this(basemap, projection, file, textRows, banner, source, generated, theme, withNotes, tables, null);
    }

    /** The view as drawn: its filtered content (as the app shows it), plus the overlays. */
    public ComposedView compose(SavedView v) {
        ComposedView c = ViewComposer.compose(basemap, file, v, textRows);
        return overlays == null ? c : overlays.apply(v, c);
    }

    public BriefingPage page(SavedView v, ComposedView c) {
        return new BriefingPage(v.title(), c.timeLines(), source, generated, withNotes ? v.notes() : "", banner,
                file != null && file.synthetic(), c.legend(), tables == null ? null : tables.apply(v, c));
    }

    public boolean synthetic() {
        return file != null && file.synthetic();
    }

    public BriefingInput withTables(BiFunction<SavedView, ComposedView, BriefingTable> t) {
        return new BriefingInput(basemap, projection, file, textRows, banner, source, generated, theme, withNotes, t,
                overlays);
    }

    public BriefingInput withOverlays(BiFunction<SavedView, ComposedView, ComposedView> o) {
        return new BriefingInput(basemap, projection, file, textRows, banner, source, generated, theme, withNotes, tables,
                o);
    }
}
