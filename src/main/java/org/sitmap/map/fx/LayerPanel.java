package org.sitmap.map.fx;

import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sitmap.map.MapContent;
import org.sitmap.map.layer.Layer;
import org.sitmap.map.style.LegendItem;

/**
 * The layer panel: one check box per layer (top of the map stack first, as in QGIS) with that
 * layer's legend underneath. Toggling a box replaces the map's immutable {@link MapContent}
 * with one where the layer is hidden or shown. FX thread only.
 */
public final class LayerPanel extends VBox {

    private final MapView map;

    public LayerPanel(MapView map) {
        this.map = map;
        setId("layer-panel");
        getStyleClass().add("layer-panel");
        setSpacing(6);
        setPadding(new Insets(10));
        setPrefWidth(250);
        map.contentProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || !old.layers().equals(now.layers())) {
                rebuild(now);
            }
        });
        rebuild(map.contentProperty().get());
    }

    private void rebuild(MapContent content) {
        getChildren().clear();
        Label title = new Label("Layers");
        title.getStyleClass().add("panel-title");
        getChildren().add(title);
        if (content == null) {
            getChildren().add(new Label("No map loaded"));
            return;
        }
        for (int i = content.layers().size() - 1; i >= 0; i--) {
            Layer layer = content.layers().get(i);
            CheckBox box = new CheckBox(layer.title());
            box.setId("layer-toggle-" + layer.id());
            box.setSelected(content.isVisible(layer.id()));
            box.selectedProperty().addListener((obs, was, selected) ->
                    map.contentProperty().set(map.contentProperty().get().withVisibility(layer.id(), selected)));
            VBox legend = new VBox(2);
            legend.setPadding(new Insets(0, 0, 4, 24));
            for (LegendItem item : layer.legend()) {
                ImageView swatch = new ImageView(SwatchImages.of(item.symbolizer(), 30, 16));
                if (item.toggleId() != null) {
                    CheckBox sub = new CheckBox(item.caption());
                    sub.setId("layer-toggle-" + item.toggleId().replace('/', '-'));
                    sub.getStyleClass().add("legend-caption");
                    sub.setGraphic(swatch);
                    sub.setSelected(content.isVisible(item.toggleId()));
                    sub.selectedProperty().addListener((obs, was, selected) -> map.contentProperty()
                            .set(map.contentProperty().get().withVisibility(item.toggleId(), selected)));
                    legend.getChildren().add(sub);
                } else {
                    Label caption = new Label(item.caption());
                    caption.getStyleClass().add("legend-caption");
                    legend.getChildren().add(new HBox(6, swatch, caption));
                }
            }
            legend.disableProperty().bind(box.selectedProperty().not());
            getChildren().addAll(box, legend);
        }
    }
}
