package org.sitmap.app;

import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.sitmap.core.Incident;
import org.sitmap.core.LonLatFormat;
import org.sitmap.core.MgrsFormat;
import org.sitmap.map.Viewport;
import org.sitmap.map.fx.MapView;
import org.sitmap.map.projection.WebMercator;

/**
 * Dragging the selected incident's marker moves it, after a confirmation that shows the old and
 * new position (DMS and MGRS) and asks for a reason. A drag that starts anywhere else pans the
 * map as usual. The selection ring follows the cursor while dragging. FX thread only.
 */
final class MarkerDrag implements MapView.DragHandler {

    static final double GRAB_PX = 10;
    private final MainWindow window;
    private final EditActions actions;
    private Incident dragged;

    MarkerDrag(MainWindow window, EditActions actions) {
        this.window = window;
        this.actions = actions;
    }

    @Override
    public boolean begin(double x, double y) {
        Incident shown = window.details().shown();
        Viewport v = window.map().viewportProperty().get();
        dragged = null;
        if (shown == null || v == null || actions.editor() == null) {
            return false;
        }
        double sx = v.screenX(WebMercator.INSTANCE.xOf(shown.lon()));
        double sy = v.screenY(WebMercator.INSTANCE.yOf(shown.lat()));
        if (Math.hypot(sx - x, sy - y) > GRAB_PX) {
            return false;
        }
        dragged = shown;
        return true;
    }

    @Override
    public void drag(double x, double y) {
        Viewport v = window.map().viewportProperty().get();
        if (dragged != null && v != null) {
            window.map().setHighlight(new double[] {v.worldX(x), v.worldY(y)});
        }
    }

    @Override
    public void end(double x, double y) {
        Viewport v = window.map().viewportProperty().get();
        Incident i = dragged;
        dragged = null;
        if (i == null || v == null) {
            return;
        }
        // to 1e-6 degrees (about 0.1 m): finer than any report, and readable in the audit log
        double lon = Math.round(WebMercator.INSTANCE.lonOf(v.worldX(x)) * 1e6) / 1e6;
        double lat = Math.round(WebMercator.INSTANCE.latOf(v.worldY(y)) * 1e6) / 1e6;
        TextField reason = new TextField("moved on the map");
        reason.setId("move-reason");
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.OK, ButtonType.CANCEL);
        ask.initOwner(window.getScene().getWindow());
        ask.setTitle("Move incident " + i.id());
        ask.setHeaderText(String.format(Locale.ROOT, "Move incident %d by %.2f km?", i.id(),
                org.sitmap.editing.Gazetteer.kilometres(i.lon(), i.lat(), lon, lat)));
        ask.getDialogPane().setContent(new VBox(6,
                new Label("From  " + LonLatFormat.dms(i.lat(), i.lon()) + "   MGRS " + MgrsFormat.meter(i.lat(), i.lon())),
                new Label("To      " + LonLatFormat.dms(lat, lon) + "   MGRS " + MgrsFormat.meter(lat, lon)),
                new Label("Reason (recorded in the audit log):"), reason));
        ask.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(reason.textProperty().isEmpty());
        boolean ok = ask.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
        if (ok) {
            actions.move(i, lon, lat, reason.getText().strip());
        } else {
            window.map().setHighlight(new double[] {WebMercator.INSTANCE.xOf(i.lon()), WebMercator.INSTANCE.yOf(i.lat())});
        }
    }
}
