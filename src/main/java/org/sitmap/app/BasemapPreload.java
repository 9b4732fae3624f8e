package org.sitmap.app;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.sitmap.basemap.Basemap;
import org.sitmap.basemap.BasemapLoader;
import org.sitmap.core.StartupTrace;
import org.sitmap.map.Viewport;
import org.sitmap.map.render.MapRenderer;

/**
 * Starts reading the basemap the moment {@code main} runs, in parallel with the JavaFX toolkit's
 * own start-up, then draws one throw-away frame so that the renderer's code, fonts and simplified
 * geometries are warm before the window asks for its first real frame. Uses the second core
 * while the FX thread builds the window. Thread-safe: one static future, set once.
 */
final class BasemapPreload {

    private static volatile Path preloadedFile;
    private static volatile CompletableFuture<Basemap> preloaded;

    private BasemapPreload() {
    }

    static void start(Path file) {
        preloadedFile = file;
        preloaded = CompletableFuture.supplyAsync(() -> {
            try {
                StartupTrace.mark("preload start");
                Basemap basemap = BasemapLoader.load(file);
                StartupTrace.mark("preload loaded");
                warmUp(basemap);
                StartupTrace.mark("preload warm");
                return basemap;
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, r -> {
            Thread t = new Thread(r, "sitmap-preload");
            t.setDaemon(true);
            t.start();
        });
    }

    /** The preloaded basemap if {@code file} is the one being preloaded, else null. */
    static CompletableFuture<Basemap> forFile(Path file) {
        return file.equals(preloadedFile) ? preloaded : null;
    }

    private static void warmUp(Basemap basemap) {
        BufferedImage scratch = new BufferedImage(640, 400, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = scratch.createGraphics();
        try {
            new MapRenderer().render(basemap.content(), Viewport.fit(basemap.locExtent(), 640, 400, 0), g);
        } finally {
            g.dispose();
        }
    }
}
