package org.sitmap.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.sitmap.incidents.fx.ImportFlow;
import org.sitmap.io.store.IncidentSchema;
import org.sitmap.situation.IncidentFile;

/**
 * File-menu actions on incident files: new, open, open recent, and import into the open file.
 * Each reports failures in a dialog that names the file and reason and says nothing was changed.
 * The synthetic demo file is never imported into, so real reports never mix with made-up ones.
 * FX thread only; disk work runs on the window's background executor.
 */
final class IncidentFileActions {

    private final MainWindow window;
    private final RecentFiles recent;
    private final Menu recentMenu = new Menu("Open recent");

    IncidentFileActions(MainWindow window, RecentFiles recent) {
        this.window = window;
        this.recent = recent;
        recentMenu.setId("menu-recent");
        refreshRecent();
    }

    Menu recentMenu() {
        return recentMenu;
    }

    void open(Path file) {
        window.openIncidents(file, reason -> error("Could not open the incident file", reason), () ->
                window.background().execute(() -> {
                    List<Path> list = recent.add(file);
                    javafx.application.Platform.runLater(() -> fillRecent(list));
                }));
    }

    void chooseAndOpen() {
        FileChooser chooser = chooser("Open an incident file");
        File f = chooser.showOpenDialog(owner());
        if (f != null) {
            open(f.toPath());
        }
    }

    void createNew() {
        FileChooser chooser = chooser("New incident file");
        chooser.setInitialFileName("incidents.gpkg");
        File f = chooser.showSaveDialog(owner());
        if (f == null) {
            return;
        }
        Path file = f.toPath();
        Task<Void> create = new Task<>() {
            @Override
            protected Void call() throws Exception {
                IncidentSchema.create(file, false, null, true);
                return null;
            }
        };
        create.setOnSucceeded(e -> open(file));
        create.setOnFailed(e -> error("Could not create the incident file", create.getException().getMessage()));
        window.background().execute(create);
    }

    void chooseAndImport() {
        IncidentFile target = window.incidentFileProperty().get();
        if (target == null) {
            error("No incident file is open", "Create one with File → New incident file, or open one, then import.");
            return;
        }
        if (target.synthetic()) {
            error("The open file is the synthetic demo file",
                    "Real reports are never imported into synthetic data. Create a new incident file "
                            + "(File → New incident file, Ctrl+N) and import into that.");
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import incidents into " + target.file().getFileName());
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Incident files (CSV, GeoJSON, KML, KMZ)",
                        "*.csv", "*.geojson", "*.json", "*.kml", "*.kmz"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = chooser.showOpenDialog(owner());
        if (f == null) {
            return;
        }
        CheckBox skip = new CheckBox("Import the good rows even if some are rejected");
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.OK, ButtonType.CANCEL);
        ask.initOwner(owner());
        ask.setHeaderText("Import " + f.getName() + " into " + target.file().getFileName() + "?");
        ask.getDialogPane().setContent(skip);
        if (ask.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return;
        }
        ImportFlow.run(owner(), window.background(), f.toPath(), target.file(), skip.isSelected(), outcome -> {
            if (outcome.committed() && outcome.added() > 0) {
                open(target.file());
            }
        });
    }

    private void refreshRecent() {
        window.background().execute(() -> {
            List<Path> list = recent.list();
            javafx.application.Platform.runLater(() -> fillRecent(list));
        });
    }

    private void fillRecent(List<Path> files) {
        recentMenu.getItems().clear();
        for (Path p : files) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            item.setOnAction(e -> open(p));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(files.isEmpty());
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Incident GeoPackage (*.gpkg)", "*.gpkg"));
        return chooser;
    }

    private void error(String header, String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        a.initOwner(owner());
        a.setHeaderText(header);
        a.getDialogPane().setMinWidth(560);
        a.show();
    }

    private Window owner() {
        return window.getScene() == null ? null : window.getScene().getWindow();
    }
}
