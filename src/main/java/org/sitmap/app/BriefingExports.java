package org.sitmap.app;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.concurrent.Task;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import org.sitmap.basemap.Basemap;
import org.sitmap.briefing.BriefingSources;
import org.sitmap.briefing.BriefingStore;
import org.sitmap.briefing.SavedView;
import org.sitmap.briefing.districts.DistrictBriefing;
import org.sitmap.briefing.export.BriefingInput;
import org.sitmap.briefing.export.ExportCancelledException;
import org.sitmap.briefing.export.ExportProgress;
import org.sitmap.briefing.export.PageTheme;
import org.sitmap.briefing.export.PdfBriefingWriter;
import org.sitmap.briefing.export.PngViewWriter;
import org.sitmap.briefing.export.TextRows;
import org.sitmap.briefing.fx.ExportProgressDialog;
import org.sitmap.situation.IncidentFile;

/**
 * The export menu's work: the current view as a PNG at 1× or 2× of the map's size, and the whole
 * briefing as one PDF, each rendered on the background executor with the same page renderer as
 * the CLI, behind a progress window whose Cancel stops the export and leaves no file. Views with a
 * district choice get the district table and their choropleth/bands ({@link DistrictBriefing}). FX
 * thread only, apart from the task bodies.
 */
final class BriefingExports {

    private final MainWindow window;
    private final BriefingActions briefing;

    BriefingExports(MainWindow window, BriefingActions briefing) {
        this.window = window;
        this.briefing = briefing;
    }

    private BriefingInput input(IncidentFile f, Basemap b) {
        String source = f.file().getFileName() + String.format(Locale.ENGLISH, " · %,d incidents in the file",
                f.table().size()) + (f.synthetic() ? " · SYNTHETIC" : "");
        return new BriefingInput(b.content(), b.projection(), f, TextRows.of(f), briefing.banner(), source, Instant.now(),
                PageTheme.LIGHT, false, null);
    }

    void exportPng() {
        IncidentFile f = briefing.file();
        Basemap b = window.basemap();
        if (f == null || b == null || !briefing.canCapture()) {
            briefing.error("Nothing to export yet", "Open an incident file and wait for the map first.");
            return;
        }
        ChoiceDialog<String> scale = new ChoiceDialog<>("2× (sharp on slides)", "1×", "2× (sharp on slides)");
        scale.initOwner(window.getScene().getWindow());
        scale.setTitle("Export view as PNG");
        scale.setHeaderText("Size: the map's " + (int) window.map().getWidth() + " × " + (int) window.map().getHeight()
                + " px, at");
        var picked = scale.showAndWait();
        if (picked.isEmpty()) {
            return;
        }
        int s = picked.get().startsWith("2") ? 2 : 1;
        File out = chooser("Export view as PNG", "view.png", "PNG image (*.png)", "*.png")
                .showSaveDialog(window.getScene().getWindow());
        if (out == null) {
            return;
        }
        SavedView selected = briefing.panel().selected();
        SavedView view = briefing.capture(selected != null && selected.state().equals(window.timeline().state())
                ? selected.title() : "Current view");
        int w = Math.max(200, (int) window.map().getWidth());
        int h = Math.max(150, (int) window.map().getHeight());
        BriefingInput plain = input(f, b);
        DistrictBriefing prepared = window.districts().briefing(f);
        Task<Long> task = new Task<>() {
            @Override
            protected Long call() throws Exception {
                BriefingInput in = withDistricts(plain, List.of(view), prepared, b.file(), this::updateMessage);
                updateMessage("Drawing '" + view.title() + "' at " + s + "× …");
                return PngViewWriter.write(in, view, w, h, s, out.toPath());
            }
        };
        run(task, "Export view as PNG", () -> String.format(Locale.ENGLISH, "Wrote %s (%d × %d px, %,d bytes)",
                out.getName(), w * s, h * s, task.getValue()));
    }

    void exportPdf() {
        IncidentFile f = briefing.file();
        Basemap b = window.basemap();
        List<SavedView> views = briefing.views();
        if (f == null || b == null || views.isEmpty()) {
            briefing.error("No views to export", "Save at least one view first (Briefing → Add current view, Ctrl+B).");
            return;
        }
        File out = chooser("Export briefing as PDF", "briefing.pdf", "PDF document (*.pdf)", "*.pdf")
                .showSaveDialog(window.getScene().getWindow());
        if (out == null) {
            return;
        }
        BriefingInput plain = input(f, b);
        Path basemapFile = b.file();
        DistrictBriefing prepared = window.districts().briefing(f);
        Task<PdfBriefingWriter.Result> task = new Task<>() {
            @Override
            protected PdfBriefingWriter.Result call() throws Exception {
                BriefingInput in = withDistricts(plain, views, prepared, basemapFile, this::updateMessage);
                updateMessage("Reading sources …");
                List<BriefingSources.Section> sources;
                try (BriefingStore s = BriefingStore.open(f.file(), false)) {
                    sources = BriefingSources.read(s, f.synthetic(), basemapFile);
                }
                return PdfBriefingWriter.write(in, views, sources, out.toPath(), new ExportProgress() {
                    @Override
                    public void page(int done, int total, String what) {
                        updateProgress(done, total);
                        updateMessage(done < total ? "Page " + (done + 1) + " of " + total + ": " + what : "Saving …");
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        run(task, "Export briefing as PDF", () -> String.format(Locale.ENGLISH, "Wrote %s: %d pages, %,d bytes in %,d ms",
                out.getName(), task.getValue().pages(), task.getValue().bytes(), task.getValue().millis()));
    }

    /**
     * The input with district tables and overlays when any view has a district choice: the district
     * view's own prepared analysis when it is ready for this file, else prepared here (task thread).
     */
    private static BriefingInput withDistricts(BriefingInput in, List<SavedView> views, DistrictBriefing prepared,
                                               Path basemapFile, java.util.function.Consumer<String> message)
            throws Exception {
        if (!DistrictBriefing.anyChoice(views)) {
            return in;
        }
        DistrictBriefing d = prepared;
        if (d == null) {
            message.accept("Assigning incidents to districts …");
            d = DistrictBriefing.load(in.file(), basemapFile, in.projection());
        }
        return d.applyTo(in);
    }

    private void run(Task<?> task, String title, java.util.function.Supplier<String> done) {
        task.setOnSucceeded(e -> window.statusBar().setStatus(done.get()));
        task.setOnCancelled(e -> window.statusBar().setStatus(title + ": cancelled; nothing was written"));
        task.setOnFailed(e -> {
            if (task.getException() instanceof ExportCancelledException) {
                window.statusBar().setStatus(title + ": cancelled; nothing was written");
            } else {
                briefing.error(title + " failed", String.valueOf(task.getException().getMessage()));
            }
        });
        ExportProgressDialog.show(window.getScene().getWindow(), title, task);
        window.background().execute(task);
    }

    private static FileChooser chooser(String title, String name, String description, String pattern) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.setInitialFileName(name);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        return c;
    }
}
