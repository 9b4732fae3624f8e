package org.sitmap.editing.fx;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.core.Incident;
import org.sitmap.editing.FormField;
import org.sitmap.editing.Gazetteer;
import org.sitmap.editing.IncidentDraft;
import org.sitmap.editing.IncidentValidation;

/**
 * The incident form, as a dialog: every field of the schema (see {@link FormFields}), validated
 * as you type with a message beside each field; Save stays disabled while anything is invalid.
 * Keyboard-only: fields in reading order, Enter saves (Ctrl+Enter from the notes), Esc cancels.
 * Edits need a reason (it goes into the audit log). The result is the checked incident and the
 * reason, or empty on cancel. FX thread only.
 */
public final class IncidentForm extends Dialog<IncidentForm.Result> {

    /** The saved incident (id null for a new one) and the reason for the audit log. */
    public record Result(Incident incident, String reason) {
    }

    private final FormFields fields;
    private final Map<FormField, Label> messages = new EnumMap<>(FormField.class);
    private final Label reasonMessage = new Label();
    private final Clock clock;
    private final Envelope region;
    private final boolean editing;
    private IncidentValidation.Result last;

    /**
     * @param draft what to start from (a stored record, or a prefilled new one)
     * @param gazetteer the place search, or null when no basemap is loaded
     * @param editing true for an existing record (a reason is then required)
     * @param synthetic the open file is the synthetic demo file (the form says so)
     */
    public IncidentForm(Window owner, IncidentDraft draft, Gazetteer gazetteer, boolean editing, boolean synthetic,
                        Clock clock, Envelope region) {
        this.clock = clock;
        this.region = region;
        this.editing = editing;
        initOwner(owner);
        setTitle(editing ? "Edit incident " + draft.id : "New incident");
        setHeaderText(editing ? "Edit incident " + draft.id + " — changes are recorded in the file's audit log"
                : "New incident — plot the report");
        setResizable(true);
        for (FormField f : FormField.values()) {
            Label l = new Label();
            l.setId("msg-" + f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            l.getStyleClass().add("form-message");
            l.setWrapText(true);
            l.setVisible(false);
            l.setManaged(false);
            messages.put(f, l);
        }
        reasonMessage.setId("msg-reason");
        reasonMessage.getStyleClass().add("form-message");
        fields = new FormFields(draft, gazetteer, messages, reasonMessage, editing, this::revalidate);
        VBox content = new VBox(8);
        if (synthetic) {
            Label banner = new Label("This is the SYNTHETIC demo file: what you save here is marked SYNTHETIC "
                    + "(a practice record, never a real report). Create a new incident file for real reports.");
            banner.setId("form-synthetic");
            banner.getStyleClass().add("form-synthetic");
            banner.setWrapText(true);
            content.getChildren().add(banner);
        }
        content.getChildren().add(fields);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(640);
        scroll.setPrefViewportWidth(720);
        getDialogPane().setContent(scroll);
        getDialogPane().setId("incident-form");
        ButtonType save = new ButtonType(editing ? "Save changes" : "Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        getDialogPane().lookupButton(save).setId("form-save");
        getDialogPane().lookupButton(ButtonType.CANCEL).setId("form-cancel");
        getDialogPane().getStylesheets().addAll(owner == null || owner.getScene() == null ? java.util.List.of()
                : owner.getScene().getStylesheets());
        getDialogPane().getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER,
                KeyCombination.SHORTCUT_DOWN), () -> {
                    var b = (javafx.scene.control.Button) getDialogPane().lookupButton(save);
                    if (!b.isDisabled()) {
                        b.fire();
                    }
                });
        setResultConverter(b -> b == save && last != null && last.valid() ? new Result(last.incident(),
                fields.reason()) : null);
        setOnShown(e -> fields.focusFirst());
        revalidate();
    }

    /** Re-checks the whole draft and shows each field's message; disables Save while invalid. */
    private void revalidate() {
        last = IncidentValidation.check(fields.draft(), clock.instant(), region);
        for (var e : messages.entrySet()) {
            String text = last.messages().get(e.getKey());
            e.getValue().setText(text);
            e.getValue().setVisible(text != null);
            e.getValue().setManaged(text != null);
        }
        boolean reasonMissing = editing && fields.reason().isBlank();
        reasonMessage.setText(reasonMissing ? "Say why you change it (goes into the audit log)." : "");
        fields.refreshReadouts(last);
        var saveButton = getDialogPane().lookupButton(getDialogPane().getButtonTypes().get(0));
        if (saveButton != null) {
            saveButton.setDisable(!last.valid() || reasonMissing);
        }
    }

    /** The message shown for a field, or null (tests and accessibility). */
    public String message(FormField f) {
        Label l = messages.get(f);
        return l.isVisible() ? l.getText() : null;
    }

    public boolean canSave() {
        return last != null && last.valid() && !(editing && fields.reason().isBlank());
    }
}
