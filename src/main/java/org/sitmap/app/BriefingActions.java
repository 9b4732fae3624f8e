package org.sitmap.app;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.sitmap.briefing.BannerSettings;
import org.sitmap.briefing.BriefingStore;
import org.sitmap.briefing.SavedView;
import org.sitmap.briefing.ViewEdits;
import org.sitmap.briefing.export.ViewComposer;
import org.sitmap.briefing.export.ViewFraming;
import org.sitmap.briefing.fx.BannerDialog;
import org.sitmap.briefing.fx.ViewsPanel;
import org.sitmap.map.MapContent;
import org.sitmap.map.Viewport;
import org.sitmap.situation.IncidentFile;
import org.sitmap.timeline.ViewState;

/**
 * The briefing in the window: the Views panel and its edits (each saved into the open incident
 * file in one transaction off the FX thread, undone in memory again if the save fails), applying a
 * view to the map and timeline, the banner, the Briefing menu, and entry to presentation mode and
 * the exports. The district table's choice is read and applied through two hooks that default to
 * none. FX thread only; disk work on the window's background executor.
 */
final class BriefingActions implements ViewsPanel.Actions {

    private final MainWindow window;
    private final ViewEdits edits = new ViewEdits(List.of());
    private final ViewsPanel panel = new ViewsPanel(this);
    private final PresentationMode presentation;
    private final BriefingExports exports;
    private BannerSettings banner = BannerSettings.defaultFor(false);
    private IncidentFile file;
    private Supplier<String> districtChoice = () -> null;
    private Consumer<String> applyDistrictChoice = s -> { };

    BriefingActions(MainWindow window) {
        this.window = window;
        this.presentation = new PresentationMode(window, this);
        this.exports = new BriefingExports(window, this);
        window.incidentFileProperty().addListener((o, old, f) -> load(f));
    }

    ViewsPanel panel() {
        return panel;
    }

    PresentationMode presentation() {
        return presentation;
    }

    List<SavedView> views() {
        return edits.views();
    }

    BannerSettings banner() {
        return banner;
    }

    IncidentFile file() {
        return file;
    }

    /** Hooks for the district table: what to save with a view, and how to restore it. */
    void setDistrictChoiceHooks(Supplier<String> read, Consumer<String> apply) {
        this.districtChoice = read;
        this.applyDistrictChoice = apply;
    }

    private void load(IncidentFile f) {
        file = f;
        edits.reset(List.of());
        panel.setViews(List.of(), -1);
        banner = BannerSettings.defaultFor(f != null && f.synthetic());
        if (f == null) {
            return;
        }
        Task<Object[]> read = new Task<>() {
            @Override
            protected Object[] call() throws Exception {
                try (BriefingStore s = BriefingStore.open(f.file(), false)) {
                    return new Object[] {s.views(), s.banner().orElse(BannerSettings.defaultFor(f.synthetic()))};
                }
            }
        };
        read.setOnSucceeded(e -> {
            if (file != f) {
                return;
            }
            BriefingStore.Loaded loaded = (BriefingStore.Loaded) read.getValue()[0];
            banner = (BannerSettings) read.getValue()[1];
            edits.reset(loaded.views());
            panel.setViews(loaded.views(), loaded.views().isEmpty() ? -1 : loaded.views().get(0).id());
            if (!loaded.problems().isEmpty()) {
                error("Some saved views could not be read", String.join("\n", loaded.problems()));
            }
        });
        read.setOnFailed(e -> error("Could not read the briefing views", read.getException().getMessage()));
        window.background().execute(read);
    }

    /** What the map shows now, as a view titled {@code title}. */
    SavedView capture(String title) {
        Viewport v = window.map().viewportProperty().get();
        MapContent c = window.map().contentProperty().get();
        ViewState s = window.timeline().state();
        Instant now = Instant.now();
        return new SavedView(0, title, "", ViewFraming.extentOf(v, window.map().projection()), c.hiddenLayerIds(), s,
                districtChoice.get(), now, now);
    }

    boolean canCapture() {
        return file != null && window.map().viewportProperty().get() != null && window.timeline().state() != null
                && window.map().contentProperty().get() != null;
    }

    @Override
    public void addCurrent(int afterIndex) {
        if (!canCapture()) {
            error("Nothing to save yet", "Open an incident file and wait for the map, then add a view.");
            return;
        }
        ViewState s = window.timeline().state();
        String title = ViewComposer.timeLines(s, 0, 0, false).get(0).replaceFirst("^(Window|Left): ", "");
        SavedView added = edits.add(capture(title), afterIndex);
        saved(added.id(), "Added view " + (edits.indexOf(added.id()) + 1) + " (F2 renames it)");
    }

    @Override
    public void updateToCurrent(SavedView v) {
        if (!canCapture()) {
            return;
        }
        SavedView now = capture(v.title());
        edits.update(v.id(), old -> old.withCapture(now.extent(), now.hiddenLayerIds(), now.state(), now.districtChoice(),
                now.updatedUtc()));
        saved(v.id(), "Updated '" + v.title() + "' to the current map");
    }

    @Override
    public void rename(SavedView v, String title) {
        edits.rename(v.id(), title, Instant.now());
        saved(v.id(), "Renamed to '" + title + "'");
    }

    @Override
    public void move(SavedView v, int delta) {
        if (edits.move(v.id(), delta)) {
            saved(v.id(), "Moved '" + v.title() + "'");
        }
    }

    @Override
    public void delete(SavedView v) {
        int i = edits.indexOf(v.id());
        edits.delete(v.id());
        List<SavedView> left = edits.views();
        saved(left.isEmpty() ? -1 : left.get(Math.min(i, left.size() - 1)).id(), "Deleted '" + v.title() + "' (Ctrl+Z undoes)");
    }

    @Override
    public void notes(SavedView v, String notes) {
        edits.setNotes(v.id(), notes, Instant.now());
        saved(v.id(), "Notes saved for '" + v.title() + "'");
    }

    @Override
    public void undo() {
        String label = edits.undoLabel().orElse(null);
        SavedView sel = panel.selected();
        if (edits.undo()) {
            saved(sel == null ? -1 : sel.id(), "Undid " + label);
        }
    }

    @Override
    public void redo() {
        String label = edits.redoLabel().orElse(null);
        SavedView sel = panel.selected();
        if (edits.redo()) {
            saved(sel == null ? -1 : sel.id(), "Redid " + label);
        }
    }

    @Override
    public void present(int fromIndex) {
        presentation.enter(fromIndex);
    }

    /** Shows the map and timeline of a view: layers first, then the view state, then the extent. */
    @Override
    public void apply(SavedView v) {
        applyState(v);
        window.map().viewportProperty().set(fitted(v, window.map().getWidth(), window.map().getHeight(), 0));
        window.statusBar().setStatus("View: " + v.title());
    }

    void applyState(SavedView v) {
        MapContent c = window.map().contentProperty().get();
        if (c != null) {
            window.map().contentProperty().set(new MapContent(c.layers(), v.hiddenLayerIds(), c.notices()));
        }
        window.timeline().stateProperty().set(v.state());
        if (!v.state().text().isEmpty()) {
            window.fileTools().searchText(v.state().text());
        }
        applyDistrictChoice.accept(v.districtChoice());
        window.applyCss();
        window.layout();
    }

    /** The viewport showing the view's extent in a map of w×h whose top and bottom {@code coveredPx} are hidden. */
    Viewport fitted(SavedView v, double w, double h, double coveredPx) {
        int wi = Math.max(1, (int) Math.round(w));
        int hi = Math.max(1, (int) Math.round(h));
        return ViewFraming.fit(v.extent(), window.map().projection(), wi, (int) Math.max(1, hi - 2 * coveredPx))
                .resized(wi, hi);
    }

    /** Saves the current list into the file; on failure the edit is undone in memory and reported. */
    private void saved(long selectId, String status) {
        panel.setViews(edits.views(), selectId);
        IncidentFile f = file;
        if (f == null) {
            return;
        }
        List<SavedView> snapshot = edits.views();
        Task<Void> save = new Task<>() {
            @Override
            protected Void call() throws Exception {
                try (BriefingStore s = BriefingStore.open(f.file(), true)) {
                    s.saveViews(snapshot);
                }
                return null;
            }
        };
        save.setOnSucceeded(e -> window.statusBar().setStatus(status + " · saved in " + f.file().getFileName()));
        save.setOnFailed(e -> {
            if (edits.views() == snapshot && edits.undo()) {
                panel.setViews(edits.views(), selectId);
            }
            error("Could not save the views", save.getException().getMessage());
        });
        window.background().execute(save);
    }

    void editBanner() {
        if (file == null) {
            error("No incident file is open", "The banner is kept in the incident file; open one first.");
            return;
        }
        IncidentFile f = file;
        BannerDialog.edit(window.getScene().getWindow(), banner).ifPresent(b -> {
            Task<Void> save = new Task<>() {
                @Override
                protected Void call() throws Exception {
                    try (BriefingStore s = BriefingStore.open(f.file(), true)) {
                        s.saveBanner(b);
                    }
                    return null;
                }
            };
            save.setOnSucceeded(e -> {
                banner = b;
                window.statusBar().setStatus("Banner saved in " + f.file().getFileName());
            });
            save.setOnFailed(e -> error("Could not save the banner", save.getException().getMessage()));
            window.background().execute(save);
        });
    }

    BriefingExports exports() {
        return exports;
    }

    void error(String header, String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        a.initOwner(window.getScene() == null ? null : window.getScene().getWindow());
        a.setHeaderText(header);
        a.getDialogPane().setMinWidth(560);
        a.show();
    }
}
