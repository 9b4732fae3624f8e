package org.sitmap.app;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sitmap.basemap.BasemapLocator;
import org.sitmap.situation.IncidentFileLoader;
import org.sitmap.core.StartupTrace;

/**
 * The JavaFX application: one main window on the bundled basemap (or {@code --map=FILE}).
 * Prints {@code startup_ms=N} (JVM start to first drawn map) on stderr once; with
 * {@code -Dsitmap.exitAfterFirstFrame=true} it then exits, which is how startup is measured.
 */
public final class SitmapApp extends Application {

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sitmap-io");
        t.setDaemon(true);
        return t;
    });
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("fx started");
        String mapArg = getParameters().getNamed().get("map");
        Path basemap = mapArg != null ? Path.of(mapArg) : BasemapLocator.defaultBasemap();
        window = new MainWindow(background);
        StartupTrace.mark("window built");
        Scene scene = new Scene(window, 1400, 900);
        scene.getStylesheets().add(SitmapApp.class.getResource("sitmap.css").toExternalForm());
        window.installAccelerators();
        StartupTrace.mark("scene built");
        window.setOnFirstFrame(() -> {
            long ms = StartupTrace.sinceJvmStartMs();
            System.err.println("startup_ms=" + ms);
            if (Boolean.getBoolean("sitmap.exitAfterFirstFrame")) {
                Platform.exit();
            }
        });
        stage.setTitle("Sitmap — " + basemap.getFileName());
        window.incidentFileProperty().addListener((obs, old, f) -> stage.setTitle("Sitmap — " + f.file().getFileName()
                + (f.synthetic() ? "  [SYNTHETIC DEMO DATA]" : "")));
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.show();
        StartupTrace.mark("stage shown");
        window.openBasemap(basemap);
        String dataArg = getParameters().getNamed().get("data");
        Path incidents = dataArg != null ? Path.of(dataArg) : IncidentFileLoader.defaultFile();
        if (incidents != null) {
            window.fileActions().open(incidents);
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.map().dispose();
        }
        background.shutdownNow();
    }
}
