package org.sitmap.briefing.districts;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.sitmap.briefing.SavedView;
import org.sitmap.briefing.export.BriefingInput;
import org.sitmap.briefing.export.BriefingTable;
import org.sitmap.briefing.export.ComposedView;
import org.sitmap.briefing.export.ViewComposer;
import org.sitmap.districts.AnalysisWindows;
import org.sitmap.districts.DistrictAnalysis;
import org.sitmap.districts.DistrictLayer;
import org.sitmap.districts.DistrictTable;
import org.sitmap.districts.DistrictViewChoice;
import org.sitmap.districts.io.BasemapDistricts;
import org.sitmap.districts.io.DistrictSources;
import org.sitmap.districts.layer.Choropleth;
import org.sitmap.districts.layer.ChoroplethLayer;
import org.sitmap.districts.layer.DistrictLayerStack;
import org.sitmap.districts.layer.DistrictShapes;
import org.sitmap.districts.layer.LocBandsLayer;
import org.sitmap.incidents.FilterCriteria;
import org.sitmap.io.gpkg.GeoPackageException;
import org.sitmap.io.store.StoreException;
import org.sitmap.map.MapContent;
import org.sitmap.map.layer.Layer;
import org.sitmap.map.projection.MapProjection;
import org.sitmap.map.style.LegendItem;
import org.sitmap.map.style.Symbolizer;
import org.sitmap.situation.IncidentFile;
import org.sitmap.timeline.ViewState;

/**
 * What a view's district choice adds to its briefing page, for the CLI and the app alike: the
 * district table for the view's own windows (the timeline window split at its pivot, or the two
 * compare windows) and filters, sorted as saved ({@link DistrictTables}), and on its map the
 * choropleth and LoC bands when the choice has them on, placed as the app places them. Views
 * without a choice keep whatever table the input already had (e.g. {@code brief --type-table}).
 * Holds one prepared analysis of the file (assignment and LoC distances); immutable, thread-safe.
 */
public final class DistrictBriefing {

    private static final Symbolizer NO_SWATCH = new Symbolizer.Fill(new Color(0, 0, 0, 0), null, 0, null);

    private final DistrictAnalysis analysis;
    private final DistrictShapes shapes;
    private final Layer bands;

    /** {@code bands} is the LoC band layer (null: none drawn). */
    public DistrictBriefing(DistrictAnalysis analysis, DistrictShapes shapes, Layer bands) {
        this.analysis = analysis;
        this.shapes = shapes;
        this.bands = bands;
    }

    /** Prepares the file's districts as the app would: its saved boundaries, else the basemap's zones. */
    public static DistrictBriefing load(IncidentFile file, Path basemap, MapProjection projection)
            throws GeoPackageException, StoreException {
        BasemapDistricts.Contents b = BasemapDistricts.load(basemap);
        DistrictLayer layer = DistrictSources.layerFor(file.file(), b);
        DistrictAnalysis a = DistrictAnalysis.prepare(file.table(), layer, b.geography(), projection);
        return new DistrictBriefing(a, new DistrictShapes(a.assignment().districts(), projection),
                LocBandsLayer.build(b.geography().loc(), projection));
    }

    /** Whether any of the views has a district choice (else nothing needs preparing). */
    public static boolean anyChoice(List<SavedView> views) {
        return views.stream().anyMatch(v -> v.districtChoice() != null);
    }

    /** The input with district tables and overlays for views that have a choice. */
    public BriefingInput applyTo(BriefingInput in) {
        var fallback = in.tables();
        return in.withTables((v, c) -> v.districtChoice() == null ? (fallback == null ? null : fallback.apply(v, c))
                        : table(in, v))
                .withOverlays((v, c) -> overlay(in, v, c));
    }

    /** The district table of a view (for its windows and filters), or null when it has no readable choice. */
    public DistrictTable compute(BriefingInput in, SavedView v) {
        ViewState s = v.state();
        if (in.file() == null || in.file().table() != analysis.table()) {
            return null;
        }
        BitSet mask = s.text().isEmpty() ? null : in.textRows().apply(s.text());
        FilterCriteria criteria = s.criteria(analysis.table(), mask);
        return analysis.compute(AnalysisWindows.of(s, ViewComposer.pivotMs(in.file(), s)), criteria);
    }

    private BriefingTable table(BriefingInput in, SavedView v) {
        DistrictViewChoice choice;
        try {
            choice = DistrictViewChoice.fromJson(v.districtChoice());
        } catch (IllegalArgumentException e) {
            return new BriefingTable("District table unavailable: the view's saved choice is unreadable ("
                    + e.getMessage() + ")", List.of("District"), List.of());
        }
        DistrictTable t = compute(in, v);
        return t == null ? null : DistrictTables.of(t, choice, DistrictTables.MAX_ROWS);
    }

    private ComposedView overlay(BriefingInput in, SavedView v, ComposedView c) {
        if (v.districtChoice() == null) {
            return c;
        }
        DistrictViewChoice choice;
        try {
            choice = DistrictViewChoice.fromJson(v.districtChoice());
        } catch (IllegalArgumentException e) {
            return c;
        }
        ChoroplethLayer choropleth = null;
        if (choice.choroplethOn()) {
            DistrictTable t = compute(in, v);
            if (t != null) {
                choropleth = new ChoroplethLayer(shapes, Choropleth.of(t, choice.metric()), t.windows(), t.layerTitle())
                        .withoutMapLegend();
            }
        }
        Layer b = choice.bandsOn() ? bands : null;
        if (choropleth == null && b == null) {
            return c;
        }
        MapContent m = c.main();
        MapContent main = new MapContent(DistrictLayerStack.place(m.layers(), b, choropleth, null), m.hiddenLayerIds(),
                m.notices());
        return new ComposedView(main, c.compare(), c.count(), c.compareCount(), c.timeLines(), legend(main, c.legend()));
    }

    /**
     * {@code base} followed by the legend of the district layers shown in {@code content}: the
     * choropleth's metric and classes, the LoC bands. Pages and the presentation overlay use it.
     */
    public static List<LegendItem> legend(MapContent content, List<LegendItem> base) {
        List<LegendItem> out = new ArrayList<>(base);
        content.layer(ChoroplethLayer.ID).filter(l -> content.isVisible(l.id())).ifPresent(l -> {
            if (l instanceof ChoroplethLayer ch) {
                out.add(new LegendItem("District shading: " + ch.heading(), NO_SWATCH));
            }
            out.addAll(l.legend());
        });
        content.layer(LocBandsLayer.ID).filter(l -> content.isVisible(l.id())).ifPresent(l -> out.addAll(l.legend()));
        return out;
    }
}
