package org.sitmap.editing.fx;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.sitmap.io.store.AuditEntry;
import org.sitmap.io.store.AuditText;

/**
 * The audit trail in a dialog, newest first: one entry per row with who, when, what and why, and
 * the changed values under it; for one incident or the whole file, with "Export CSV…". Entries
 * are read off the FX thread by the caller. FX thread only.
 */
public final class HistoryView extends Dialog<Void> {

    private final ListView<AuditEntry> list = new ListView<>();

    public HistoryView(Window owner, String title, List<AuditEntry> entries, Consumer<List<AuditEntry>> onExport) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(title + " — " + entries.size() + (entries.size() == 1 ? " entry" : " entries"));
        setResizable(true);
        list.setId("history-list");
        List<AuditEntry> newestFirst = new java.util.ArrayList<>(entries);
        java.util.Collections.reverse(newestFirst);
        list.getItems().setAll(newestFirst);
        list.setPrefSize(760, 460);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AuditEntry e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setText(null);
                    return;
                }
                StringBuilder sb = new StringBuilder(AuditText.heading(e));
                for (String line : AuditText.details(e)) {
                    sb.append("\n      ").append(line);
                }
                setText(sb.toString());
            }
        });
        Label empty = new Label("No changes are recorded yet. Every add, edit, move, delete and import is listed "
                + "here with who did it, when and why.");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        Button export = new Button("Export CSV…");
        export.setId("history-export");
        export.setOnAction(e -> onExport.accept(entries));
        export.setDisable(entries.isEmpty());
        getDialogPane().setContent(new VBox(8, list, export));
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().setId("history-view");
    }

    /** The rows shown, newest first (tests). */
    public List<AuditEntry> shown() {
        return List.copyOf(list.getItems());
    }
}
