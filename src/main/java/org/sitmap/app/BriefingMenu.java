package org.sitmap.app;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The Briefing menu (add view, undo/redo view edits, present, banner, PNG and PDF export) and the
 * View menu's Presentation item (F5). FX thread only.
 */
final class BriefingMenu {

    private BriefingMenu() {
    }

    static Menu menu(BriefingActions b) {
        Menu m = new Menu("Briefing");
        m.setId("menu-briefing");
        m.getItems().addAll(
                item("menu-view-add", "Add current view", new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN),
                        () -> b.addCurrent(b.panel().list().getSelectionModel().getSelectedIndex())),
                item("menu-view-undo", "Undo view edit\t(Ctrl+Z in the views list)", null, b::undo),
                item("menu-view-redo", "Redo view edit\t(Ctrl+Y in the views list)", null, b::redo),
                new SeparatorMenuItem(),
                item("menu-present", "Present from the first view", null, () -> b.presentation().enter(0)),
                item("menu-banner", "Banner…", null, b::editBanner),
                new SeparatorMenuItem(),
                item("menu-export-png", "Export view as PNG…", null, b.exports()::exportPng),
                item("menu-export-pdf", "Export briefing as PDF…", new KeyCodeCombination(KeyCode.P,
                        KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), b.exports()::exportPdf));
        return m;
    }

    static MenuItem presentationItem(BriefingActions b) {
        return item("menu-presentation", "Presentation", new KeyCodeCombination(KeyCode.F5),
                () -> b.presentation().enter(Math.max(0, b.panel().list().getSelectionModel().getSelectedIndex())));
    }

    private static MenuItem item(String id, String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }
}
