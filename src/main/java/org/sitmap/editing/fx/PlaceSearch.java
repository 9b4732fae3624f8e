package org.sitmap.editing.fx;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.sitmap.editing.Gazetteer;
import org.sitmap.editing.GazetteerEntry;

/**
 * Type a place, pick a suggestion: a search field over the {@link Gazetteer} with the best
 * matches listed under it as you type. ↓ moves into the list, Enter (in the field: the first
 * suggestion) picks, Esc in the list goes back to the field. FX thread only; the gazetteer is
 * in memory, so searching as you type costs well under a millisecond.
 */
final class PlaceSearch extends VBox {

    static final int SHOWN = 6;
    private final TextField field = new TextField();
    private final ListView<Gazetteer.Match> list = new ListView<>();
    private final Label note = new Label();

    PlaceSearch(Gazetteer gazetteer, String initialNote, Consumer<GazetteerEntry> onPick) {
        setSpacing(3);
        field.setId("form-search");
        field.setPromptText(gazetteer == null ? "Place search needs the basemap (not loaded)"
                : "Type a place or district: Poonch, Uri, Tangdhar, Mendhar, Keran, Neelum…");
        field.setDisable(gazetteer == null);
        list.setId("form-suggestions");
        list.setPrefHeight(SHOWN * 24 + 4);
        list.setVisible(false);
        list.setManaged(false);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Gazetteer.Match m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : m.entry().describe());
            }
        });
        note.getStyleClass().add("form-note");
        note.setWrapText(true);
        note.setId("form-place-note");
        note.setText(initialNote == null ? "" : initialNote);
        field.textProperty().addListener((o, old, text) -> {
            if (gazetteer == null) {
                return;
            }
            var hits = gazetteer.search(text, SHOWN);
            list.getItems().setAll(hits);
            boolean show = !hits.isEmpty() && !text.isBlank();
            list.setVisible(show);
            list.setManaged(show);
            note.setText(!text.isBlank() && hits.isEmpty() ? "No place or district called \u201c" + text.strip()
                    + "\u201d in the basemap; set the position by hand or from the map." : "");
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && list.isVisible()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && list.isVisible() && !list.getItems().isEmpty()) {
                pick(list.getItems().get(0), onPick);
                e.consume();
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                pick(list.getSelectionModel().getSelectedItem(), onPick);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                field.requestFocus();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (list.getSelectionModel().getSelectedItem() != null) {
                pick(list.getSelectionModel().getSelectedItem(), onPick);
            }
        });
        getChildren().addAll(field, list, note);
    }

    private void pick(Gazetteer.Match m, Consumer<GazetteerEntry> onPick) {
        onPick.accept(m.entry());
        note.setText("Position from " + m.entry().describe());
        list.setVisible(false);
        list.setManaged(false);
        field.requestFocus();
    }

    TextField field() {
        return field;
    }
}
