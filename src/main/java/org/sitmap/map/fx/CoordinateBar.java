package org.sitmap.map.fx;

import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.sitmap.core.LonLatFormat;
import org.sitmap.core.MgrsFormat;

/**
 * The status bar under the map: the cursor position as lat/lon in degrees-minutes-seconds and
 * as MGRS, the projection, and a free status text (load progress, render time). FX thread only.
 */
public final class CoordinateBar extends HBox {

    private final Label dms = new Label("—");
    private final Label mgrs = new Label("—");
    private final Label status = new Label();

    public CoordinateBar(MapView map) {
        setId("coordinate-bar");
        getStyleClass().add("coordinate-bar");
        setSpacing(18);
        setPadding(new Insets(4, 10, 4, 10));
        dms.setId("cursor-dms");
        mgrs.setId("cursor-mgrs");
        status.setId("status-text");
        dms.setMinWidth(250);
        mgrs.setMinWidth(190);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label projection = new Label(map.projection().name());
        getChildren().addAll(new Label("Lat/Lon"), dms, new Label("MGRS"), mgrs, spacer, status, projection);
        map.cursorLonLatProperty().addListener((obs, old, p) -> show(p));
    }

    private void show(Point2D lonLat) {
        if (lonLat == null) {
            dms.setText("—");
            mgrs.setText("—");
            return;
        }
        dms.setText(LonLatFormat.dms(lonLat.getY(), lonLat.getX()));
        mgrs.setText(MgrsFormat.meter(lonLat.getY(), lonLat.getX()));
    }

    public void setStatus(String text) {
        status.setText(text);
    }
}
