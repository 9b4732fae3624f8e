package org.sitmap.editing.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sitmap.editing.IncidentDraft;

/**
 * The form's sources: one row per source (name, URL, remove), and "Add source". Calls
 * {@code onChange} whenever a row is typed in, added or removed. FX thread only.
 */
final class SourcesEditor extends VBox {

    private final VBox rows = new VBox(4);
    private final Button add = new Button("Add source");
    private final Runnable onChange;

    SourcesEditor(List<IncidentDraft.Source> initial, Runnable onChange) {
        this.onChange = onChange;
        setId("form-sources");
        setSpacing(4);
        add.setId("form-add-source");
        add.setOnAction(e -> {
            addRow(new IncidentDraft.Source("", "")).getChildren().get(0).requestFocus();
            onChange.run();
        });
        for (IncidentDraft.Source s : initial) {
            addRow(s);
        }
        if (initial.isEmpty()) {
            addRow(new IncidentDraft.Source("", ""));
        }
        getChildren().addAll(rows, add);
    }

    private HBox addRow(IncidentDraft.Source s) {
        int k = rows.getChildren().size();
        TextField name = new TextField(s.name());
        name.setPromptText("Source (e.g. J&K Police, ISPR, Dawn)");
        name.setId("form-source-name-" + k);
        TextField url = new TextField(s.url());
        url.setPromptText("https://…");
        url.setId("form-source-url-" + k);
        Button remove = new Button("✕");
        remove.setFocusTraversable(false);
        HBox row = new HBox(4, name, url, remove);
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox.setHgrow(url, Priority.ALWAYS);
        remove.setOnAction(e -> {
            rows.getChildren().remove(row);
            onChange.run();
        });
        name.textProperty().addListener(o -> onChange.run());
        url.textProperty().addListener(o -> onChange.run());
        rows.getChildren().add(row);
        return row;
    }

    List<IncidentDraft.Source> sources() {
        List<IncidentDraft.Source> out = new ArrayList<>();
        for (var node : rows.getChildren()) {
            HBox row = (HBox) node;
            out.add(new IncidentDraft.Source(((TextField) row.getChildren().get(0)).getText(),
                    ((TextField) row.getChildren().get(1)).getText()));
        }
        return out;
    }
}
