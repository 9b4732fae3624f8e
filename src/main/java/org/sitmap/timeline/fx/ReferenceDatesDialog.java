package org.sitmap.timeline.fx;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.sitmap.core.ReferenceDate;
import org.sitmap.core.ReportZone;

/**
 * Edits the open file's reference dates: label and time (typed in IST), add and remove. OK is
 * refused with the reason while any time does not parse. Returns the new list; the caller saves it
 * into the file off-thread. FX thread only.
 */
public final class ReferenceDatesDialog {

    private ReferenceDatesDialog() {
    }

    /** A row being edited: label and IST time as text. */
    static final class Row {
        final String id;
        final SimpleStringProperty label;
        final SimpleStringProperty time;

        Row(String id, String label, String time) {
            this.id = id;
            this.label = new SimpleStringProperty(label);
            this.time = new SimpleStringProperty(time);
        }
    }

    public static Optional<List<ReferenceDate>> edit(Window owner, List<ReferenceDate> current) {
        ObservableList<Row> rows = FXCollections.observableArrayList();
        for (ReferenceDate r : current) {
            rows.add(new Row(r.id(), r.label(), TimelineBar.format(r.at().toEpochMilli(), ReportZone.IST)));
        }
        TableView<Row> table = new TableView<>(rows);
        table.setId("reference-dates-table");
        table.setEditable(true);
        TableColumn<Row, String> label = new TableColumn<>("Label");
        label.setCellValueFactory(d -> d.getValue().label);
        label.setCellFactory(TextFieldTableCell.forTableColumn());
        label.setPrefWidth(320);
        TableColumn<Row, String> time = new TableColumn<>("Time (IST, yyyy-MM-dd HH:mm)");
        time.setCellValueFactory(d -> d.getValue().time);
        time.setCellFactory(TextFieldTableCell.forTableColumn());
        time.setPrefWidth(220);
        table.getColumns().add(label);
        table.getColumns().add(time);
        table.setPrefSize(580, 260);
        Button add = new Button("Add");
        add.setOnAction(e -> rows.add(new Row("user-" + UUID.randomUUID(), "New reference date", "2025-05-10 17:00")));
        Button remove = new Button("Remove");
        remove.setOnAction(e -> rows.remove(table.getSelectionModel().getSelectedItem()));
        Label error = new Label();
        error.setStyle("-fx-text-fill: #c4161c;");
        Dialog<List<ReferenceDate>> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Reference dates");
        d.setHeaderText("Reference dates kept in this file; double-click a cell to edit");
        d.getDialogPane().setContent(new VBox(8, table, new HBox(8, add, remove), error));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) d.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                toDates(rows);
            } catch (DateTimeParseException | IllegalArgumentException ex) {
                error.setText(ex.getMessage());
                e.consume();
            }
        });
        d.setResultConverter(b -> b == ButtonType.OK ? toDates(rows) : null);
        return d.showAndWait();
    }

    static List<ReferenceDate> toDates(List<Row> rows) {
        List<ReferenceDate> out = new ArrayList<>();
        for (Row r : rows) {
            if (r.label.get() == null || r.label.get().isBlank()) {
                throw new IllegalArgumentException("Every reference date needs a label.");
            }
            try {
                long ms = TimelineBar.parse(r.time.get(), ReportZone.IST);
                out.add(new ReferenceDate(r.id, r.label.get().strip(), java.time.Instant.ofEpochMilli(ms)));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + r.time.get() + "' (" + r.label.get()
                        + ") is not a time: use yyyy-MM-dd HH:mm in IST");
            }
        }
        return out;
    }
}
