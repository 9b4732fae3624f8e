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
        return compose(basemap, incidents, null, 0, previous);
    }

    /**
     * As {@link #compose(MapContent, IncidentFile, MapContent)}, drawing only {@code rows[0..n)}
     * of the incident table (a filter's result), or every row when {@code rows} is null.
     */
    public static MapContent compose(MapContent basemap, IncidentFile incidents, int[] rows, int n, MapContent previous) {
        return compose(basemap, incidents, rows, n, Long.MIN_VALUE, previous);
    }

    /** As above, marking incidents that straddle {@code pivotMs} (Long.MIN_VALUE: none). */
    public static MapContent compose(MapContent basemap, IncidentFile incidents, int[] rows, int n, long pivotMs,
                                     MapContent previous) {
        List<Layer> layers = new ArrayList<>();
        for (Layer l : basemap.layers()) {
            if (!(l instanceof IncidentLayer)) {
                layers.add(l);
            }
        }
        List<String> notices = new ArrayList<>();
        if (incidents != null) {
            layers.add(rows == null ? new IncidentLayer(incidents.table())
                    : new IncidentLayer(incidents.table(), rows, n, pivotMs));
            if (incidents.synthetic()) {
                notices.add(IncidentFile.SYNTHETIC_NOTICE);
            }
        }
        return new MapContent(layers, previous != null ? previous.hiddenLayerIds() : basemap.hiddenLayerIds(), notices);
    }
}
