package org.sitmap.incidents.fx;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.sitmap.io.incidents.RowIssue;
import org.sitmap.io.store.ImportOutcome;
import org.sitmap.io.store.IncidentImport;
import org.sitmap.io.store.IncidentStore;

/**
 * File → Import in the app: runs the import on a worker with a progress dialog (cancel is not
 * offered because the transaction is all-or-nothing and short), then shows the outcome and every
 * issue in a sortable table naming line, field and reason. FX thread only, apart from the task.
 */
public final class ImportFlow {

    private ImportFlow() {
    }

    public static void run(Window owner, ExecutorService worker, Path file, Path store, boolean skipBadRows,
                           Consumer<ImportOutcome> onDone) {
        Task<ImportOutcome> task = new Task<>() {
            @Override
            protected ImportOutcome call() throws Exception {
                updateMessage("Importing " + file.getFileName() + " …");
                try (IncidentStore s = IncidentStore.openWritable(store)) {
                    return new IncidentImport(s).run(file, null, skipBadRows, issue -> { },
                            (done, total) -> updateProgress(done, Math.max(1, total)));
                }
            }
        };
        Alert progress = progressDialog(owner, task.messageProperty(), task);
        task.setOnSucceeded(e -> {
            progress.close();
            showOutcome(owner, task.getValue());
            onDone.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            progress.close();
            Alert a = new Alert(Alert.AlertType.ERROR, task.getException().getMessage(), ButtonType.OK);
            a.initOwner(owner);
            a.setHeaderText("Import failed; nothing was changed");
            a.show();
        });
        progress.show();
        worker.execute(task);
    }

    private static Alert progressDialog(Window owner, ReadOnlyStringProperty message, Task<?> task) {
        Alert a = new Alert(Alert.AlertType.NONE);
        a.initOwner(owner);
        a.setTitle("Importing");
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(task.progressProperty());
        Label text = new Label();
        text.textProperty().bind(message);
        a.getDialogPane().setContent(new VBox(10, text, bar));
        return a;
    }

    static void showOutcome(Window owner, ImportOutcome o) {
        Alert a = new Alert(o.committed() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING, "", ButtonType.OK);
        a.initOwner(owner);
        a.setTitle("Import report");
        a.setHeaderText(o.summary());
        if (!o.issues().isEmpty()) {
            TableView<RowIssue> table = new TableView<>();
            table.setId("import-issues");
            table.getColumns().add(column("Line", i -> Long.toString(i.line()), 60));
            table.getColumns().add(column("Severity", i -> i.severity().name().toLowerCase(java.util.Locale.ROOT), 80));
            table.getColumns().add(column("Field", RowIssue::field, 120));
            table.getColumns().add(column("Reason", RowIssue::reason, 520));
            table.getItems().setAll(o.issues());
            table.setPrefSize(800, 360);
            a.getDialogPane().setContent(table);
        }
        a.getDialogPane().setMinWidth(840);
        a.show();
    }

    private static TableColumn<RowIssue, String> column(String name, java.util.function.Function<RowIssue, String> f,
                                                         double width) {
        TableColumn<RowIssue, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new javafx.beans.property.SimpleStringProperty(f.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
