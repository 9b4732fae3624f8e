package org.sitmap.app;

import java.util.EnumSet;
import java.util.Set;
import org.sitmap.basemap.Basemap;
import org.sitmap.core.IncidentType;
import org.sitmap.incidents.FilterCriteria;
import org.sitmap.incidents.IncidentFilter;
import org.sitmap.incidents.IncidentTable;
import org.sitmap.incidents.layer.IncidentSymbols;
import org.sitmap.map.MapContent;
import org.sitmap.map.fx.MapView;
import org.sitmap.situation.IncidentFile;
import org.sitmap.situation.SituationContent;
import org.sitmap.timeline.DailyHistogram;
import org.sitmap.timeline.DayBins;
import org.sitmap.timeline.PivotSplit;
import org.sitmap.core.ReferenceDate;
import org.sitmap.timeline.TimeWindow;
import org.sitmap.timeline.ViewState;
import org.sitmap.timeline.fx.TimelineViewModel;

/**
 * Turns the view state into what the maps show: compiles the non-time filters once per change of
 * them (and rebuilds the histogram then), and on every window change selects the rows by binary
 * search and one loop, counts visible and ambiguous incidents, and hands each map its content.
 * Keeps the incident-type layer toggles and the view state's hidden types in step. FX thread only.
 */
final class SituationController {

    private final TimelineViewModel model;
    private final MapView main;
    private final MapView compare;
    private Basemap basemap;
    private IncidentFile file;
    private FilterCriteria criteria;
    private ViewState criteriaFor;
    private int[] buffer = new int[0];
    private String maskText = "";
    private java.util.BitSet textMask;
    private boolean syncing;

    SituationController(TimelineViewModel model, MapView main, MapView compare) {
        this.model = model;
        this.main = main;
        this.compare = compare;
        model.stateProperty().addListener((o, old, now) -> update(old, now));
        model.referencesProperty().addListener(o -> update(null, model.state()));
        main.contentProperty().addListener((o, old, now) -> typesFromLayerToggles(now));
    }

    void setBasemap(Basemap b) {
        this.basemap = b;
        update(null, model.state());
    }

    /** A new incident file: its span (whole days in the zone), counts, and the "All" window. */
    void setFile(IncidentFile f) {
        this.file = f;
        this.criteria = null;
        IncidentTable t = f.table();
        buffer = new int[t.size()];
        long[] span = t.spanMs();
        ViewState old = model.state();
        var zone = old == null ? org.sitmap.core.ReportZone.IST : old.dayZone();
        TimeWindow whole = span == null ? new TimeWindow(0, TimeWindow.DAY_MS)
                : new DayBins(new TimeWindow(span[0], span[1] + 1), zone.zone()).wholeDays();
        model.totalCountProperty().set(t.size());
        model.spanProperty().set(whole);
        ViewState fresh = ViewState.initial(whole).withDayZone(zone);
        if (old != null) {
            fresh = fresh.withHiddenTypes(old.hiddenTypes()).withFilters(old.sides(), old.districts(), old.minCasualties(),
                    old.hiddenReliability(), old.hiddenCredibility(), old.maxLocationPrecision(), old.text());
        }
        model.stateProperty().set(fresh);
    }

    private void update(ViewState old, ViewState now) {
        if (basemap == null) {
            return;
        }
        if (file == null || now == null) {
            main.contentProperty().set(SituationContent.compose(basemap.content(), null, main.contentProperty().get()));
            return;
        }
        IncidentTable t = file.table();
        if (criteria == null || criteriaFor == null || !criteriaFor.sameFilters(now)) {
            criteria = now.criteria(t, now.text().equals(maskText) ? textMask : null);
            criteriaFor = now;
            model.histogramProperty().set(DailyHistogram.of(t, criteria, new DayBins(model.spanProperty().get(),
                    now.dayZone().zone())));
        } else if (old != null && old.dayZone() != now.dayZone()) {
            model.histogramProperty().set(DailyHistogram.of(t, criteria, new DayBins(model.spanProperty().get(),
                    now.dayZone().zone())));
        }
        TimeWindow w = now.window();
        int n = IncidentFilter.select(t, w.startMs(), w.endMs(), criteria, buffer);
        model.visibleCountProperty().set(n);
        model.ambiguousCountProperty().set(ambiguous(t, buffer, n));
        long pivot = model.pivot() == null ? Long.MIN_VALUE : model.pivot().at().toEpochMilli();
        main.contentProperty().set(SituationContent.compose(basemap.content(), file,
                java.util.Arrays.copyOf(buffer, n), n, pivot, main.contentProperty().get()));
        if (now.compare()) {
            TimeWindow cw = now.compareWindow();
            int m = IncidentFilter.select(t, cw.startMs(), cw.endMs(), criteria, buffer);
            model.compareCountProperty().set(m);
            compare.contentProperty().set(SituationContent.compose(basemap.content(), file,
                    java.util.Arrays.copyOf(buffer, m), m, pivot, main.contentProperty().get()));
        }
    }

    /**
     * The same file after an edit (a new table with one row added, changed or removed): keeps the
     * view state, widens the span to the new data (and an "All" window with it), recompiles the
     * filters and histogram and redraws, so the map, counts and histogram follow at once.
     */
    void replaceFile(IncidentFile f) {
        TimeWindow oldSpan = model.spanProperty().get();
        this.file = f;
        this.criteria = null;
        IncidentTable t = f.table();
        buffer = new int[t.size()];
        model.totalCountProperty().set(t.size());
        ViewState s = model.state();
        long[] span = t.spanMs();
        if (s != null && span != null && oldSpan != null && (span[0] < oldSpan.startMs() || span[1] >= oldSpan.endMs())) {
            TimeWindow grown = new DayBins(new TimeWindow(Math.min(span[0], oldSpan.startMs()),
                    Math.max(span[1] + 1, oldSpan.endMs())), s.dayZone().zone()).wholeDays();
            model.spanProperty().set(grown);
            if (s.window().equals(oldSpan)) {
                model.stateProperty().set(s.withWindow(grown));
                return;
            }
        }
        update(null, model.state());
    }

    /** Free text resolved in the file: the rows whose location or notes contain it. */
    void setTextMask(String text, java.util.BitSet mask) {
        this.maskText = text;
        this.textMask = mask;
        ViewState s = model.state();
        if (s != null) {
            criteria = null;
            model.stateProperty().set(s.withFilters(s.sides(), s.districts(), s.minCasualties(), s.hiddenReliability(),
                    s.hiddenCredibility(), s.maxLocationPrecision(), text));
        }
    }

    IncidentFile file() {
        return file;
    }

    /** The non-time filters compiled for the current state (null before a file is shown). */
    FilterCriteria criteria() {
        return criteria;
    }

    private int ambiguous(IncidentTable t, int[] rows, int n) {
        ReferenceDate pivot = model.pivot();
        if (pivot == null) {
            return 0;
        }
        long p = pivot.at().toEpochMilli();
        int count = 0;
        for (int k = 0; k < n; k++) {
            int i = rows[k];
            if (PivotSplit.classify(t.startMs(i), t.endMs(i), p) == PivotSplit.Side.AMBIGUOUS) {
                count++;
            }
        }
        return count;
    }

    /** The legend's per-type toggles are the type filter: mirror them into the view state. */
    private void typesFromLayerToggles(MapContent content) {
        ViewState s = model.state();
        if (syncing || content == null || s == null) {
            return;
        }
        Set<IncidentType> hidden = EnumSet.noneOf(IncidentType.class);
        for (IncidentType t : IncidentType.values()) {
            if (!content.isVisible(IncidentSymbols.toggleId(t))) {
                hidden.add(t);
            }
        }
        if (!hidden.equals(s.hiddenTypes())) {
            syncing = true;
            try {
                model.stateProperty().set(s.withHiddenTypes(hidden));
            } finally {
                syncing = false;
            }
        }
    }
}
