package org.sitmap.districts.fx;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sitmap.districts.ChoroplethMetric;
import org.sitmap.districts.DistrictAnalysis;
import org.sitmap.districts.DistrictRow;
import org.sitmap.districts.DistrictTable;
import org.sitmap.districts.DistrictTableFormat;
import org.sitmap.districts.DistrictViewChoice;

/**
 * The analysts' district view: the sortable district table (the shared format; "too few to say"
 * rows greyed and flagged), a toolbar (choropleth metric and toggle, LoC band toggle, CSV export,
 * copy, the unassigned list), a summary of the windows and of what was left out, a before/after
 * bar chart of daily rates for the busiest districts, and the selected district's daily series.
 * The user's choices live in one {@link DistrictViewChoice} property. It only shows what the
 * owner computes off-thread. FX thread only.
 */
public final class DistrictPanel extends BorderPane {

    private final TableView<DistrictRow> table = new TableView<>();
    private final Label summary = new Label("Open an incident file to see districts.");
    private final Label total = new Label();
    private final ComboBox<ChoroplethMetric> metric = new ComboBox<>(FXCollections.observableArrayList(
            ChoroplethMetric.values()));
    private final CheckBox choropleth = new CheckBox("Choropleth");
    private final CheckBox bands = new CheckBox("LoC bands");
    private final Button export = new Button("Export CSV…");
    private final Button copy = new Button("Copy");
    private final Button unassigned = new Button("Unassigned…");
    private final javafx.scene.control.ProgressIndicator busy = new javafx.scene.control.ProgressIndicator();
    private final BarChart<String, Number> bars = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final DailySeriesView daily = new DailySeriesView();
    private final ObjectProperty<DistrictViewChoice> choice = new SimpleObjectProperty<>(this, "choice",
            DistrictViewChoice.defaults());
    private final ObjectProperty<DistrictTable> shown = new SimpleObjectProperty<>(this, "shown");
    private IntConsumer onSelect = i -> { };
    private boolean updating;

    public DistrictPanel() {
        setId("district-panel");
        table.setId("district-table");
        table.getColumns().setAll(DistrictColumns.all());
        table.setPlaceholder(new Label("No districts yet."));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (!updating) {
                choice.set(choice.get().withSelected(row == null ? "" : row.district().key()));
                onSelect.accept(row == null ? -1 : row.index());
            }
        });
        table.getSortOrder().addListener((javafx.collections.ListChangeListener<TableColumn<DistrictRow, ?>>) c -> {
            if (!updating) {
                rememberSort();
            }
        });
        metric.setId("district-metric");
        choropleth.setId("district-choropleth-toggle");
        bands.setId("district-bands-toggle");
        export.setId("district-export");
        copy.setId("district-copy");
        unassigned.setId("district-unassigned");
        summary.setId("district-summary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        total.setId("district-total");
        metric.setValue(ChoroplethMetric.AFTER_COUNT);
        metric.setTooltip(new Tooltip("What the choropleth shades"));
        metric.valueProperty().addListener((o, was, m) -> choice.set(choice.get().withMetric(m)));
        choropleth.selectedProperty().addListener((o, was, on) -> choice.set(choice.get().withChoropleth(on)));
        bands.selectedProperty().addListener((o, was, on) -> choice.set(choice.get().withBands(on)));
        copy.setTooltip(new Tooltip("Copy the table as tab-separated text"));
        copy.setOnAction(e -> copyToClipboard());
        bars.setId("district-bars");
        bars.setAnimated(false);
        bars.setLegendVisible(true);
        bars.setTitle("Events per day, before vs after");
        bars.getYAxis().setLabel(null); // the chart title says "per day"; a label here is cut to "e…" in a short panel
        bars.setCategoryGap(6);
        bars.getXAxis().setTickLabelFont(javafx.scene.text.Font.font(10));
        bars.getXAxis().setTickLabelRotation(-30);
        bars.setMinHeight(170);
        bars.setBarGap(1);
        busy.setId("district-busy");
        busy.setPrefSize(18, 18);
        busy.setVisible(false);
        HBox tools = new HBox(8, new Label("Map:"), metric, choropleth, bands, export, copy, unassigned, busy);
        tools.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        tools.setPadding(new Insets(4, 6, 4, 6));
        VBox left = new VBox(4, summary, table, total);
        left.setPadding(new Insets(0, 4, 4, 6));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox charts = new VBox(4, bars, daily);
        VBox.setVgrow(bars, Priority.ALWAYS);
        daily.setPrefHeight(130);
        daily.setMinHeight(110);
        SplitPane split = new SplitPane(left, charts);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.62);
        setTop(tools);
        setCenter(split);
        setPrefHeight(420);
    }

    public TableView<DistrictRow> table() {
        return table;
    }

    public DailySeriesView dailySeries() {
        return daily;
    }

    public BarChart<String, Number> bars() {
        return bars;
    }

    public ObjectProperty<DistrictViewChoice> choiceProperty() {
        return choice;
    }

    /** The table on screen (null until the first one). */
    public ObjectProperty<DistrictTable> shownProperty() {
        return shown;
    }

    public void setOnSelect(IntConsumer handler) {
        this.onSelect = handler;
    }

    public void setOnExport(Runnable r) {
        export.setOnAction(e -> r.run());
    }

    public void setOnShowUnassigned(Runnable r) {
        unassigned.setOnAction(e -> r.run());
    }

    /** Shows or hides the progress indicator (long work running in the background). */
    public void setBusy(boolean on) {
        busy.setVisible(on);
    }

    public void showMessage(String text) {
        summary.setText(text);
    }

    /** Shows a computed table, keeping the user's sort and selection. */
    public void show(DistrictTable t, String notice) {
        updating = true;
        try {
            shown.set(t);
            DistrictRow selected = null;
            for (DistrictRow r : t.rows()) {
                if (r.district().key().equals(choice.get().selectedDistrict())) {
                    selected = r;
                }
            }
            table.getItems().setAll(t.rows());
            applySort();
            if (selected != null) {
                table.getSelectionModel().select(selected);
            }
            summary.setText((notice.isEmpty() ? "" : notice + "\n") + "Before: " + t.windows().describe(
                    t.windows().before()) + "    After: " + t.windows().describe(t.windows().after()) + "\n"
                    + t.layerTitle() + (t.layerNote().isEmpty() ? "" : " — " + t.layerNote()) + "\n"
                    + String.format(java.util.Locale.ROOT, "Unassigned: %,d before, %,d after", t.unassignedBefore(),
                    t.unassignedAfter()) + (t.windows().adjacent() ? String.format(java.util.Locale.ROOT,
                    "; straddling the pivot (in neither window): %,d", t.ambiguous()) : ""));
            List<String> c = DistrictTableFormat.totalCells(t);
            total.setText(String.format("All districts: %s → %s events; %s → %s per day (%s); rate ratio %s (95%% CI %s);"
                    + " %s", c.get(2), c.get(3), c.get(4), c.get(5), c.get(6), c.get(7), c.get(8), c.get(13)));
            unassigned.setText(String.format(java.util.Locale.ROOT, "Unassigned (%,d)…",
                    t.unassignedBefore() + t.unassignedAfter()));
            fillBars(t);
        } finally {
            updating = false;
        }
    }

    private void fillBars(DistrictTable t) {
        XYChart.Series<String, Number> before = new XYChart.Series<>();
        before.setName("Before");
        XYChart.Series<String, Number> after = new XYChart.Series<>();
        after.setName("After");
        t.rows().stream().sorted(DistrictAnalysis.DEFAULT_ORDER).limit(8)
                .filter(r -> r.counts().before() + r.counts().after() > 0).forEach(r -> {
                    String name = r.district().name() + " " + r.district().side();
                    before.getData().add(new XYChart.Data<>(name, finite(r.counts().beforePerDay())));
                    after.getData().add(new XYChart.Data<>(name, finite(r.counts().afterPerDay())));
                });
        bars.getData().setAll(List.of(before, after));
    }

    private static double finite(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    private void rememberSort() {
        if (table.getSortOrder().isEmpty()) {
            return;
        }
        TableColumn<DistrictRow, ?> c = table.getSortOrder().get(0);
        choice.set(choice.get().withSort(c.getText(), c.getSortType() == TableColumn.SortType.ASCENDING));
    }

    private void applySort() {
        DistrictViewChoice ch = choice.get();
        for (TableColumn<DistrictRow, ?> c : table.getColumns()) {
            if (c.getText().equals(ch.sortColumn()) && table.getSortOrder().isEmpty()) {
                c.setSortType(ch.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                table.getSortOrder().setAll(List.of(c));
            }
        }
        table.sort();
    }

    /** Sets the controls from a saved choice (e.g. a restored view). */
    public void apply(DistrictViewChoice c) {
        choice.set(c);
        metric.setValue(c.metric());
        choropleth.setSelected(c.choroplethOn());
        bands.setSelected(c.bandsOn());
        table.getSortOrder().clear();
        applySort();
    }

    public CheckBox choroplethToggle() {
        return choropleth;
    }

    public CheckBox bandsToggle() {
        return bands;
    }

    /** The table as tab-separated text (the shared format, in the order shown, then the total), or "". */
    public String clipboardText() {
        if (shown.get() == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(String.join("\t", DistrictTableFormat.HEADERS)).append('\n');
        for (DistrictRow r : table.getItems()) {
            sb.append(String.join("\t", DistrictTableFormat.cells(r))).append('\n');
        }
        return sb.append(String.join("\t", DistrictTableFormat.totalCells(shown.get()))).append('\n').toString();
    }

    private void copyToClipboard() {
        ClipboardContent content = new ClipboardContent();
        content.putString(clipboardText());
        Clipboard.getSystemClipboard().setContent(content);
    }

}
