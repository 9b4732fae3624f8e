package org.sitmap.app;

import java.util.List;
import org.sitmap.districts.layer.ChoroplethLayer;
import org.sitmap.districts.layer.DistrictLayerStack;
import org.sitmap.districts.layer.DistrictShapes;
import org.sitmap.districts.layer.SelectionLayer;
import org.sitmap.map.MapContent;
import org.sitmap.map.fx.MapView;
import org.sitmap.map.layer.Layer;

/**
 * Keeps the district layers in the main map's content whatever else replaces it: the LoC band
 * shading (static, under the boundaries and labels), and the choropleth and selected-district
 * outline (dynamic, under the incident markers). When the situation sets new content, the layers
 * are put back in at once. FX thread only.
 */
final class DistrictOverlays {

    private final MapView map;
    private Layer bands;
    private boolean bandsOn;
    private ChoroplethLayer choropleth;
    private SelectionLayer selection;
    private boolean applying;
    private boolean mapLegend = true;

    DistrictOverlays(MapView map) {
        this.map = map;
        map.contentProperty().addListener((o, was, now) -> {
            if (!applying && now != null) {
                apply(now);
            }
        });
    }

    void setBands(Layer layer) {
        this.bands = layer;
        refresh();
    }

    void setBandsOn(boolean on) {
        this.bandsOn = on;
        refresh();
    }

    void setChoropleth(ChoroplethLayer layer) {
        this.choropleth = layer;
        refresh();
    }

    void setSelection(DistrictShapes shapes, int district) {
        this.selection = district < 0 ? null : new SelectionLayer(shapes, district);
        refresh();
    }

    /** Whether the choropleth draws its own legend box (not in presentation, whose overlay lists it). */
    void setChoroplethLegendOnMap(boolean on) {
        this.mapLegend = on;
        refresh();
    }

    /** The LoC band layer of the basemap (shown or not), or null before it is built. */
    Layer bands() {
        return bands;
    }

    ChoroplethLayer choropleth() {
        return choropleth;
    }

    private void refresh() {
        MapContent c = map.contentProperty().get();
        if (c != null) {
            apply(c);
        }
    }

    private void apply(MapContent content) {
        Layer shading = choropleth == null || mapLegend ? choropleth : choropleth.withoutMapLegend();
        List<Layer> out = DistrictLayerStack.place(content.layers(), bandsOn ? bands : null, shading, selection);
        if (!out.equals(content.layers())) {
            applying = true;
            try {
                map.contentProperty().set(new MapContent(out, content.hiddenLayerIds(), content.notices()));
            } finally {
                applying = false;
            }
        }
    }
}
