package org.sitmap.situation;

import java.util.ArrayList;
import java.util.List;
import org.sitmap.incidents.layer.IncidentLayer;
import org.sitmap.map.MapContent;
import org.sitmap.map.layer.Layer;

/**
 * Composes what the map shows: the basemap's layers with the incident layer on top, keeping the
 * user's hidden layers, and the synthetic notice when the incident file is synthetic. Pure.
 */
public final class SituationContent {

    private SituationContent() {
    }

    public static MapContent compose(MapContent basemap, IncidentFile incidents, MapContent previous) {
        List<Layer> layers = new ArrayList<>();
        for (Layer l : basemap.layers()) {
            if (!(l instanceof IncidentLayer)) {
                layers.add(l);
            }
        }
        List<String> notices = new ArrayList<>();
        if (incidents != null) {
            layers.add(new IncidentLayer(incidents.table()));
            if (incidents.synthetic()) {
                notices.add(IncidentFile.SYNTHETIC_NOTICE);
            }
        }
        return new MapContent(layers, previous != null ? previous.hiddenLayerIds() : basemap.hiddenLayerIds(), notices);
    }
}
