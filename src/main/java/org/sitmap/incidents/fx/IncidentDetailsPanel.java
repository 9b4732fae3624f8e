package org.sitmap.incidents.fx;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sitmap.core.Incident;
import org.sitmap.core.LonLatFormat;
import org.sitmap.core.MgrsFormat;
import org.sitmap.core.ReportZone;

/**
 * Shows every field of one incident: times in UTC and in the report's zone, type, sides, place
 * with DMS and MGRS, casualties with their splits, sources (the link can be copied; the app opens
 * nothing on the network), Admiralty grading and notes. FX thread only.
 */
public final class IncidentDetailsPanel extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Label title = new Label("No incident selected");
    private final GridPane grid = new GridPane();
    private final HBox actions = new HBox(6);
    private Incident shown;

    public IncidentDetailsPanel() {
        setId("incident-details");
        getStyleClass().add("details-panel");
        setSpacing(8);
        setPadding(new Insets(10));
        title.getStyleClass().add("details-title");
        title.setWrapText(true);
        grid.setHgap(8);
        grid.setVgap(3);
        actions.setId("incident-actions");
        actions.setVisible(false);
        actions.setManaged(false);
        getChildren().addAll(title, actions, grid);
        setHint("Click an incident on the map to see its details.");
    }

    public Incident shown() {
        return shown;
    }

    /** Buttons shown above the fields while an incident is shown (e.g. Edit, Delete, History). */
    public void setActions(javafx.scene.Node... buttons) {
        actions.getChildren().setAll(buttons);
    }

    public void setHint(String text) {
        shown = null;
        actions.setVisible(false);
        actions.setManaged(false);
        title.setText("Incident details");
        grid.getChildren().clear();
        Label hint = new Label(text);
        hint.setWrapText(true);
        grid.add(hint, 0, 0, 2, 1);
    }

    public void show(Incident i) {
        shown = i;
        actions.setVisible(!actions.getChildren().isEmpty());
        actions.setManaged(!actions.getChildren().isEmpty());
        grid.getChildren().clear();
        title.setText(i.type().label() + (i.location() != null ? " — " + i.location() : ""));
        int r = 0;
        r = row(r, "ID", i.id() + (i.sourceEventId() != null ? "  (source: " + i.sourceEventId() + ")" : ""));
        r = row(r, "Start", when(i.startUtc(), i.reportZone()));
        if (!i.endUtc().equals(i.startUtc())) {
            r = row(r, "End", when(i.endUtc(), i.reportZone()));
        }
        r = row(r, "Time precision", i.timePrecision().code());
        r = row(r, "Type", i.type().label() + (i.subType() != null ? " (" + i.subType() + ")" : ""));
        r = row(r, "Actor", i.actor());
        r = row(r, "Reported by", i.reportingSide());
        r = row(r, "District", join(i.district(), i.admin1()));
        r = row(r, "Location", i.location());
        r = row(r, "Position", LonLatFormat.dms(i.lat(), i.lon()) + "\nMGRS " + MgrsFormat.meter(i.lat(), i.lon()));
        r = row(r, "Location precision", i.locationPrecisionScheme() == null ? null
                : i.locationPrecisionScheme() + " " + i.locationPrecisionCode());
        r = row(r, "Killed", casualties(i.killed(), i.killedCivilian(), i.killedSecurity()));
        r = row(r, "Injured", casualties(i.injured(), i.injuredCivilian(), i.injuredSecurity()));
        r = row(r, "Sources", i.sourceNames());
        if (i.sourceUrls() != null) {
            TextField url = new TextField(i.sourceUrls());
            url.setId("incident-url");
            url.setEditable(false);
            Button copy = new Button("Copy link");
            copy.setOnAction(e -> {
                ClipboardContent c = new ClipboardContent();
                c.putString(i.sourceUrls());
                Clipboard.getSystemClipboard().setContent(c);
            });
            HBox box = new HBox(6, url, copy);
            HBox.setHgrow(url, Priority.ALWAYS);
            grid.add(name("Source link"), 0, r);
            grid.add(box, 1, r++);
        }
        r = row(r, "Grading", i.reliability() == null && i.credibility() == null ? null
                : (i.reliability() == null ? "?" : i.reliability().toString()) + (i.credibility() == null ? "?" : i.credibility().toString())
                        + "  (source reliability A–F, information credibility 1–6)");
        row(r, "Notes", i.notes());
    }

    private int row(int r, String name, String value) {
        if (value == null || value.isBlank()) {
            return r;
        }
        Label v = new Label(value);
        v.getStyleClass().add("field-value");
        v.setWrapText(true);
        v.setMaxWidth(260);
        grid.add(name(name), 0, r);
        grid.add(v, 1, r);
        return r + 1;
    }

    private static Label name(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-name");
        l.setMinWidth(110);
        return l;
    }

    private static String when(Instant t, ReportZone zone) {
        return TIME.format(t.atZone(zone.zone())) + " " + zone.code() + "   (" + TIME.format(t.atZone(ReportZone.UTC.zone())) + " UTC)";
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + ", " + b;
    }

    private static String casualties(int total, Integer civilian, Integer security) {
        StringBuilder sb = new StringBuilder(Integer.toString(total));
        if (civilian != null || security != null) {
            sb.append("  (civilian ").append(civilian == null ? "?" : civilian)
                    .append(", security forces ").append(security == null ? "?" : security).append(')');
        }
        return sb.toString();
    }
}
