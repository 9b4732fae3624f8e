package org.sitmap.timeline.fx;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.RangeSlider;
import org.sitmap.core.ReportZone;
import org.sitmap.timeline.Preset;
import org.sitmap.core.ReferenceDate;
import org.sitmap.timeline.TimeWindow;
import org.sitmap.timeline.ViewState;

/**
 * The timeline bar under the map: presets, pivot and day-zone choices, the stacked histogram,
 * a two-thumb range slider whose middle drags the whole window, typed start and end times, the
 * visible count, and playback. It edits only the {@link TimelineViewModel}'s view state and
 * follows it back (guarded against feedback loops). FX thread only.
 */
public final class TimelineBar extends VBox {

    static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final TimelineViewModel model;
    private final HistogramView histogramView = new HistogramView();
    private final RangeSlider slider = new RangeSlider(0, 1, 0, 1);
    private final RangeSlider compareSlider = new RangeSlider(0, 1, 0, 1);
    private final Label compareLabel = new Label("Right pane window");
    private final TextField startField = new TextField();
    private final TextField endField = new TextField();
    private final Label count = new Label();
    private final ComboBox<ReferenceDate> pivotChoice = new ComboBox<>();
    private final ChoiceBox<ReportZone> zoneChoice = new ChoiceBox<>();
    private final ToggleButton compareToggle = new ToggleButton("Compare");
    private final PlaybackControls playback;
    private final Button editReferences = new Button("Dates…");
    private Runnable onEditReferences = () -> { };
    private boolean updating;

    public TimelineBar(TimelineViewModel model) {
        this.model = model;
        this.playback = new PlaybackControls(model);
        setId("timeline-bar");
        getStyleClass().add("timeline-bar");
        setSpacing(4);
        setPadding(new Insets(6, 10, 6, 10));
        slider.setId("timeline-slider");
        slider.setShowTickMarks(false);
        slider.setBlockIncrement(1);
        startField.setId("window-start");
        endField.setId("window-end");
        startField.setPrefColumnCount(12);
        endField.setPrefColumnCount(12);
        startField.setTooltip(new Tooltip("Window start, yyyy-MM-dd HH:mm in the chosen zone; Enter applies"));
        endField.setTooltip(new Tooltip("Window end (exclusive), yyyy-MM-dd HH:mm; Enter applies"));
        count.setId("visible-count");
        count.getStyleClass().add("visible-count");
        pivotChoice.setId("pivot-choice");
        pivotChoice.setTooltip(new Tooltip("The reference date that splits before from after"));
        pivotChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReferenceDate r) {
                return r == null ? "" : r.label();
            }

            @Override
            public ReferenceDate fromString(String s) {
                return null;
            }
        });
        zoneChoice.setId("day-zone");
        zoneChoice.getItems().setAll(ReportZone.values());
        zoneChoice.setTooltip(new Tooltip("Days start at midnight in this zone"));
        compareToggle.setId("compare-toggle");
        compareToggle.setTooltip(new Tooltip("Split the map: before window left, after window right (C)"));

        HBox presets = new HBox(4);
        for (Preset p : Preset.values()) {
            Button b = new Button(p.label());
            b.setId("preset-" + p.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            b.setFocusTraversable(false);
            b.setOnAction(e -> applyPreset(p));
            presets.getChildren().add(b);
        }
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        editReferences.setId("edit-references");
        editReferences.setTooltip(new Tooltip("Edit the reference dates kept in the file"));
        editReferences.setOnAction(e -> onEditReferences.run());
        HBox top = new HBox(8, presets, grow, new Label("Pivot"), pivotChoice, editReferences, new Label("Days in"),
                zoneChoice, compareToggle);
        top.setAlignment(Pos.CENTER_LEFT);
        Region grow2 = new Region();
        HBox.setHgrow(grow2, Priority.ALWAYS);
        HBox bottom = new HBox(8, new Label("From"), startField, new Label("to"), endField, count, grow2, playback);
        bottom.setAlignment(Pos.CENTER_LEFT);
        compareSlider.setId("compare-slider");
        compareSlider.setBlockIncrement(1);
        compareLabel.getStyleClass().add("compare-label");
        compareSlider.managedProperty().bind(compareSlider.visibleProperty());
        compareLabel.managedProperty().bind(compareLabel.visibleProperty());
        compareSlider.setVisible(false);
        compareLabel.setVisible(false);
        getChildren().addAll(top, histogramView, slider, compareLabel, compareSlider, bottom);
        compareSlider.lowValueProperty().addListener((o, a, b) -> compareSliderMoved());
        compareSlider.highValueProperty().addListener((o, a, b) -> compareSliderMoved());

        slider.lowValueProperty().addListener((o, a, b) -> sliderMoved());
        slider.highValueProperty().addListener((o, a, b) -> sliderMoved());
        startField.setOnAction(e -> typed());
        endField.setOnAction(e -> typed());
        startField.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                typed();
            }
        });
        endField.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                typed();
            }
        });
        pivotChoice.valueProperty().addListener((o, a, r) -> {
            if (!updating && r != null && model.state() != null) {
                model.stateProperty().set(model.state().withPivot(r.id()));
            }
        });
        zoneChoice.valueProperty().addListener((o, a, z) -> {
            if (!updating && z != null && model.state() != null) {
                model.stateProperty().set(model.state().withDayZone(z));
            }
        });
        compareToggle.selectedProperty().addListener((o, a, on) -> {
            if (!updating && model.state() != null) {
                setCompare(on);
            }
        });
        model.stateProperty().addListener(o -> refresh());
        model.spanProperty().addListener(o -> refresh());
        model.histogramProperty().addListener(o -> refresh());
        model.referencesProperty().addListener(o -> refresh());
        model.visibleCountProperty().addListener(o -> refreshCount());
        model.ambiguousCountProperty().addListener(o -> refreshCount());
        model.totalCountProperty().addListener(o -> refreshCount());
        model.compareCountProperty().addListener(o -> refresh());
    }

    /** What "Dates…" does (the owner edits and saves the file's reference dates). */
    public void setOnEditReferences(Runnable r) {
        this.onEditReferences = r;
    }

    public RangeSlider slider() {
        return slider;
    }

    public PlaybackControls playback() {
        return playback;
    }

    /** Compare mode: by default the left pane shows before the pivot, the right pane after it. */
    public void setCompare(boolean on) {
        ViewState s = model.state();
        TimeWindow span = model.spanProperty().get();
        ReferenceDate pivot = model.pivot();
        if (s == null || span == null) {
            return;
        }
        if (on && pivot != null && s.compareWindow().equals(s.window())) {
            long p = pivot.at().toEpochMilli();
            s = s.withWindow(Preset.BEFORE.window(span, p)).withCompareWindow(Preset.AFTER.window(span, p));
        }
        model.stateProperty().set(s.withCompare(on));
    }

    private void compareSliderMoved() {
        TimeWindow span = model.spanProperty().get();
        if (updating || span == null || model.state() == null) {
            return;
        }
        long start = span.startMs() + Math.round(compareSlider.getLowValue() * TimeWindow.DAY_MS);
        long end = span.startMs() + Math.round(compareSlider.getHighValue() * TimeWindow.DAY_MS);
        model.stateProperty().set(model.state().withCompareWindow(new TimeWindow(start, Math.max(start, end))));
    }

    public RangeSlider compareSlider() {
        return compareSlider;
    }

    void applyPreset(Preset p) {
        TimeWindow span = model.spanProperty().get();
        ReferenceDate pivot = model.pivot();
        if (span != null && pivot != null && model.state() != null) {
            model.stateProperty().set(model.state().withWindow(p.window(span, pivot.at().toEpochMilli())));
        }
    }

    private void sliderMoved() {
        TimeWindow span = model.spanProperty().get();
        if (updating || span == null || model.state() == null) {
            return;
        }
        long start = span.startMs() + Math.round(slider.getLowValue() * TimeWindow.DAY_MS);
        long end = span.startMs() + Math.round(slider.getHighValue() * TimeWindow.DAY_MS);
        model.stateProperty().set(model.state().withWindow(new TimeWindow(start, Math.max(start, end))));
    }

    private void typed() {
        ViewState s = model.state();
        if (updating || s == null) {
            return;
        }
        try {
            long start = parse(startField.getText(), s.dayZone());
            long end = parse(endField.getText(), s.dayZone());
            if (end < start) {
                throw new IllegalArgumentException("the end is before the start");
            }
            startField.getStyleClass().remove("field-error");
            endField.getStyleClass().remove("field-error");
            model.stateProperty().set(s.withWindow(new TimeWindow(start, end)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            TextField bad = e instanceof DateTimeParseException dtp && dtp.getParsedString().equals(endField.getText())
                    ? endField : startField;
            if (!bad.getStyleClass().contains("field-error")) {
                bad.getStyleClass().add("field-error");
            }
            bad.setTooltip(new Tooltip("Not a time: use yyyy-MM-dd HH:mm, e.g. 2025-05-10 17:00 ("
                    + e.getMessage() + ")"));
        }
    }

    static long parse(String text, ReportZone zone) {
        String t = text.strip();
        if (t.length() == 10) {
            t = t + " 00:00";
        }
        return LocalDateTime.parse(t, TYPED).atZone(zone.zone()).toInstant().toEpochMilli();
    }

    /** A time as the bar shows it, e.g. "2025-05-10 17:00", in the given zone. */
    public static String formatTime(long ms, ReportZone zone) {
        return format(ms, zone);
    }

    static String format(long ms, ReportZone zone) {
        return TYPED.format(Instant.ofEpochMilli(ms).atZone(zone.zone()));
    }

    private void refresh() {
        ViewState s = model.state();
        TimeWindow span = model.spanProperty().get();
        if (s == null || span == null) {
            return;
        }
        updating = true;
        try {
            double maxDays = span.durationMs() / (double) TimeWindow.DAY_MS;
            if (slider.getMax() != maxDays) {
                slider.setMax(maxDays);
            }
            double low = (s.window().startMs() - span.startMs()) / (double) TimeWindow.DAY_MS;
            double high = (s.window().endMs() - span.startMs()) / (double) TimeWindow.DAY_MS;
            slider.setHighValue(Math.max(slider.getLowValue(), Math.min(maxDays, high)));
            slider.setLowValue(Math.max(0, low));
            slider.setHighValue(Math.min(maxDays, high));
            if (compareSlider.getMax() != maxDays) {
                compareSlider.setMax(maxDays);
            }
            double cLow = (s.compareWindow().startMs() - span.startMs()) / (double) TimeWindow.DAY_MS;
            double cHigh = (s.compareWindow().endMs() - span.startMs()) / (double) TimeWindow.DAY_MS;
            compareSlider.setHighValue(Math.max(compareSlider.getLowValue(), Math.min(maxDays, cHigh)));
            compareSlider.setLowValue(Math.max(0, cLow));
            compareSlider.setHighValue(Math.min(maxDays, cHigh));
            compareSlider.setVisible(s.compare());
            compareLabel.setVisible(s.compare());
            compareLabel.setText("Right pane: " + format(s.compareWindow().startMs(), s.dayZone()) + " → "
                    + format(s.compareWindow().endMs(), s.dayZone()) + " " + s.dayZone().code()
                    + String.format(" · %,d incidents", model.compareCountProperty().get()));
            if (!startField.isFocused()) {
                startField.setText(format(s.window().startMs(), s.dayZone()));
            }
            if (!endField.isFocused()) {
                endField.setText(format(s.window().endMs(), s.dayZone()));
            }
            pivotChoice.getItems().setAll(model.referencesProperty().get());
            pivotChoice.setValue(model.pivot());
            zoneChoice.setValue(s.dayZone());
            compareToggle.setSelected(s.compare());
            histogramView.show(model.histogramProperty().get(), span, s.window(), s.compare() ? s.compareWindow() : null,
                    model.referencesProperty().get(), model.pivot());
        } finally {
            updating = false;
        }
        refreshCount();
    }

    private void refreshCount() {
        String text = String.format("%,d of %,d incidents", model.visibleCountProperty().get(),
                model.totalCountProperty().get());
        if (model.ambiguousCountProperty().get() > 0) {
            text += String.format(" · %,d straddle the pivot", model.ambiguousCountProperty().get());
        }
        count.setText(text);
    }

    /** The count readout, e.g. "412 of 5,030 incidents". */
    public String countText() {
        return count.getText();
    }
}
