package org.sitmap.districts.fx;

import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.sitmap.districts.Counts;
import org.sitmap.districts.DistrictOrder;
import org.sitmap.districts.DistrictRow;
import org.sitmap.districts.DistrictTableFormat;

/**
 * The district table's columns: headers and text from {@link DistrictTableFormat} (so the screen,
 * the clipboard and the CLI agree), sorted on the underlying numbers ({@link DistrictOrder}). The
 * "too few to say" assessment is marked with a warning sign and a tooltip. FX thread only.
 */
final class DistrictColumns {

    private DistrictColumns() {
    }

    static List<TableColumn<DistrictRow, DistrictRow>> all() {
        List<String> h = DistrictTableFormat.HEADERS;
        List<TableColumn<DistrictRow, DistrictRow>> out = new java.util.ArrayList<>();
        for (int i = 0; i < h.size(); i++) {
            out.add(column(h, i, DistrictOrder.column(i)));
        }
        return out;
    }

    private static TableColumn<DistrictRow, DistrictRow> column(List<String> headers, int index,
                                                                Comparator<DistrictRow> order) {
        TableColumn<DistrictRow, DistrictRow> c = new TableColumn<>(headers.get(index));
        c.setId("district-col-" + index);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setComparator(order);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(DistrictRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setTooltip(null);
                    setStyle("");
                    return;
                }
                String text = DistrictTableFormat.cells(row).get(index);
                Counts counts = row.counts();
                if (index == 13 && counts.tooFew()) {
                    text = "⚠ " + text;
                    setTooltip(new Tooltip("The 95% interval includes 1 and there are fewer than 10 events in the "
                            + "two windows: the numbers cannot say whether anything changed."));
                } else {
                    setTooltip(null);
                }
                setText(text);
                setStyle((index >= 2 && index <= 12 ? "-fx-alignment: CENTER-RIGHT;" : "")
                        + (counts.tooFew() ? "-fx-text-fill: #777777; -fx-font-style: italic;" : ""));
            }
        });
        c.setPrefWidth(index == 0 ? 120 : index == 13 ? 120 : index == 14 ? 160 : index == 8 ? 90 : 72);
        return c;
    }
}
