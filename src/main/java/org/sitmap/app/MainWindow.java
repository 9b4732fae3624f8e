package org.sitmap.app;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import org.sitmap.basemap.Basemap;
import org.sitmap.basemap.BasemapLoader;
import org.sitmap.core.StartupTrace;
import org.sitmap.map.fx.CoordinateBar;
import org.sitmap.map.fx.LayerPanel;
import org.sitmap.map.fx.MapView;

/**
 * The main window's content: toolbar, map, layer panel and status bar, and the wiring between
 * them. The basemap is read on a background executor (disk and SQL never run on the FX thread);
 * a file that cannot be read leaves the window open with a message naming the file and reason.
 * FX thread only, apart from the load task body.
 */
public final class MainWindow extends BorderPane {

    private final MapView map = new MapView();
    private final CoordinateBar statusBar = new CoordinateBar(map);
    private final ExecutorService background;
    private Runnable onFirstFrame = () -> { };

    public MainWindow(ExecutorService background) {
        this.background = background;
        setId("main-window");
        setTop(new javafx.scene.layout.VBox(new MainMenu(this), buildToolBar()));
        setCenter(map);
        ScrollPane side = new ScrollPane(new LayerPanel(map));
        side.setFitToWidth(true);
        side.setPrefWidth(270);
        setRight(side);
        setBottom(statusBar);
        map.lastFrameProperty().addListener((obs, old, frame) -> {
            if (frame != null) {
                statusBar.setStatus(String.format("drawn in %.0f ms", frame.result().renderNanos() / 1e6));
                Runnable r = onFirstFrame;
                onFirstFrame = () -> { };
                r.run();
            }
        });
    }

    public MapView map() {
        return map;
    }

    /** Runs once, on the FX thread, when the first map frame is on screen. */
    public void setOnFirstFrame(Runnable r) {
        this.onFirstFrame = r;
    }

    /** Starts reading a basemap in the background; the map shows it when ready. */
    public void openBasemap(Path file) {
        statusBar.setStatus("Loading basemap " + file + " …");
        map.showMessage(null);
        java.util.concurrent.CompletableFuture<Basemap> preloaded = BasemapPreload.forFile(file);
        Task<Basemap> load = new Task<>() {
            @Override
            protected Basemap call() throws Exception {
                if (preloaded != null) {
                    try {
                        return preloaded.join();
                    } catch (java.util.concurrent.CompletionException e) {
                        throw e.getCause() instanceof Exception cause ? cause : e;
                    }
                }
                StartupTrace.mark("basemap load start");
                Basemap b = BasemapLoader.load(file);
                StartupTrace.mark("basemap loaded");
                return b;
            }
        };
        load.setOnSucceeded(e -> {
            Basemap basemap = load.getValue();
            map.setExtents(basemap.regionExtent(), basemap.locExtent());
            map.contentProperty().set(basemap.content());
            map.zoomToFocus();
            statusBar.setStatus("Basemap " + file.getFileName());
        });
        load.setOnFailed(e -> {
            Throwable t = load.getException();
            String reason = t.getMessage() != null ? t.getMessage() : t.toString();
            map.showMessage("Could not open the basemap.\n\n" + reason
                    + "\n\nRebuild it with 'bash maps/build-basemap.sh', or start with --map=FILE.");
            statusBar.setStatus("No basemap");
        });
        background.execute(load);
    }

    private ToolBar buildToolBar() {
        Button zoomIn = button("zoom-in", "+", "Zoom in (+)", map::zoomIn);
        Button zoomOut = button("zoom-out", "−", "Zoom out (−)", map::zoomOut);
        Button loc = button("zoom-loc", "Zoom to LoC", "Show the whole Line of Control (L)", map::zoomToFocus);
        Button home = button("zoom-home", "Whole region", "Show the whole region (Home)", map::zoomToHome);
        return new ToolBar(zoomIn, zoomOut, new Separator(), loc, home);
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    /** Window-wide shortcuts; they work whatever control has focus. */
    public void installAccelerators() {
        var acc = getScene().getAccelerators();
        acc.put(new KeyCodeCombination(KeyCode.PLUS), map::zoomIn);
        acc.put(new KeyCodeCombination(KeyCode.EQUALS), map::zoomIn);
        acc.put(new KeyCodeCombination(KeyCode.ADD), map::zoomIn);
        acc.put(new KeyCodeCombination(KeyCode.MINUS), map::zoomOut);
        acc.put(new KeyCodeCombination(KeyCode.SUBTRACT), map::zoomOut);
        acc.put(new KeyCodeCombination(KeyCode.L), map::zoomToFocus);
        acc.put(new KeyCodeCombination(KeyCode.HOME), map::zoomToHome);
        acc.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), map::zoomToHome);
    }
}
