package org.sitmap.app;

import java.io.File;
import java.time.Instant;
import java.util.Locale;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import org.sitmap.districts.DistrictAnalysis;
import org.sitmap.districts.DistrictAssignment;
import org.sitmap.districts.DistrictTable;
import org.sitmap.districts.fx.DistrictPanel;
import org.sitmap.districts.io.TableExport;
import org.sitmap.map.projection.WebMercator;

/**
 * The district view's file and list actions: export the shown table as CSV (written on a worker
 * to a temporary file, then moved into place) and list the incidents no district could take, with
 * the reason for each. FX thread only, apart from the export task.
 */
final class DistrictFiles {

    static final int LIST_LIMIT = 2_000;

    private DistrictFiles() {
    }

    static void exportCsv(MainWindow window, DistrictPanel panel) {
        DistrictTable table = panel.shownProperty().get();
        if (table == null) {
            window.statusBar().setStatus("No district table to export yet");
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the district table as CSV");
        chooser.setInitialFileName("districts.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        File f = chooser.showSaveDialog(window.getScene().getWindow());
        if (f != null) {
            export(window, table, f.toPath());
        }
    }

    static void export(MainWindow window, DistrictTable table, java.nio.file.Path target) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                TableExport.writeCsv(target, table);
                return null;
            }
        };
        task.setOnSucceeded(e -> window.statusBar().setStatus("District table written to " + target));
        task.setOnFailed(e -> window.statusBar().setStatus("Could not write " + target + ": "
                + task.getException().getMessage()));
        window.background().execute(task);
    }

    static void showUnassigned(MainWindow window, DistrictAnalysis analysis) {
        if (analysis == null) {
            return;
        }
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.setTitle("Unassigned incidents");
        a.setHeaderText(text(analysis).lines().findFirst().orElse(""));
        TextArea area = new TextArea(text(analysis));
        area.setEditable(false);
        area.setPrefSize(820, 420);
        area.setId("district-unassigned-list");
        a.getDialogPane().setContent(area);
        a.initOwner(window.getScene().getWindow());
        a.show();
    }

    /** The whole file's unassigned incidents: fid, start, position, district as given, reason. */
    static String text(DistrictAnalysis analysis) {
        DistrictAssignment a = analysis.assignment();
        int[] rows = a.unassignedRows();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%,d of %,d incidents in the file have no district (%s)%n%n", rows.length, a.size(), a.layer().title()));
        var t = analysis.table();
        for (int k = 0; k < Math.min(rows.length, LIST_LIMIT); k++) {
            int i = rows[k];
            sb.append(String.format(Locale.ROOT, "fid %d  %s  %.4f, %.4f  district \"%s\": %s%n", t.fid(i),
                    Instant.ofEpochMilli(t.startMs(i)), WebMercator.INSTANCE.latOf(t.y(i)),
                    WebMercator.INSTANCE.lonOf(t.x(i)), t.districts().get(t.districtCode(i)), a.reason(i)));
        }
        if (rows.length > LIST_LIMIT) {
            sb.append(String.format(Locale.ROOT, "… and %,d more%n", rows.length - LIST_LIMIT));
        }
        return sb.toString();
    }
}
