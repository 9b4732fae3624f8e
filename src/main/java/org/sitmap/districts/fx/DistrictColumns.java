package org.sitmap.districts.fx;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.sitmap.districts.Counts;
import org.sitmap.districts.DistrictRow;
import org.sitmap.districts.DistrictTableFormat;

/**
 * The district table's columns: headers and text from {@link DistrictTableFormat} (so the screen,
 * the clipboard and the CLI agree), sorted on the underlying numbers rather than the text. The
 * "too few to say" assessment is marked with a warning sign and a tooltip. FX thread only.
 */
final class DistrictColumns {

    private DistrictColumns() {
    }

    static List<TableColumn<DistrictRow, DistrictRow>> all() {
        List<String> h = DistrictTableFormat.HEADERS;
        return List.of(
                column(h, 0, Comparator.comparing((DistrictRow r) -> r.district().name())),
                column(h, 1, Comparator.comparing((DistrictRow r) -> r.district().side())),
                column(h, 2, number(r -> r.counts().before())),
                column(h, 3, number(r -> r.counts().after())),
                column(h, 4, number(r -> r.counts().beforePerDay())),
                column(h, 5, number(r -> r.counts().afterPerDay())),
                column(h, 6, number(r -> r.counts().changePercent())),
                column(h, 7, number(r -> r.counts().rateRatio().estimate())),
                column(h, 8, number(r -> r.counts().rateRatio().lower())),
                column(h, 9, number(r -> r.counts().killedBefore())),
                column(h, 10, number(r -> r.counts().killedAfter())),
                column(h, 11, number(r -> r.counts().injuredBefore())),
                column(h, 12, number(r -> r.counts().injuredAfter())),
                column(h, 13, Comparator.comparing((DistrictRow r) -> r.counts().verdict())),
                column(h, 14, Comparator.comparing((DistrictRow r) -> r.district().hasPolygon())));
    }

    private static Comparator<DistrictRow> number(ToDoubleFunction<DistrictRow> f) {
        return Comparator.comparingDouble(f);
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
