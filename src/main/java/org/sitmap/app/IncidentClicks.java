package org.sitmap.app;

import javafx.concurrent.Task;
import org.sitmap.core.Incident;
import org.sitmap.incidents.layer.IncidentLayer;
import org.sitmap.io.store.IncidentStore;
import org.sitmap.map.MapContent;
import org.sitmap.map.Viewport;
import org.sitmap.situation.IncidentFile;

/**
 * What a click on the map does: on an incident, reads its full record from the file in the
 * background and shows it in the details panel; on a cluster bubble, zooms in on it. FX thread
 * only, apart from the read.
 */
final class IncidentClicks {

    private final MainWindow window;

    IncidentClicks(MainWindow window) {
        this.window = window;
    }

    void clicked(double x, double y) {
        clicked(window.map(), x, y);
    }

    void clicked(org.sitmap.map.fx.MapView mapView, double x, double y) {
        MapContent content = mapView.contentProperty().get();
        Viewport v = mapView.viewportProperty().get();
        IncidentFile file = window.incidentFileProperty().get();
        if (content == null || v == null || file == null || !content.isVisible("incidents")) {
            return;
        }
        IncidentLayer layer = (IncidentLayer) content.layer("incidents").orElse(null);
        if (layer == null) {
            return;
        }
        IncidentLayer.Hit hit = layer.hitTest(v, x, y, content::isVisible);
        if (hit instanceof IncidentLayer.Hit.Cluster c) {
            mapView.viewportProperty().set(v.zoomAt(2.5, c.screenX(), c.screenY()));
        } else if (hit instanceof IncidentLayer.Hit.Row r) {
            long fid = layer.table().fid(r.row());
            double[] at = {layer.table().x(r.row()), layer.table().y(r.row())};
            window.map().setHighlight(at);
            window.compareMap().setHighlight(at);
            Task<Incident> read = new Task<>() {
                @Override
                protected Incident call() throws Exception {
                    try (IncidentStore store = IncidentStore.openReadOnly(file.file())) {
                        return store.byId(fid);
                    }
                }
            };
            read.setOnSucceeded(e -> {
                if (read.getValue() != null) {
                    window.details().show(read.getValue());
                }
            });
            read.setOnFailed(e -> window.details().setHint("Could not read incident " + fid + ": "
                    + read.getException().getMessage()));
            window.background().execute(read);
        }
    }
}
