package org.sitmap.timeline.fx;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.sitmap.timeline.ViewState;

/**
 * Filters besides time and type (types are the legend's toggles): reporting side, district,
 * minimum casualties, Admiralty grading shown, coarsest location precision, and free text over
 * location and notes (resolved in the file off-thread by the owner, applied on Enter). Every
 * change replaces the view state; "Reset" clears them all. FX thread only.
 */
public final class FilterPanel extends VBox {

    private final TimelineViewModel model;
    private final CheckComboBox<String> sides = new CheckComboBox<>();
    private final CheckComboBox<String> districts = new CheckComboBox<>();
    private final Spinner<Integer> minCasualties = new Spinner<>(0, 1000, 0);
    private final CheckComboBox<Character> reliability = new CheckComboBox<>();
    private final CheckComboBox<Integer> credibility = new CheckComboBox<>();
    private final ChoiceBox<String> precision = new ChoiceBox<>();
    private final TextField text = new TextField();
    private Consumer<String> onText = t -> { };
    private boolean updating;

    public FilterPanel(TimelineViewModel model) {
        this.model = model;
        setId("filter-panel");
        setSpacing(6);
        setPadding(new Insets(10));
        Label title = new Label("Filters");
        title.getStyleClass().add("panel-title");
        sides.setId("filter-sides");
        districts.setId("filter-districts");
        minCasualties.setId("filter-min-casualties");
        minCasualties.setEditable(true);
        minCasualties.setPrefWidth(80);
        reliability.setId("filter-reliability");
        credibility.setId("filter-credibility");
        precision.setId("filter-precision");
        text.setId("filter-text");
        text.setPromptText("location or notes; Enter");
        sides.setTooltip(new Tooltip("Tick sides to show only their reports; none ticked shows all"));
        districts.setTooltip(new Tooltip("Tick districts to show only them; none ticked shows all"));
        reliability.getItems().setAll('A', 'B', 'C', 'D', 'E', 'F');
        credibility.getItems().setAll(1, 2, 3, 4, 5, 6);
        reliability.getCheckModel().checkAll();
        credibility.getCheckModel().checkAll();
        reliability.setTooltip(new Tooltip("Source reliability shown (Admiralty A–F); ungraded reports always show"));
        credibility.setTooltip(new Tooltip("Information credibility shown (Admiralty 1–6)"));
        precision.getItems().setAll("Any", "1 (best) only", "1–2", "1–3");
        precision.setValue("Any");
        Button reset = new Button("Reset filters");
        reset.setId("filter-reset");
        reset.setOnAction(e -> reset());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(5);
        int r = 0;
        grid.addRow(r++, new Label("Reported by"), sides);
        grid.addRow(r++, new Label("District"), districts);
        grid.addRow(r++, new Label("Min. killed + injured"), minCasualties);
        grid.addRow(r++, new Label("Reliability"), reliability);
        grid.addRow(r++, new Label("Credibility"), credibility);
        grid.addRow(r++, new Label("Location precision"), precision);
        grid.addRow(r, new Label("Text"), text);
        getChildren().addAll(title, grid, reset);

        ListChangeListener<Object> changed = c -> apply();
        sides.getCheckModel().getCheckedItems().addListener(changed);
        districts.getCheckModel().getCheckedItems().addListener(changed);
        reliability.getCheckModel().getCheckedItems().addListener(changed);
        credibility.getCheckModel().getCheckedItems().addListener(changed);
        minCasualties.valueProperty().addListener(o -> apply());
        precision.valueProperty().addListener(o -> apply());
        text.setOnAction(e -> onText.accept(text.getText()));
        model.stateProperty().addListener((o, old, now) -> showFilters(old, now));
    }

    /**
     * Shows the state's filters in the controls when something else set them (a saved view was
     * applied), so the next change made here starts from what the map shows.
     */
    private void showFilters(ViewState old, ViewState s) {
        if (s == null || updating || s.sameFilters(old)) {
            return; // a slider step changes only the window: nothing to show
        }
        boolean textChanged = old == null || !old.text().equals(s.text());
        updating = true;
        try {
            checkOnly(sides, s.sides());
            checkOnly(districts, s.districts());
            Set<Character> rel = new HashSet<>(List.of('A', 'B', 'C', 'D', 'E', 'F'));
            rel.removeAll(s.hiddenReliability());
            checkOnly(reliability, rel);
            Set<Integer> cred = new HashSet<>(List.of(1, 2, 3, 4, 5, 6));
            cred.removeAll(s.hiddenCredibility());
            checkOnly(credibility, cred);
            if (!Integer.valueOf(s.minCasualties()).equals(minCasualties.getValue())) {
                minCasualties.getValueFactory().setValue(s.minCasualties());
            }
            int p = Math.max(0, Math.min(3, s.maxLocationPrecision()));
            if (precision.getSelectionModel().getSelectedIndex() != p) {
                precision.getSelectionModel().select(p);
            }
            if (textChanged && !text.getText().strip().equals(s.text())) {
                text.setText(s.text());
            }
        } finally {
            updating = false;
        }
    }

    private static <T> void checkOnly(CheckComboBox<T> box, Set<T> wanted) {
        if (new HashSet<>(box.getCheckModel().getCheckedItems()).equals(wanted)) {
            return;
        }
        box.getCheckModel().clearChecks();
        for (T item : box.getItems()) {
            if (wanted.contains(item)) {
                box.getCheckModel().check(item);
            }
        }
    }

    /** Who resolves free text into rows (reads the file off-thread, then updates the state). */
    public void setOnText(Consumer<String> handler) {
        this.onText = handler;
    }

    /** Offers the values present in the open file. */
    public void setChoices(List<String> sideValues, List<String> districtValues) {
        updating = true;
        try {
            sides.getCheckModel().clearChecks();
            districts.getCheckModel().clearChecks();
            sides.getItems().setAll(nonEmpty(sideValues));
            districts.getItems().setAll(nonEmpty(districtValues));
            ViewState now = model.state();
            if (now != null) { // new lists (an edit added a district): keep showing the state's ticks
                checkOnly(sides, now.sides());
                checkOnly(districts, now.districts());
            }
        } finally {
            updating = false;
        }
    }

    private static List<String> nonEmpty(List<String> values) {
        return values.stream().filter(v -> !v.isBlank()).sorted().toList();
    }

    private void apply() {
        ViewState s = model.state();
        if (updating || s == null) {
            return;
        }
        Set<Character> hiddenRel = new HashSet<>(List.of('A', 'B', 'C', 'D', 'E', 'F'));
        hiddenRel.removeAll(reliability.getCheckModel().getCheckedItems());
        Set<Integer> hiddenCred = new HashSet<>(List.of(1, 2, 3, 4, 5, 6));
        hiddenCred.removeAll(credibility.getCheckModel().getCheckedItems());
        int maxPrecision = precision.getSelectionModel().getSelectedIndex() <= 0 ? 0
                : precision.getSelectionModel().getSelectedIndex();
        model.stateProperty().set(s.withFilters(new LinkedHashSet<>(sides.getCheckModel().getCheckedItems()),
                new LinkedHashSet<>(districts.getCheckModel().getCheckedItems()),
                minCasualties.getValue() == null ? 0 : minCasualties.getValue(), hiddenRel, hiddenCred, maxPrecision,
                s.text()));
    }

    private void reset() {
        updating = true;
        try {
            sides.getCheckModel().clearChecks();
            districts.getCheckModel().clearChecks();
            reliability.getCheckModel().checkAll();
            credibility.getCheckModel().checkAll();
            minCasualties.getValueFactory().setValue(0);
            precision.setValue("Any");
            text.clear();
        } finally {
            updating = false;
        }
        ViewState s = model.state();
        if (s != null) {
            model.stateProperty().set(s.withFilters(Set.of(), Set.of(), 0, Set.of(), Set.of(), 0, ""));
        }
    }
}
