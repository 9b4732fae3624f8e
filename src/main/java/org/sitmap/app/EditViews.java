package org.sitmap.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import org.sitmap.core.Incident;
import org.sitmap.editing.fx.HistoryView;
import org.sitmap.io.store.AuditCsv;
import org.sitmap.io.store.AuditEntry;
import org.sitmap.io.store.IncidentStore;
import org.sitmap.situation.IncidentFile;

/**
 * The dialogs around editing: an incident's history and the file's audit log (read off the FX
 * thread), their CSV export (temporary file, then moved into place), asking for a reason, the
 * user's name for the audit log, and error messages. FX thread only, apart from task bodies.
 */
final class EditViews {

    private final MainWindow window;
    private final EditActions actions;
    private HistoryView open;

    EditViews(MainWindow window, EditActions actions) {
        this.window = window;
        this.actions = actions;
    }

    void incidentHistory(Incident i) {
        if (i != null) {
            show("History of incident " + i.id(), i.id());
        }
    }

    void auditLog() {
        show("Audit log", null);
    }

    /** The last history dialog opened (tests). */
    HistoryView lastOpened() {
        return open;
    }

    private void show(String title, Long fid) {
        IncidentFile f = window.incidentFileProperty().get();
        if (f == null) {
            return;
        }
        Task<List<AuditEntry>> read = new Task<>() {
            @Override
            protected List<AuditEntry> call() throws Exception {
                try (IncidentStore store = IncidentStore.openReadOnly(f.file())) {
                    return store.audit(fid);
                }
            }
        };
        read.setOnSucceeded(e -> {
            open = new HistoryView(window.getScene().getWindow(), title + " — " + f.file().getFileName(),
                    read.getValue(), entries -> export(f.file(), entries));
            open.show();
        });
        read.setOnFailed(e -> error("Could not read the audit log", read.getException().getMessage()));
        window.background().execute(read);
    }

    private void export(Path file, List<AuditEntry> entries) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the audit log as CSV");
        chooser.setInitialFileName(file.getFileName().toString().replaceFirst("\\.gpkg$", "") + "-audit.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        File out = chooser.showSaveDialog(window.getScene().getWindow());
        if (out == null) {
            return;
        }
        Task<Void> write = new Task<>() {
            @Override
            protected Void call() throws Exception {
                AuditCsv.write(entries, out.toPath());
                return null;
            }
        };
        write.setOnSucceeded(e -> window.statusBar().setStatus(entries.size() + " audit entries written to " + out));
        write.setOnFailed(e -> error("Could not write " + out, write.getException().getMessage()));
        window.background().execute(write);
    }

    /** Asks for a required reason; empty when cancelled. */
    Optional<String> askReason(String header, String text, String prompt) {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(window.getScene().getWindow());
        d.setTitle(header);
        d.setHeaderText(header);
        d.setContentText(text);
        d.getEditor().setId("reason-field");
        d.getEditor().setPromptText(prompt);
        d.getDialogPane().setMinWidth(560);
        var ok = d.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("reason-ok");
        ok.disableProperty().bind(d.getEditor().textProperty().isEmpty());
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    void askUserName() {
        TextInputDialog d = new TextInputDialog(actions.user());
        d.initOwner(window.getScene().getWindow());
        d.setTitle("Your name in the audit log");
        d.setHeaderText("Edits are recorded under this name");
        d.setContentText("Name (blank: the computer's user name, " + EditorName.osName() + "):");
        d.showAndWait().ifPresent(actions::setUser);
    }

    void error(String header, String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        a.initOwner(window.getScene().getWindow());
        a.setHeaderText(header);
        a.getDialogPane().setMinWidth(560);
        a.show();
    }
}
