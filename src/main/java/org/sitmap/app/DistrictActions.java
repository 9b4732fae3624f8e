package org.sitmap.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.control.SplitPane;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.briefing.districts.DistrictBriefing;
import org.sitmap.districts.AnalysisWindows;
import org.sitmap.districts.District;
import org.sitmap.districts.DistrictAnalysis;
import org.sitmap.districts.DistrictLayer;
import org.sitmap.districts.DistrictTable;
import org.sitmap.districts.DistrictViewChoice;
import org.sitmap.districts.fx.DistrictPanel;
import org.sitmap.districts.io.BasemapDistricts;
import org.sitmap.districts.io.DistrictSources;
import org.sitmap.districts.layer.DistrictShapes;
import org.sitmap.districts.layer.LocBandsLayer;
import org.sitmap.incidents.FilterCriteria;
import org.sitmap.map.layer.Layer;
import org.sitmap.map.projection.WebMercator;
import org.sitmap.situation.IncidentFile;

/**
 * Wires the district view into the window: the panel docked under the map (View → District table,
 * Ctrl+D), the per-file preparation (assignment and LoC distances) and the per-change table on a
 * worker of its own (latest request wins, so slider drags never queue), the choropleth, selection
 * and LoC band layers on the main map ({@link DistrictOverlays}), zoom to the selected district,
 * CSV export, the unassigned list and loading official boundaries ({@link BoundaryActions}).
 * FX thread only, apart from task bodies.
 */
final class DistrictActions {

    private final MainWindow window;
    private final DistrictPanel panel = new DistrictPanel();
    private final DistrictOverlays overlays;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sitmap-districts");
        t.setDaemon(true);
        return t;
    });
    private final DistrictRequests requests;
    private BasemapDistricts.Contents basemap;
    private DistrictAnalysis analysis;
    private DistrictShapes shapes;
    private DistrictLayer layerOverride;
    private int generation;
    private boolean docked;

    DistrictActions(MainWindow window) {
        this.window = window;
        this.overlays = new DistrictOverlays(window.map());
        this.requests = new DistrictRequests(worker, this::shown);
        panel.setOnSelect(this::select);
        panel.setOnExport(() -> DistrictFiles.exportCsv(window, panel));
        panel.setOnShowUnassigned(() -> DistrictFiles.showUnassigned(window, analysis));
        panel.choiceProperty().addListener((o, was, now) -> {
            if (was == null || was.metric() != now.metric() || was.choroplethOn() != now.choroplethOn()
                    || was.bandsOn() != now.bandsOn()) {
                overlays.setBandsOn(now.bandsOn());
                if (!now.choroplethOn()) {
                    overlays.setChoropleth(null);
                }
                recompute();
            }
        });
        window.timeline().stateProperty().addListener(o -> recompute());
        window.timeline().referencesProperty().addListener(o -> recompute());
        window.incidentFileProperty().addListener((o, was, file) -> {
            layerOverride = null;
            prepare();
        });
    }

    DistrictPanel panel() {
        return panel;
    }

    /** Docks or removes the panel under the map. */
    void toggle() {
        setDocked(!docked);
    }

    /** Docks the panel under the map or removes it; in presentation mode only remembered until it ends. */
    void setDocked(boolean on) {
        if (on == docked) {
            return;
        }
        docked = on;
        if (!window.briefing().presentation().isActive()) {
            layoutCenter();
        }
        if (on) {
            recompute();
        }
    }

    /** Presentation lists the choropleth's classes in its own legend, so the map draws no legend box then. */
    void presenting(boolean on) {
        overlays.setChoroplethLegendOnMap(!on);
    }

    /** Puts the map (with the panel under it when docked) back in the window's centre. */
    void layoutCenter() {
        window.setCenter(null);
        if (docked) {
            SplitPane split = new SplitPane(window.mapArea(), panel);
            split.setId("district-split");
            split.setOrientation(javafx.geometry.Orientation.VERTICAL);
            split.setDividerPositions(0.6);
            window.setCenter(split);
        } else {
            window.setCenter(window.mapArea());
        }
    }

    /**
     * The choice a saved view keeps, as JSON: null unless the panel is docked or the choropleth or
     * bands are on (a plain map view carries no district state).
     */
    String savedChoice() {
        DistrictViewChoice c = panel.choiceProperty().get();
        return docked || c.choroplethOn() || c.bandsOn() ? c.withPanelShown(docked).toJson() : null;
    }

    /**
     * Restores a saved view's choice: metric, sort, selection, choropleth, bands and the panel.
     * A view saved without one shows none of them; an unreadable one leaves everything as it is.
     */
    void restoreChoice(String json) {
        DistrictViewChoice c;
        if (json == null) {
            c = panel.choiceProperty().get().withChoropleth(false).withBands(false).withPanelShown(false);
        } else {
            try {
                c = DistrictViewChoice.fromJson(json);
            } catch (IllegalArgumentException e) {
                window.statusBar().setStatus("The view's district table choice could not be read: " + e.getMessage());
                return;
            }
        }
        setDocked(c.panelShown());
        panel.apply(c.withPanelShown(false));
        if (!c.choroplethOn()) {
            overlays.setChoropleth(null);
        }
        overlays.setBandsOn(c.bandsOn());
        restoreSelection(c.selectedDistrict());
        recompute();
    }

    private void restoreSelection(String key) {
        if (analysis == null || shapes == null) {
            return;
        }
        List<District> ds = analysis.assignment().districts();
        int index = -1;
        for (int i = 0; i < ds.size(); i++) {
            if (ds.get(i).key().equals(key)) {
                index = i;
            }
        }
        overlays.setSelection(shapes, index);
    }

    /** The prepared districts of the open file for a briefing export, or null when not (yet) prepared for it. */
    DistrictBriefing briefing(IncidentFile file) {
        return analysis == null || file == null || analysis.table() != file.table() ? null
                : new DistrictBriefing(analysis, shapes, overlays.bands());
    }

    /** Whether the panel is docked under the map (its skin may join the scene on the next pulse). */
    boolean isShown() {
        return docked;
    }

    /** A (new) basemap: its zones, administered land and LoC, and the band shading. */
    void basemapChanged(Path file) {
        panel.setBusy(true);
        javafx.concurrent.Task<Object[]> load = new javafx.concurrent.Task<>() {
            @Override
            protected Object[] call() throws Exception {
                BasemapDistricts.Contents c = BasemapDistricts.load(file);
                return new Object[] {c, LocBandsLayer.build(c.geography().loc(), WebMercator.INSTANCE)};
            }
        };
        load.setOnSucceeded(e -> {
            basemap = (BasemapDistricts.Contents) load.getValue()[0];
            overlays.setBands((Layer) load.getValue()[1]);
            panel.setBusy(false);
            prepare();
        });
        load.setOnFailed(e -> {
            panel.setBusy(false);
            panel.showMessage("Districts unavailable: " + load.getException().getMessage());
        });
        worker.execute(load);
    }

    /** Uses loaded boundaries instead of the file's (already saved into it by the caller, when possible). */
    void useLayer(DistrictLayer layer) {
        layerOverride = layer;
        prepare();
    }

    BasemapDistricts.Contents basemap() {
        return basemap;
    }

    DistrictAnalysis analysis() {
        return analysis;
    }

    ExecutorService worker() {
        return worker;
    }

    /** Assigns districts and measures LoC distances for the open file, on the worker. */
    private void prepare() {
        IncidentFile file = window.incidentFileProperty().get();
        if (basemap == null || file == null) {
            return;
        }
        int gen = ++generation;
        DistrictLayer override = layerOverride;
        BasemapDistricts.Contents b = basemap;
        panel.setBusy(true);
        panel.showMessage("Assigning " + String.format("%,d", file.table().size()) + " incidents to districts …");
        javafx.concurrent.Task<Object[]> task = new javafx.concurrent.Task<>() {
            @Override
            protected Object[] call() throws Exception {
                DistrictLayer layer = override != null ? override : DistrictSources.layerFor(file.file(), b);
                DistrictAnalysis a = DistrictAnalysis.prepare(file.table(), layer, b.geography(), WebMercator.INSTANCE);
                return new Object[] {a, new DistrictShapes(a.assignment().districts(), WebMercator.INSTANCE)};
            }
        };
        task.setOnSucceeded(e -> {
            if (gen == generation) {
                analysis = (DistrictAnalysis) task.getValue()[0];
                shapes = (DistrictShapes) task.getValue()[1];
                panel.setBusy(false);
                panel.showMessage(analysis.assignment().layer().title());
                recompute();
            }
        });
        task.setOnFailed(e -> {
            panel.setBusy(false);
            panel.showMessage("Districts could not be prepared: " + task.getException().getMessage());
        });
        worker.execute(task);
    }

    /** Recomputes the table for the current windows and filters, when anyone is looking. */
    void recompute() {
        var state = window.timeline().state();
        FilterCriteria criteria = window.situation().criteria();
        if (analysis == null || state == null || criteria == null || analysis.table() != window.incidentFileProperty()
                .get().table() || !(isShown() || panel.choiceProperty().get().choroplethOn())) {
            return;
        }
        var pivot = window.timeline().pivot();
        long pivotMs = pivot == null ? state.window().endMs() : pivot.at().toEpochMilli();
        AnalysisWindows windows = AnalysisWindows.of(state, pivotMs);
        String pivotLabel = pivot == null ? "" : pivot.label();
        requests.submit(new DistrictRequests.Request(analysis, shapes, windows, criteria,
                panel.choiceProperty().get(), window.timeline().spanProperty().get(), pivotMs, pivotLabel,
                window.incidentFileProperty().get().synthetic()));
    }

    private void shown(DistrictRequests.Result r) {
        if (r.request().analysis() != analysis) {
            recompute();
            return;
        }
        DistrictTable t = r.table();
        panel.show(t, r.request().synthetic() ? IncidentFile.SYNTHETIC_NOTICE : "");
        // a result computed before the choice changed (e.g. a view applied meanwhile) must not bring back a
        // choropleth the user or the view has turned off
        DistrictViewChoice now = panel.choiceProperty().get();
        if (!now.choroplethOn()) {
            overlays.setChoropleth(null);
        } else if (r.request().choice().choroplethOn() && r.request().choice().metric() == now.metric()) {
            overlays.setChoropleth(r.choropleth());
        }
        if (r.daily() != null) {
            panel.dailySeries().setSeries(r.dailyTitle(), r.daily(), r.firstDay(), r.pivotDay(),
                    r.request().pivotLabel(), r.beforeDays(), r.afterDays());
        }
    }

    private void select(int districtIndex) {
        if (shapes == null) {
            return;
        }
        overlays.setSelection(shapes, districtIndex);
        Envelope e = shapes.envelope(districtIndex);
        if (e != null) {
            Envelope wide = new Envelope(e);
            wide.expandBy(e.getWidth() * 0.15, e.getHeight() * 0.15);
            window.map().zoomTo(wide);
        }
        recompute();
    }

    void dispose() {
        worker.shutdownNow();
    }


}
