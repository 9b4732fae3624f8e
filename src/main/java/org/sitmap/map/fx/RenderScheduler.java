package org.sitmap.map.fx;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.sitmap.core.StartupTrace;
import org.sitmap.map.MapContent;
import org.sitmap.map.Viewport;
import org.sitmap.map.render.MapRenderer;
import org.sitmap.map.render.StaticCachingRenderer;

/**
 * Renders the map off the FX thread in three steps, after Apache SIS's canvas: the FX thread
 * snapshots the immutable (content, viewport) pair; a single worker renders it with Java2D into
 * the back {@link FrameBuffer}; the result is committed on the FX thread. Only one render is in
 * flight; requests made meanwhile are merged into one follow-up render of the newest state.
 * The worker keeps the last static pass (basemap and labels) in a {@link StaticCachingRenderer}
 * keyed by static layers, their visibility and the viewport, so a timeline step (only the
 * incident layer changed) costs a copy of those pixels plus the markers; pans and zooms redraw
 * it. {@link #request} and the commit callback run on the FX thread only; the cache is touched
 * by the worker only.
 */
final class RenderScheduler {

    /** A finished frame, handed to the FX thread. */
    record Frame(FrameBuffer buffer, Viewport viewport, MapRenderer.Result result) {
    }

    private record Request(MapContent content, Viewport viewport) {
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sitmap-render");
        t.setDaemon(true);
        return t;
    });
    private final StaticCachingRenderer renderer = new StaticCachingRenderer();
    private final Consumer<Frame> onCommit;
    private final Consumer<Throwable> onError;
    private Request pending;
    private boolean inFlight;
    private FrameBuffer front;
    private FrameBuffer back;

    RenderScheduler(Consumer<Frame> onCommit, Consumer<Throwable> onError) {
        this.onCommit = onCommit;
        this.onError = onError;
    }

    /** FX thread: asks for a render of this state; merged with any render already waiting. */
    void request(MapContent content, Viewport viewport) {
        pending = new Request(content, viewport);
        if (!inFlight) {
            startNext();
        }
    }

    boolean isIdle() {
        return !inFlight && pending == null;
    }

    private void startNext() {
        if (worker.isShutdown()) {
            // disposed (the window closed): a frame that finished meanwhile starts no new render
            pending = null;
            return;
        }
        Request r = pending;
        pending = null;
        inFlight = true;
        FrameBuffer target = back;
        worker.execute(() -> {
            try {
                FrameBuffer buffer = target != null && target.fits(r.viewport().widthPx(), r.viewport().heightPx())
                        ? target : new FrameBuffer(r.viewport().widthPx(), r.viewport().heightPx());
                StartupTrace.mark("render start");
                MapRenderer.Result result = renderer.render(r.content(), r.viewport(), buffer.awtImage(),
                        buffer.raster(), () -> false);
                StartupTrace.mark("render done");
                Frame frame = new Frame(buffer, r.viewport(), result);
                Platform.runLater(() -> commit(frame));
            } catch (RuntimeException | OutOfMemoryError e) {
                Platform.runLater(() -> fail(e));
            }
        });
    }

    private void commit(Frame frame) {
        back = front;
        front = frame.buffer();
        inFlight = false;
        front.markDirty();
        onCommit.accept(frame);
        if (pending != null) {
            startNext();
        }
    }

    private void fail(Throwable e) {
        inFlight = false;
        onError.accept(e);
        if (pending != null) {
            startNext();
        }
    }

    void shutdown() {
        worker.shutdownNow();
    }
}
