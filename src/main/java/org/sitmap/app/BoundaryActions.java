package org.sitmap.app;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import org.sitmap.districts.io.BoundaryFile;
import org.sitmap.districts.io.BoundaryImport;
import org.sitmap.districts.io.DistrictBoundaryStore;
import org.sitmap.districts.io.DistrictSources;
import org.sitmap.districts.io.LoadedBoundaries;
import org.sitmap.districts.fx.BoundaryLoadDialog;
import org.sitmap.situation.IncidentFile;

/**
 * File → Load district boundaries…: pick GeoJSON / GeoPackage files, read them on a worker (the
 * district panel shows progress), pick each file's name field and review the name-matching report,
 * then build the clipped layer and save it into the open incident file (one transaction) so the
 * next open uses it; the analysis switches to it at once. FX thread only, apart from task bodies.
 */
final class BoundaryActions {

    private BoundaryActions() {
    }

    static void chooseAndLoad(MainWindow window, DistrictActions districts) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Load district boundaries");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("GeoJSON or GeoPackage", "*.geojson", "*.json", "*.gpkg"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(window.getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            load(window, districts, files.stream().map(File::toPath).toList());
        }
    }

    static void load(MainWindow window, DistrictActions districts, List<Path> paths) {
        if (districts.basemap() == null) {
            error(window, "The basemap is not loaded yet: its land and LoC are needed to clip boundaries.");
            return;
        }
        districts.panel().setBusy(true);
        window.statusBar().setStatus("Reading district boundaries …");
        Task<List<BoundaryFile>> read = new Task<>() {
            @Override
            protected List<BoundaryFile> call() throws Exception {
                List<BoundaryFile> out = new ArrayList<>();
                for (Path p : paths) {
                    out.add(BoundaryFile.read(p));
                }
                return out;
            }
        };
        read.setOnSucceeded(e -> {
            districts.panel().setBusy(false);
            review(window, districts, read.getValue());
        });
        read.setOnFailed(e -> {
            districts.panel().setBusy(false);
            window.statusBar().setStatus("District boundaries not loaded");
            error(window, read.getException().getMessage());
        });
        districts.worker().execute(read);
    }

    private static void review(MainWindow window, DistrictActions districts, List<BoundaryFile> files) {
        IncidentFile incidents = window.incidentFileProperty().get();
        var known = DistrictSources.knownKeys(districts.basemap().zones(), incidents == null ? null : incidents.table());
        var geography = districts.basemap().geography();
        BoundaryLoadDialog dialog = new BoundaryLoadDialog(files, in -> BoundaryImport.build(in, geography, known));
        dialog.initOwner(window.getScene().getWindow());
        dialog.showAndWait().ifPresent(inputs -> {
            LoadedBoundaries loaded = BoundaryImport.build(inputs, geography, known);
            districts.useLayer(loaded.layer());
            if (incidents == null) {
                window.statusBar().setStatus("District boundaries in use for this session (no incident file open to "
                        + "save them in)");
                return;
            }
            save(window, districts, incidents.file(), loaded);
        });
    }

    private static void save(MainWindow window, DistrictActions districts, Path file, LoadedBoundaries loaded) {
        districts.panel().setBusy(true);
        Task<Void> save = new Task<>() {
            @Override
            protected Void call() throws Exception {
                DistrictBoundaryStore.save(file, loaded.layer());
                return null;
            }
        };
        save.setOnSucceeded(e -> {
            districts.panel().setBusy(false);
            window.statusBar().setStatus(loaded.layer().districts().size() + " district boundaries saved in "
                    + file.getFileName() + "; " + BoundaryImport.CLIP_NOTE);
        });
        save.setOnFailed(e -> {
            districts.panel().setBusy(false);
            error(window, save.getException().getMessage());
        });
        window.background().execute(save);
    }

    private static void error(MainWindow window, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.setHeaderText("District boundaries not loaded");
        a.initOwner(window.getScene().getWindow());
        a.show();
    }
}
