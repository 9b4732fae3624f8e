package org.sitmap.app;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.sitmap.editing.IncidentEditor;

/**
 * The Edit menu: Undo / Redo naming what they will undo or redo (Ctrl+Z, Ctrl+Y), new incident
 * at the map centre (the keyboard way to add one), edit or delete the selected incident, the
 * audit log, and the name edits are recorded under. FX thread only.
 */
final class EditMenu extends Menu {

    private final EditActions actions;
    private final MenuItem undo;
    private final MenuItem redo;
    private final MenuItem edit;
    private final MenuItem delete;
    private final MenuItem add;
    private final MenuItem log;

    EditMenu(EditActions actions, EditViews views) {
        super("Edit");
        setId("menu-edit");
        this.actions = actions;
        undo = item("menu-undo", "Undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), actions::undo);
        redo = item("menu-redo", "Redo", new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), actions::redo);
        add = item("menu-new-incident", "New incident at the map centre…", new KeyCodeCombination(KeyCode.N,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), actions::newIncidentAtCentre);
        edit = item("menu-edit-incident", "Edit selected incident…", new KeyCodeCombination(KeyCode.F2),
                actions::editShown);
        delete = item("menu-delete-incident", "Delete selected incident…", null, actions::deleteShown);
        log = item("menu-audit-log", "Audit log…", null, views::auditLog);
        MenuItem name = item("menu-audit-name", "Your name in the audit log…", null, views::askUserName);
        getItems().addAll(undo, redo, new SeparatorMenuItem(), add, edit, delete, new SeparatorMenuItem(), log, name);
        setOnShowing(e -> refresh());
        refresh();
    }

    /** Updates the Undo / Redo texts and what is enabled. */
    void refresh() {
        IncidentEditor e = actions.editor();
        boolean open = e != null;
        undo.setText(open ? e.history().undoLabel() : "Undo");
        redo.setText(open ? e.history().redoLabel() : "Redo");
        undo.setDisable(!open || e.history().nextUndo() == null);
        redo.setDisable(!open || e.history().nextRedo() == null);
        add.setDisable(!open);
        edit.setDisable(!open);
        delete.setDisable(!open);
        log.setDisable(!open);
    }

    String undoHint() {
        IncidentEditor e = actions.editor();
        return e == null || e.history().nextUndo() == null ? "" : "Ctrl+Z: " + e.history().undoLabel() + ".";
    }

    private static MenuItem item(String id, String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
