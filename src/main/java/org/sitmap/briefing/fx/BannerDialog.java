package org.sitmap.briefing.fx;

import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.sitmap.briefing.BannerSettings;

/**
 * Edits the classification / handling banner: a preset ("UNCLASSIFIED // FOR TRAINING", …) or
 * free text, background and text colours, with a live preview. Returns the new settings, or
 * empty when cancelled. FX thread only.
 */
public final class BannerDialog {

    private BannerDialog() {
    }

    public static Optional<BannerSettings> edit(Window owner, BannerSettings current) {
        Dialog<BannerSettings> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Banner");
        d.setHeaderText("Classification or handling banner, drawn at the top and bottom of every presented and exported view."
                + "\nKept in the incident file.");
        ComboBox<BannerSettings> presets = new ComboBox<>();
        presets.setId("banner-presets");
        presets.getItems().setAll(BannerSettings.PRESETS);
        presets.setPromptText("Presets");
        presets.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(BannerSettings b) {
                return b == null ? "" : b.text();
            }

            @Override
            public BannerSettings fromString(String s) {
                return null;
            }
        });
        TextField text = new TextField(current.text());
        text.setId("banner-text");
        text.setPrefColumnCount(36);
        ColorPicker bg = new ColorPicker(Color.web(current.background()));
        bg.setId("banner-background");
        ColorPicker fg = new ColorPicker(Color.web(current.foreground()));
        fg.setId("banner-foreground");
        Label preview = new Label();
        preview.setId("banner-preview");
        preview.setMaxWidth(Double.MAX_VALUE);
        preview.setPadding(new Insets(6));
        Runnable refresh = () -> {
            preview.setText(text.getText().isBlank() ? "(no banner)" : text.getText().strip());
            preview.setStyle("-fx-alignment: center; -fx-font-weight: bold; -fx-font-size: 14px; -fx-background-color: "
                    + hex(bg.getValue()) + "; -fx-text-fill: " + hex(fg.getValue()) + ";");
        };
        presets.valueProperty().addListener((o, old, p) -> {
            if (p != null) {
                text.setText(p.text());
                bg.setValue(Color.web(p.background()));
                fg.setValue(Color.web(p.foreground()));
            }
        });
        text.textProperty().addListener(o -> refresh.run());
        bg.valueProperty().addListener(o -> refresh.run());
        fg.valueProperty().addListener(o -> refresh.run());
        refresh.run();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Preset"), presets);
        grid.addRow(1, new Label("Text"), text);
        grid.addRow(2, new Label("Background"), bg);
        grid.addRow(3, new Label("Text colour"), fg);
        grid.add(preview, 0, 4, 2, 1);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK
                ? new BannerSettings(text.getText(), hex(bg.getValue()), hex(fg.getValue())) : null);
        return d.showAndWait();
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
