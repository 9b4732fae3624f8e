package org.sitmap.editing.fx;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.sitmap.core.IncidentType;
import org.sitmap.core.LonLatFormat;
import org.sitmap.core.MgrsFormat;
import org.sitmap.core.ReportZone;
import org.sitmap.core.TimePrecision;
import org.sitmap.editing.FormField;
import org.sitmap.editing.Gazetteer;
import org.sitmap.editing.GazetteerEntry;
import org.sitmap.editing.IncidentDraft;
import org.sitmap.editing.IncidentValidation;
import org.sitmap.editing.LocationPrecision;

/**
 * The controls of the incident form, laid out in the order an analyst reads a report: where
 * (place search, position with its DMS and MGRS readout, district, place, location precision),
 * when (start and end in the report's zone with UTC beside them, time precision), what (type,
 * sub-type, sides), casualties with their splits, sources with URLs, Admiralty grading, source
 * id, notes and the reason. {@link #draft()} reads them into an {@link IncidentDraft}. FX thread.
 */
final class FormFields extends GridPane {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");
    private final IncidentDraft base;
    private final Runnable onChange;
    private final PlaceSearch search;
    private final TextField lat = text("form-lat");
    private final TextField lon = text("form-lon");
    private final Label position = new Label();
    private final CheckBox confirmed = new CheckBox("Position confirmed (outside the map region on purpose)");
    private final TextField district = text("form-district");
    private final TextField admin1 = text("form-admin1");
    private final TextField location = text("form-location");
    private final ChoiceBox<Integer> precision = new ChoiceBox<>();
    private final TextField start = text("form-start");
    private final TextField end = text("form-end");
    private final ChoiceBox<ReportZone> zone = new ChoiceBox<>(FXCollections.observableArrayList(ReportZone.values()));
    private final Label startUtc = new Label();
    private final Label endUtc = new Label();
    private final ChoiceBox<TimePrecision> timePrecision =
            new ChoiceBox<>(FXCollections.observableArrayList(TimePrecision.values()));
    private final ComboBox<IncidentType> type = new ComboBox<>(FXCollections.observableArrayList(IncidentType.values()));
    private final TextField subType = text("form-subtype");
    private final TextField actor = text("form-actor");
    private final ComboBox<String> side = new ComboBox<>(FXCollections.observableArrayList("India", "Pakistan",
            "Third party"));
    private final TextField[] killed = {text("form-killed"), text("form-killed-civilian"), text("form-killed-security")};
    private final TextField[] injured = {text("form-injured"), text("form-injured-civilian"),
        text("form-injured-security")};
    private final SourcesEditor sources;
    private final ChoiceBox<Character> reliability = new ChoiceBox<>();
    private final ChoiceBox<Integer> credibility = new ChoiceBox<>();
    private final TextField sourceId = text("form-source-id");
    private final TextArea notes = new TextArea();
    private final TextField reason = text("form-reason");
    private int row;

    FormFields(IncidentDraft d, Gazetteer gazetteer, Map<FormField, Label> messages, Label reasonMessage,
               boolean editing, Runnable onChange) {
        this.base = d;
        this.onChange = onChange;
        setHgap(8);
        setVgap(4);
        setPadding(new Insets(4));
        getColumnConstraints().addAll(new ColumnConstraints(150), new ColumnConstraints(100, 560, Double.MAX_VALUE,
                Priority.ALWAYS, null, true));
        search = new PlaceSearch(gazetteer, d.positionNote, this::placeFrom);
        lat.setText(d.lat);
        lon.setText(d.lon);
        confirmed.setId("form-confirm");
        confirmed.setSelected(d.positionConfirmed);
        position.setId("form-position-text");
        district.setText(d.district);
        admin1.setText(d.admin1);
        location.setText(d.location);
        precision.setId("form-precision");
        precision.getItems().setAll(1, 2, 3);
        precision.setConverter(converter(c -> c == null ? "" : LocationPrecision.label(c)));
        precision.setValue(LocationPrecision.SCHEME.equals(d.locationPrecisionScheme) ? d.locationPrecisionCode : null);
        start.setText(d.start);
        start.setPromptText("yyyy-MM-dd HH:mm");
        end.setText(d.end);
        end.setPromptText("blank: same as start");
        zone.setId("form-zone");
        zone.setValue(d.zone);
        startUtc.setId("form-start-utc");
        endUtc.setId("form-end-utc");
        timePrecision.setId("form-time-precision");
        timePrecision.setValue(d.timePrecision);
        type.setId("form-type");
        type.setValue(d.type);
        type.setConverter(converter(t -> t == null ? "" : t.label()));
        type.setPromptText("Choose a type");
        subType.setText(d.subType);
        actor.setText(d.actor);
        side.setId("form-side");
        side.setEditable(true);
        side.setValue(d.reportingSide);
        side.getEditor().setText(d.reportingSide);
        String[][] casualtyText = {{d.killedTotal, d.killedCivilian, d.killedSecurity},
            {d.injuredTotal, d.injuredCivilian, d.injuredSecurity}};
        for (int k = 0; k < 3; k++) {
            killed[k].setText(casualtyText[0][k]);
            injured[k].setText(casualtyText[1][k]);
        }
        for (TextField[] group : new TextField[][] {killed, injured}) {
            group[0].setPromptText("total");
            group[1].setPromptText("civilians");
            group[2].setPromptText("security forces");
        }
        sources = new SourcesEditor(d.sources, onChange);
        reliability.setId("form-reliability");
        reliability.getItems().setAll(Arrays.asList(null, 'A', 'B', 'C', 'D', 'E', 'F'));
        reliability.setConverter(converter(c -> c == null ? "— ungraded" : c + " " + RELIABILITY[c - 'A']));
        reliability.setValue(d.reliability);
        credibility.setId("form-credibility");
        credibility.getItems().setAll(Arrays.asList(null, 1, 2, 3, 4, 5, 6));
        credibility.setConverter(converter(c -> c == null ? "— ungraded" : c + " " + CREDIBILITY[c - 1]));
        credibility.setValue(d.credibility);
        sourceId.setText(d.sourceEventId);
        notes.setId("form-notes");
        notes.setText(d.notes);
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        reason.setPromptText(editing ? "Why (required): e.g. hospital confirmed a third casualty" : "Optional: e.g. police report");

        section("Where");
        add("Find a place", search);
        add("Latitude, longitude", hbox(lat, lon), messages.get(FormField.POSITION));
        add("", position);
        add("", confirmed);
        add("District", hbox(district, admin1));
        add("Place", location);
        add("Location precision", precision, messages.get(FormField.LOCATION_PRECISION));
        section("When");
        add("Report's time zone", zone);
        add("Start (local)", hbox(start, startUtc), messages.get(FormField.START));
        add("End (local)", hbox(end, endUtc), messages.get(FormField.END));
        add("Time precision", timePrecision, messages.get(FormField.TIME_PRECISION));
        section("What");
        add("Type", type, messages.get(FormField.TYPE));
        add("Sub-type", subType, messages.get(FormField.SUB_TYPE));
        add("Actor", actor);
        add("Reported by", side);
        add("Killed", hbox(killed), messages.get(FormField.KILLED));
        add("Injured", hbox(injured), messages.get(FormField.INJURED));
        section("Sources");
        add("Sources", sources, messages.get(FormField.SOURCES));
        add("Grading", hbox(reliability, credibility), messages.get(FormField.GRADING));
        add("Source's event id", sourceId, messages.get(FormField.SOURCE_ID));
        add("Notes", notes, messages.get(FormField.NOTES));
        add(editing ? "Reason for change" : "Reason (optional)", reason, reasonMessage);
        for (Control c : new Control[] {lat, lon, district, admin1, location, start, end, subType, actor, sourceId,
            notes, reason, killed[0], killed[1], killed[2], injured[0], injured[1], injured[2]}) {
            if (c instanceof TextField t) {
                t.textProperty().addListener(o -> onChange.run());
            }
        }
        notes.textProperty().addListener(o -> onChange.run());
        confirmed.selectedProperty().addListener(o -> onChange.run());
        for (var v : new javafx.beans.value.ObservableValue<?>[] {precision.valueProperty(), zone.valueProperty(),
            timePrecision.valueProperty(), type.valueProperty(), side.getEditor().textProperty(),
            reliability.valueProperty(),
            credibility.valueProperty()}) {
            v.addListener(o -> onChange.run());
        }
    }

    private static final String[] RELIABILITY = {"completely reliable", "usually reliable", "fairly reliable",
        "not usually reliable", "unreliable", "cannot be judged"};
    private static final String[] CREDIBILITY = {"confirmed", "probably true", "possibly true", "doubtful",
        "improbable", "cannot be judged"};

    /** A gazetteer pick: its position, district and place name, and its precision. */
    private void placeFrom(GazetteerEntry e) {
        lat.setText(String.format(java.util.Locale.ROOT, "%.5f", e.lat()));
        lon.setText(String.format(java.util.Locale.ROOT, "%.5f", e.lon()));
        district.setText(e.district() == null ? "" : e.district());
        admin1.setText(e.admin1() == null ? "" : e.admin1());
        location.setText(e.kind() == GazetteerEntry.Kind.DISTRICT ? "" : e.name());
        precision.setValue(e.precisionCode());
    }

    IncidentDraft draft() {
        IncidentDraft d = new IncidentDraft();
        d.id = base.id;
        d.lat = lat.getText();
        d.lon = lon.getText();
        d.positionConfirmed = confirmed.isSelected();
        d.district = district.getText();
        d.admin1 = admin1.getText();
        d.location = location.getText();
        boolean ownScale = precision.getValue() != null || LocationPrecision.SCHEME.equals(base.locationPrecisionScheme);
        d.locationPrecisionScheme = ownScale ? LocationPrecision.SCHEME : base.locationPrecisionScheme;
        d.locationPrecisionCode = ownScale ? precision.getValue() : base.locationPrecisionCode;
        d.zone = zone.getValue();
        d.start = start.getText();
        d.end = end.getText();
        d.timePrecision = timePrecision.getValue();
        d.type = type.getValue();
        d.subType = subType.getText();
        d.actor = actor.getText();
        d.reportingSide = nz(side.getEditor().getText());
        d.killedTotal = killed[0].getText();
        d.killedCivilian = killed[1].getText();
        d.killedSecurity = killed[2].getText();
        d.injuredTotal = injured[0].getText();
        d.injuredCivilian = injured[1].getText();
        d.injuredSecurity = injured[2].getText();
        d.sources = sources.sources();
        d.reliability = reliability.getValue();
        d.credibility = credibility.getValue();
        d.sourceEventId = sourceId.getText();
        d.notes = notes.getText();
        return d;
    }

    /** Live readouts: the position in DMS and MGRS, and start and end in UTC. */
    void refreshReadouts(IncidentValidation.Result r) {
        IncidentDraft d = draft();
        try {
            double la = Double.parseDouble(d.lat.strip());
            double lo = Double.parseDouble(d.lon.strip());
            position.setText(LonLatFormat.dms(la, lo) + "   MGRS " + MgrsFormat.meter(la, lo));
        } catch (NumberFormatException e) {
            position.setText("");
        }
        Instant s = IncidentValidation.parseLocal(d.start, d.zone.zone());
        Instant en = IncidentValidation.parseLocal(d.end, d.zone.zone());
        startUtc.setText(s == null ? "" : "= " + UTC.format(s.atZone(ReportZone.UTC.zone())));
        endUtc.setText(en == null || d.end.isBlank() ? "" : "= " + UTC.format(en.atZone(ReportZone.UTC.zone())));
    }

    String reason() {
        return reason.getText() == null ? "" : reason.getText().strip();
    }

    void focusFirst() {
        search.field().requestFocus();
    }

    private void section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("form-section");
        add(l, 0, row++, 2, 1);
    }

    private void add(String label, Node field, Label... message) {
        add(new Label(label), 0, row);
        add(field, 1, row++);
        for (Label m : message) {
            add(m, 1, row++);
        }
    }

    private static HBox hbox(Node... nodes) {
        HBox box = new HBox(6, nodes);
        for (Node n : nodes) {
            HBox.setHgrow(n, Priority.ALWAYS);
        }
        return box;
    }

    private static TextField text(String id) {
        TextField t = new TextField();
        t.setId(id);
        return t;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
