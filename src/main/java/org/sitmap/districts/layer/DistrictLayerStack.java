package org.sitmap.districts.layer;

import java.util.ArrayList;
import java.util.List;
import org.sitmap.map.layer.Layer;

/**
 * Where the district layers go in a map's layer stack, for the app's map and printed briefings
 * alike: the LoC band shading under the boundaries and labels (before the "boundaries" layer or
 * the first dynamic layer), the choropleth and the selected-district outline under the incident
 * markers (before the first dynamic layer). Any district layer already in the stack is replaced.
 * Stateless.
 */
public final class DistrictLayerStack {

    /** Every district layer's id starts with this. */
    public static final String PREFIX = "district-";

    private DistrictLayerStack() {
    }

    /** {@code layers} without district layers, then with the given ones (each may be null) placed. */
    public static List<Layer> place(List<Layer> layers, Layer bands, Layer choropleth, Layer selection) {
        List<Layer> out = new ArrayList<>();
        boolean bandsPlaced = false;
        boolean dynamicPlaced = false;
        for (Layer l : layers) {
            if (l.id().startsWith(PREFIX)) {
                continue;
            }
            if (!bandsPlaced && (l.id().equals("boundaries") || l.dynamic())) {
                addIf(out, bands);
                bandsPlaced = true;
            }
            if (!dynamicPlaced && l.dynamic()) {
                addIf(out, choropleth);
                addIf(out, selection);
                dynamicPlaced = true;
            }
            out.add(l);
        }
        if (!bandsPlaced) {
            addIf(out, bands);
        }
        if (!dynamicPlaced) {
            addIf(out, choropleth);
            addIf(out, selection);
        }
        return out;
    }

    private static void addIf(List<Layer> out, Layer l) {
        if (l != null) {
            out.add(l);
        }
    }
}
