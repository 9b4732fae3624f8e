package org.sitmap.app;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import org.sitmap.basemap.BasemapSchema;
import org.sitmap.core.Incident;
import org.sitmap.core.ReportZone;
import org.sitmap.editing.IncidentDraft;
import org.sitmap.editing.IncidentEditor;
import org.sitmap.editing.IncidentValidation;
import org.sitmap.editing.LocationPrecision;
import org.sitmap.editing.fx.IncidentForm;
import org.sitmap.incidents.IncidentTable;
import org.sitmap.io.store.EditConflictException;
import org.sitmap.map.Viewport;
import org.sitmap.map.projection.WebMercator;
import org.sitmap.situation.IncidentFile;

/**
 * Adding, editing, moving and deleting incidents from the window: "New incident here" on the
 * map's context menu (prefilled with the position, its district and the nearest place), Edit… /
 * Delete… / History… on the details panel, dragging the selected marker, and undo / redo. Each
 * edit runs on the window's background executor ({@link IncidentEditor}: one transaction with its
 * audit row); the table that follows it is built there too, then swapped into the window so the
 * map, timeline and histogram update without reading the file again. A conflict with another
 * instance's change is shown with the offer to reload. FX thread only, apart from task bodies.
 */
final class EditActions {

    private final MainWindow window;
    private final PlaceLookup places;
    private final EditorName names;
    private final EditMenu menu;
    private final EditViews views;
    private final Clock clock;
    private volatile String user = EditorName.osName();
    private IncidentEditor editor;
    /** The table the next edit applies to; written only by tasks on the (single) background thread. */
    private volatile IncidentTable table;
    private ContextMenu contextMenu;

    EditActions(MainWindow window, EditorName names, Clock clock) {
        this.window = window;
        this.names = names;
        this.clock = clock;
        this.places = new PlaceLookup(window);
        this.views = new EditViews(window, this);
        this.menu = new EditMenu(this, views);
        window.background().execute(() -> user = names.get());
        window.incidentFileProperty().addListener((o, old, f) -> fileChanged(old, f));
        window.map().setOnContextMenuRequested(e -> {
            contextMenu(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
            e.consume();
        });
        // platforms (and headless Monocle) that send no context-menu event still send the button
        window.map().addEventHandler(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY) {
                contextMenu(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
            }
        });
        window.map().setDragHandler(new MarkerDrag(window, this));
        Button edit = button("details-edit", "Edit…", this::editShown);
        Button delete = button("details-delete", "Delete…", this::deleteShown);
        Button history = button("details-history", "History…", () -> views.incidentHistory(window.details().shown()));
        window.details().setActions(edit, delete, history);
    }

    EditViews views() {
        return views;
    }

    EditMenu menu() {
        return menu;
    }

    IncidentEditor editor() {
        return editor;
    }

    String user() {
        return user;
    }

    void setUser(String name) {
        window.background().execute(() -> {
            names.set(name);
            user = names.get();
            IncidentEditor e = editor;
            if (e != null) {
                e.setUser(user);
            }
        });
    }

    private void fileChanged(IncidentFile old, IncidentFile now) {
        if (now == null) {
            editor = null;
            table = null;
        } else if (now.table() != table) {
            table = now.table();
            if (editor == null || !editor.file().equals(now.file())) {
                editor = new IncidentEditor(now.file(), user);
            }
        }
        menu.refresh();
    }

    private void contextMenu(double x, double y, double screenX, double screenY) {
        Viewport v = window.map().viewportProperty().get();
        if (v == null || contextMenu != null && contextMenu.isShowing()) {
            return;
        }
        double lon = WebMercator.INSTANCE.lonOf(v.worldX(x));
        double lat = WebMercator.INSTANCE.latOf(v.worldY(y));
        MenuItem add = new MenuItem("New incident here…");
        add.setId("ctx-new-incident");
        add.setOnAction(a -> newIncidentAt(lon, lat));
        contextMenu = new ContextMenu(add);
        contextMenu.setId("map-context-menu");
        contextMenu.show(window.map(), screenX, screenY);
    }

    /** Opens the form for a new incident at (lon, lat), prefilled from the basemap. */
    void newIncidentAt(double lon, double lat) {
        if (requireFile() != null) {
            prefilledForm(lon, lat);
        }
    }

    private void prefilledForm(double lon, double lat) {
        IncidentDraft d = new IncidentDraft();
        d.lat = String.format(Locale.ROOT, "%.5f", lat);
        d.lon = String.format(Locale.ROOT, "%.5f", lon);
        d.zone = ReportZone.IST;
        d.start = IncidentValidation.format(clock.instant().truncatedTo(ChronoUnit.MINUTES), d.zone.zone());
        d.locationPrecisionCode = LocationPrecision.POINT;
        places.prefill(d, lon, lat, filled -> {
            IncidentFile f = requireFile();
            if (f != null) {
                openForm(f, filled, false);
            }
        });
    }

    /** Keyboard path: a new incident at the centre of the map. */
    void newIncidentAtCentre() {
        Viewport v = window.map().viewportProperty().get();
        if (v == null) {
            return;
        }
        newIncidentAt(WebMercator.INSTANCE.lonOf(v.centerX()), WebMercator.INSTANCE.latOf(v.centerY()));
    }

    void editShown() {
        Incident shown = window.details().shown();
        IncidentFile f = requireFile();
        if (shown != null && f != null) {
            places.withGazetteer(() -> openForm(f, IncidentDraft.of(shown), true));
        }
    }

    private void openForm(IncidentFile f, IncidentDraft d, boolean editing) {
        Incident original = editing ? window.details().shown() : null;
        IncidentForm form = new IncidentForm(window.getScene().getWindow(), d, places.gazetteer(), editing,
                f.synthetic(), clock, BasemapSchema.REGION);
        form.showAndWait().ifPresent(r -> {
            if (editing) {
                run("Saving incident " + original.id(), e -> e.update(original, r.incident(), r.reason()));
            } else {
                run("Adding the incident", e -> e.add(r.incident(), r.reason().isBlank() ? "new report" : r.reason()));
            }
        });
    }

    void deleteShown() {
        Incident shown = window.details().shown();
        if (shown == null || requireFile() == null) {
            return;
        }
        views.askReason("Delete incident " + shown.id() + "?", "Deleting is recorded in the audit log and can be "
                + "undone with Ctrl+Z. Why delete it?", "duplicate of another report")
                .ifPresent(reason -> run("Deleting incident " + shown.id(), e -> e.delete(shown, reason)));
    }

    void move(Incident shown, double lon, double lat, String reason) {
        run("Moving incident " + shown.id(), e -> e.move(shown, lon, lat, reason));
    }

    void undo() {
        run("Undoing", IncidentEditor::undo);
    }

    void redo() {
        run("Redoing", IncidentEditor::redo);
    }

    /** One edit of the editor's file. */
    @FunctionalInterface
    interface Edit {
        IncidentEditor.Change apply(IncidentEditor editor) throws Exception;
    }

    private record Done(IncidentEditor.Change change, IncidentTable table) {
    }

    /** Runs an edit and the table update that follows it on the background executor. */
    private void run(String what, Edit edit) {
        IncidentEditor e = editor;
        if (e == null) {
            return;
        }
        window.statusBar().setStatus(what + " …");
        Task<Done> task = new Task<>() {
            @Override
            protected Done call() throws Exception {
                IncidentEditor.Change c = edit.apply(e);
                if (c == null) {
                    return new Done(null, table);
                }
                IncidentTable next = table.edited(c.removedFid(), c.added(), WebMercator.INSTANCE);
                table = next;
                return new Done(c, next);
            }
        };
        task.setOnSucceeded(x -> applied(e, task.getValue()));
        task.setOnFailed(x -> failed(e, what, task.getException()));
        window.background().execute(task);
    }

    private void applied(IncidentEditor e, Done done) {
        IncidentFile f = window.incidentFileProperty().get();
        menu.refresh();
        if (done.change() == null) {
            window.statusBar().setStatus("Nothing to do");
            return;
        }
        if (f == null || !f.file().equals(e.file())) {
            return;
        }
        window.replaceIncidentFile(new IncidentFile(f.file(), done.table(), f.synthetic(), f.description(),
                f.referenceDates()));
        IncidentEditor.Change c = done.change();
        Incident shown = window.details().shown();
        if (c.added() != null) {
            window.details().show(c.added());
            double[] at = {WebMercator.INSTANCE.xOf(c.added().lon()), WebMercator.INSTANCE.yOf(c.added().lat())};
            window.map().setHighlight(at);
        } else if (shown != null && shown.id().equals(c.removedFid())) {
            window.details().setHint("Incident " + c.removedFid() + " was deleted. " + menu.undoHint());
            window.map().setHighlight(null);
        }
        String note = "";
        var s = window.timeline().state();
        if (c.added() != null && s != null && !s.window().contains(c.added().startUtc().toEpochMilli())) {
            note = " — it is outside the time window shown; choose \u201cAll\u201d on the timeline to see it";
        }
        window.statusBar().setStatus(c.summary() + " (audit #" + c.auditId() + ")" + note);
    }

    private void failed(IncidentEditor e, String what, Throwable t) {
        menu.refresh();
        String reason = t.getMessage() != null ? t.getMessage() : t.toString();
        window.statusBar().setStatus(what + " failed");
        if (t instanceof EditConflictException) {
            Alert a = new Alert(Alert.AlertType.WARNING, reason, new ButtonType("Reload the file"), ButtonType.CLOSE);
            a.initOwner(window.getScene().getWindow());
            a.setHeaderText("Someone else changed this incident");
            a.getDialogPane().setMinWidth(560);
            a.showAndWait().filter(b -> b != ButtonType.CLOSE).ifPresent(b -> window.fileActions().open(e.file()));
            return;
        }
        views.error(what + " failed", reason);
    }

    private IncidentFile requireFile() {
        IncidentFile f = window.incidentFileProperty().get();
        if (f == null || editor == null) {
            views.error("No incident file is open", "Open an incident file (Ctrl+O) or create one (Ctrl+N) first.");
            return null;
        }
        return f;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    PlaceLookup places() {
        return places;
    }

    Instant now() {
        return clock.instant();
    }
}
