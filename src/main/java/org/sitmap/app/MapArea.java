package org.sitmap.app;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sitmap.core.ReportZone;
import org.sitmap.map.Viewport;
import org.sitmap.map.fx.MapView;
import org.sitmap.timeline.TimeWindow;
import org.sitmap.timeline.ViewState;
import org.sitmap.timeline.fx.TimelineViewModel;

/**
 * The map area: one map, or in compare mode two side by side — the left showing the main window,
 * the right the compare window — with linked pan and zoom (same centre and resolution, each at its
 * own pixel size) and the same symbol scale, each under a header with its window and count.
 * FX thread only.
 */
final class MapArea extends BorderPane {

    private final MapView left;
    private final MapView right;
    private final Label leftHeader = new Label();
    private final Label rightHeader = new Label();
    private final VBox leftPane;
    private final VBox rightPane;
    private final SplitPane split = new SplitPane();
    private final TimelineViewModel model;
    private boolean linking;

    MapArea(MapView left, MapView right, TimelineViewModel model) {
        this.left = left;
        this.right = right;
        this.model = model;
        setId("map-area");
        leftHeader.setId("left-header");
        rightHeader.setId("right-header");
        leftHeader.getStyleClass().add("pane-header");
        rightHeader.getStyleClass().add("pane-header");
        leftHeader.setMaxWidth(Double.MAX_VALUE);
        rightHeader.setMaxWidth(Double.MAX_VALUE);
        leftHeader.setPadding(new Insets(3, 8, 3, 8));
        rightHeader.setPadding(new Insets(3, 8, 3, 8));
        leftPane = new VBox(leftHeader, left);
        rightPane = new VBox(rightHeader, right);
        VBox.setVgrow(left, Priority.ALWAYS);
        VBox.setVgrow(right, Priority.ALWAYS);
        right.setId("compare-map-view");
        split.getItems().setAll(leftPane, rightPane);
        setCenter(left);
        link(left, right);
        link(right, left);
        model.stateProperty().addListener(o -> refresh());
        model.visibleCountProperty().addListener(o -> refresh());
        model.compareCountProperty().addListener(o -> refresh());
    }

    /** Copies centre and resolution from one map to the other, keeping each map's own size. */
    private void link(MapView from, MapView to) {
        from.viewportProperty().addListener((o, old, v) -> {
            if (linking || v == null || !isCompare()) {
                return;
            }
            linking = true;
            try {
                Viewport t = to.viewportProperty().get();
                int w = t == null ? v.widthPx() : t.widthPx();
                int h = t == null ? v.heightPx() : t.heightPx();
                to.viewportProperty().set(new Viewport(v.centerX(), v.centerY(), v.unitsPerPixel(), w, h));
            } finally {
                linking = false;
            }
        });
    }

    boolean isCompare() {
        ViewState s = model.state();
        return s != null && s.compare();
    }

    private void refresh() {
        ViewState s = model.state();
        if (s == null) {
            return;
        }
        if (s.compare() && getCenter() != split) {
            split.getItems().setAll(leftPane, rightPane);
            leftPane.getChildren().setAll(leftHeader, left);
            setCenter(split);
            split.setDividerPositions(0.5);
            Viewport v = left.viewportProperty().get();
            if (v != null) {
                right.viewportProperty().set(new Viewport(v.centerX(), v.centerY(), v.unitsPerPixel(),
                        Math.max(1, v.widthPx() / 2), v.heightPx()));
            }
        } else if (!s.compare() && getCenter() != left) {
            leftPane.getChildren().remove(left);
            setCenter(left);
        }
        leftHeader.setText(header(s.compare() ? "Left" : "Window", s.window(), s.dayZone(),
                model.visibleCountProperty().get()));
        rightHeader.setText(header("Right", s.compareWindow(), s.dayZone(), model.compareCountProperty().get()));
    }

    static String header(String side, TimeWindow w, ReportZone zone, int count) {
        return String.format("%s: %s → %s %s · %,d incidents", side,
                org.sitmap.timeline.fx.TimelineBar.formatTime(w.startMs(), zone),
                org.sitmap.timeline.fx.TimelineBar.formatTime(w.endMs(), zone), zone.code(), count);
    }

    String leftHeaderText() {
        return leftHeader.getText();
    }

    String rightHeaderText() {
        return rightHeader.getText();
    }
}
