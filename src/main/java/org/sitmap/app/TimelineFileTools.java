package org.sitmap.app;

import javafx.concurrent.Task;
import org.sitmap.situation.IncidentFile;

/**
 * Timeline actions that read or write the open incident file: editing and saving its reference
 * dates, and resolving free text into rows. The file work runs on the window's background
 * executor; results come back on the FX thread.
 */
final class TimelineFileTools {

    private final MainWindow window;

    TimelineFileTools(MainWindow window) {
        this.window = window;
    }

    /** Edits the file's reference dates and saves them into it off the FX thread. */
    void editReferenceDates() {
        IncidentFile f = window.incidentFileProperty().get();
        if (f == null) {
            return;
        }
        var edited = org.sitmap.timeline.fx.ReferenceDatesDialog.edit(window.getScene().getWindow(),
                window.timeline().referencesProperty().get());
        if (edited.isEmpty()) {
            return;
        }
        Task<Void> save = new Task<>() {
            @Override
            protected Void call() throws Exception {
                try (org.sitmap.io.store.IncidentStore store = org.sitmap.io.store.IncidentStore.openWritable(f.file())) {
                    store.saveReferenceDates(edited.get());
                }
                return null;
            }
        };
        save.setOnSucceeded(e -> {
            window.timeline().referencesProperty().set(edited.get());
            window.statusBar().setStatus("Reference dates saved in " + f.file().getFileName());
        });
        save.setOnFailed(e -> window.statusBar().setStatus("Could not save reference dates: " + save.getException().getMessage()));
        window.background().execute(save);
    }

    /** Resolves free text in the open file off the FX thread, then filters by it. */
    void searchText(String text) {
        IncidentFile f = window.incidentFileProperty().get();
        String t = text == null ? "" : text.strip();
        if (f == null || t.isEmpty()) {
            window.situation().setTextMask("", null);
            return;
        }
        window.statusBar().setStatus("Searching for \u201c" + t + "\u201d …");
        Task<java.util.BitSet> search = new Task<>() {
            @Override
            protected java.util.BitSet call() throws Exception {
                try (org.sitmap.io.store.IncidentStore store = org.sitmap.io.store.IncidentStore.openReadOnly(f.file())) {
                    return f.table().rowsOf(store.fidsMatching(t));
                }
            }
        };
        search.setOnSucceeded(e -> {
            window.situation().setTextMask(t, search.getValue());
            window.statusBar().setStatus(String.format("\u201c%s\u201d: %,d incidents match", t, search.getValue().cardinality()));
        });
        search.setOnFailed(e -> window.statusBar().setStatus("Search failed: " + search.getException().getMessage()));
        window.background().execute(search);
    }
}
