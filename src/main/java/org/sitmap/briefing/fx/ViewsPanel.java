package org.sitmap.briefing.fx;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sitmap.briefing.SavedView;

/**
 * The Views panel: the briefing's saved views in order, with add (from what the map shows now),
 * update to the current map, rename, move up and down, delete, speaker notes for the selected
 * view, and Present. Double-click or Enter applies a view to the map and timeline; Ctrl+Z and
 * Ctrl+Y (or Ctrl+Shift+Z) undo and redo view edits while the list has focus. A view only: every
 * action goes to {@link Actions}, which edits, saves and calls {@link #setViews}. FX thread only.
 */
public final class ViewsPanel extends VBox {

    /** What the panel's buttons and keys do; implemented by the window's briefing actions. */
    public interface Actions {
        void addCurrent(int afterIndex);

        void updateToCurrent(SavedView v);

        void rename(SavedView v, String title);

        void move(SavedView v, int delta);

        void delete(SavedView v);

        void apply(SavedView v);

        void notes(SavedView v, String notes);

        void undo();

        void redo();

        void present(int fromIndex);
    }

    private final ListView<SavedView> list = new ListView<>();
    private final TextArea notes = new TextArea();
    private final Actions actions;
    private boolean filling;

    public ViewsPanel(Actions actions) {
        this.actions = actions;
        setId("views-panel");
        getStyleClass().add("views-panel");
        setSpacing(6);
        setPadding(new Insets(10));
        Label title = new Label("Briefing views");
        title.getStyleClass().add("panel-title");
        list.setId("views-list");
        list.setPrefHeight(190);
        list.setMinHeight(80);
        list.setPlaceholder(new Label("No saved views.\nSet up the map, then ‘Add’."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SavedView v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : (getIndex() + 1) + ". " + v.title()
                        + (v.state().compare() ? "  [compare]" : ""));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && selected() != null) {
                actions.apply(selected());
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        list.getSelectionModel().selectedItemProperty().addListener((o, old, v) -> showNotes(v));
        Button add = button("views-add", "Add", "Save what the map shows now as a new view (after the selected one)",
                () -> actions.addCurrent(list.getSelectionModel().getSelectedIndex()));
        Button update = button("views-update", "Update", "Replace the selected view with what the map shows now",
                () -> withSelected(actions::updateToCurrent));
        Button rename = button("views-rename", "Rename…", "Rename the selected view (F2)", this::renameSelected);
        Button up = button("views-up", "↑", "Move up (Alt+↑)", () -> withSelected(v -> actions.move(v, -1)));
        Button down = button("views-down", "↓", "Move down (Alt+↓)", () -> withSelected(v -> actions.move(v, 1)));
        Button delete = button("views-delete", "Delete", "Delete the selected view (Delete; Ctrl+Z undoes)",
                () -> withSelected(actions::delete));
        Button present = button("views-present", "▶ Present", "Present from the selected view, full screen (F5)",
                () -> actions.present(Math.max(0, list.getSelectionModel().getSelectedIndex())));
        HBox row1 = new HBox(4, add, update, rename);
        HBox row2 = new HBox(4, up, down, delete, present);
        notes.setId("views-notes");
        notes.setPromptText("Speaker notes for the selected view (not shown when presenting)");
        notes.setWrapText(true);
        notes.setPrefRowCount(2);
        notes.setMinHeight(44);
        notes.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && selected() != null && !notes.getText().equals(selected().notes())) {
                actions.notes(selected(), notes.getText());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, list, row1, row2, notes);
    }

    /** Shows the views, keeping the selection on the view with {@code selectId} (or none: -1). */
    public void setViews(List<SavedView> views, long selectId) {
        filling = true;
        try {
            list.getItems().setAll(views);
            for (int i = 0; i < views.size(); i++) {
                if (views.get(i).id() == selectId) {
                    list.getSelectionModel().select(i);
                    list.scrollTo(i);
                }
            }
        } finally {
            filling = false;
        }
        showNotes(selected());
    }

    /** Selects the view at {@code index} (e.g. the last one presented). */
    public void select(int index) {
        if (index >= 0 && index < list.getItems().size()) {
            list.getSelectionModel().select(index);
            list.scrollTo(index);
        }
    }

    public SavedView selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    public ListView<SavedView> list() {
        return list;
    }

    private void showNotes(SavedView v) {
        notes.setDisable(v == null);
        notes.setText(v == null ? "" : v.notes());
    }

    private void key(KeyEvent e) {
        KeyCode k = e.getCode();
        boolean handled = true;
        if (e.isShortcutDown() && k == KeyCode.Z && !e.isShiftDown()) {
            actions.undo();
        } else if (e.isShortcutDown() && (k == KeyCode.Y || k == KeyCode.Z)) {
            actions.redo();
        } else if (k == KeyCode.ENTER && selected() != null) {
            actions.apply(selected());
        } else if (k == KeyCode.DELETE && selected() != null) {
            actions.delete(selected());
        } else if (k == KeyCode.F2) {
            renameSelected();
        } else if (e.isAltDown() && (k == KeyCode.UP || k == KeyCode.DOWN) && selected() != null) {
            actions.move(selected(), k == KeyCode.UP ? -1 : 1);
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void renameSelected() {
        SavedView v = selected();
        if (v == null || filling) {
            return;
        }
        TextInputDialog d = new TextInputDialog(v.title());
        d.initOwner(getScene().getWindow());
        d.setTitle("Rename view");
        d.setHeaderText("New title for view " + (list.getSelectionModel().getSelectedIndex() + 1));
        d.showAndWait().map(String::strip).filter(t -> !t.isEmpty() && !t.equals(v.title()))
                .ifPresent(t -> actions.rename(v, t));
    }

    private void withSelected(java.util.function.Consumer<SavedView> action) {
        if (selected() != null) {
            action.accept(selected());
        }
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        b.setAccessibleText(tip.toLowerCase(Locale.ROOT));
        return b;
    }
}
