package org.sitmap.bench.fx;

import java.nio.IntBuffer;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.sitmap.bench.PresentProbe;

/**
 * Times the present step the way {@code MapView} does it: a shown Stage with an ImageView on a
 * {@code WritableImage(PixelBuffer)} over the frame's int[] (as {@code FrameBuffer}). A present is
 * timed on the FX thread from {@code PixelBuffer.updateBuffer} to the return of a synchronous
 * {@code Scene.snapshot}: that call runs CSS and layout, syncs the scene graph, and has the
 * render thread draw the whole scene, which uploads the dirty image to its texture (the upload
 * happens once per change, whichever render comes first, so the on-screen pulse then reuses it),
 * and blocks until done. Unlike waiting for "the next pulse", it excludes the pulse timer's
 * 16.7 ms cadence, so it is the cost of presenting, not the latency to vsync; it adds a read-back
 * of the scene, which the second figure (the same snapshot with no new pixels: render and
 * read-back, no upload) shows so the upload can be told apart. Starts the toolkit when it is not
 * running (and stops it after); reuses it otherwise. Called from a non-FX thread.
 */
public final class FxPresentProbe implements PresentProbe {

    @Override
    public Times measure(int[] pixels, int widthPx, int heightPx, int warmup, int frames, IntConsumer drawFrame) {
        boolean started;
        try {
            started = startToolkit();
        } catch (RuntimeException | LinkageError e) {
            return new Times(new double[0], new double[0], "no display for JavaFX (" + e.getMessage()
                    + "); run under a display, e.g. Xvfb :99 & DISPLAY=:99");
        }
        try {
            PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(widthPx, heightPx, IntBuffer.wrap(pixels),
                    PixelFormat.getIntArgbPreInstance());
            WritableImage snapshot = new WritableImage(widthPx, heightPx);
            Stage stage = onFx(() -> {
                Stage s = new Stage();
                s.setTitle("sitmap bench frame");
                s.setScene(new Scene(new Group(new ImageView(new WritableImage(buffer))), widthPx, heightPx));
                s.show();
                return s;
            });
            Scene scene = stage.getScene();
            double[] present = new double[frames];
            double[] rerender = new double[frames];
            for (int k = 0; k < warmup + frames; k++) {
                drawFrame.accept(k);
                long[] t = onFx(() -> {
                    long t0 = System.nanoTime();
                    buffer.updateBuffer(b -> null);
                    scene.snapshot(snapshot);
                    long t1 = System.nanoTime();
                    scene.snapshot(snapshot);
                    return new long[] {t1 - t0, System.nanoTime() - t1};
                });
                if (k >= warmup) {
                    present[k - warmup] = t[0] / 1e6;
                    rerender[k - warmup] = t[1] / 1e6;
                }
            }
            onFx(() -> {
                stage.close();
                return null;
            });
            return new Times(present, rerender, "updateBuffer + synchronous Scene.snapshot on the FX thread, "
                    + "prism pipeline " + pipelineName());
        } finally {
            if (started) {
                Platform.exit();
            }
        }
    }

    /** Starts JavaFX; false when it was already running (then it is left running). */
    private static boolean startToolkit() {
        try {
            FutureTask<Void> ready = new FutureTask<>(() -> null);
            Platform.startup(ready);
            Platform.setImplicitExit(false);
            ready.get(30, TimeUnit.SECONDS);
            return true;
        } catch (IllegalStateException alreadyRunning) {
            return false;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static <T> T onFx(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        try {
            return task.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("FX thread: " + e, e);
        }
    }

    /** Which Prism pipeline draws (es2 or sw), read reflectively: it is not public API. */
    private static String pipelineName() {
        try {
            Object p = Class.forName("com.sun.prism.GraphicsPipeline").getMethod("getPipeline").invoke(null);
            return p == null ? "unknown" : p.getClass().getSimpleName();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return "unknown";
        }
    }
}
