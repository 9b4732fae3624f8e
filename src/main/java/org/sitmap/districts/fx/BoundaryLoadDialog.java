package org.sitmap.districts.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.sitmap.districts.Sides;
import org.sitmap.districts.io.BoundaryFile;
import org.sitmap.districts.io.BoundaryImport;
import org.sitmap.districts.io.LoadedBoundaries;
import org.sitmap.districts.io.NameMatch;

/**
 * "Load district boundaries": for each file read, the user picks the attribute holding district
 * names (the likeliest preselected); the name-matching report — canonical name, alias used,
 * matched / new / dropped as a claim, share of area kept after clipping to the side — updates as
 * fields change; the dialog says that polygons are clipped by side of the LoC. Returns the inputs
 * on OK. The report itself is built by the caller's function (it clips polygons; fast enough for
 * district files). FX thread only.
 */
public final class BoundaryLoadDialog extends Dialog<List<BoundaryImport.Input>> {

    private final TableView<NameMatch> report = new TableView<>();
    private final Label summary = new Label();
    private final List<ComboBox<String>> fields = new ArrayList<>();
    private final List<BoundaryFile> files;
    private final Function<List<BoundaryImport.Input>, LoadedBoundaries> preview;

    public BoundaryLoadDialog(List<BoundaryFile> files, Function<List<BoundaryImport.Input>, LoadedBoundaries> preview) {
        this.files = files;
        this.preview = preview;
        setTitle("Load district boundaries");
        setHeaderText("Pick the attribute holding district names in each file.\n" + BoundaryImport.CLIP_NOTE);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        for (int i = 0; i < files.size(); i++) {
            BoundaryFile f = files.get(i);
            ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(f.nameFieldCandidates()));
            box.setId("boundary-field-" + i);
            if (!box.getItems().isEmpty()) {
                box.setValue(box.getItems().get(0));
            }
            box.valueProperty().addListener(o -> refresh());
            fields.add(box);
            grid.addRow(i, new Label(f.file().getFileName() + " (" + f.features().size() + " polygons"
                    + (f.skipped() > 0 ? ", " + f.skipped() + " other features skipped" : "") + ")"), box);
        }
        report.setId("boundary-report");
        report.getColumns().setAll(List.of(
                col("File", m -> m.file()), col("Name in file", NameMatch::sourceName),
                col("Side", m -> Sides.name(m.side())), col("District", NameMatch::canonicalName),
                col("Alias used", NameMatch::aliasUsed), col("Status", m -> m.status().label()),
                col("Area kept", m -> Math.round(m.keptFraction() * 100) + " %")));
        report.setPrefSize(900, 360);
        summary.setWrapText(true);
        VBox box = new VBox(8, grid, summary, report);
        box.setPadding(new Insets(8));
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> b == ButtonType.OK ? inputs() : null);
        refresh();
    }

    private static TableColumn<NameMatch, String> col(String title, Function<NameMatch, String> f) {
        TableColumn<NameMatch, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        return c;
    }

    private List<BoundaryImport.Input> inputs() {
        List<BoundaryImport.Input> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (fields.get(i).getValue() != null) {
                out.add(new BoundaryImport.Input(files.get(i), fields.get(i).getValue()));
            }
        }
        return out;
    }

    private void refresh() {
        LoadedBoundaries b = preview.apply(inputs());
        report.getItems().setAll(b.report());
        summary.setText(BoundaryImport.summary(b));
    }

}
