package org.sitmap.briefing.fx;

import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;
import org.sitmap.map.Viewport;

/**
 * Moves a map from one viewport to another smoothly: the centre slides, and the resolution changes
 * geometrically (so a zoom feels even), eased in and out over about half a second; the last frame
 * is exactly the target. Starting a new move stops the running one. FX thread only.
 */
public final class ViewportAnimation {

    public static final Duration DURATION = Duration.millis(520);

    private final ObjectProperty<Viewport> viewport;
    private final DoubleProperty t = new SimpleDoubleProperty();
    private Timeline running;
    private Viewport from;
    private Viewport to;

    public ViewportAnimation(ObjectProperty<Viewport> viewport) {
        this.viewport = viewport;
        t.addListener((o, old, now) -> step(now.doubleValue()));
    }

    public void animateTo(Viewport target, boolean animate) {
        stop();
        Viewport start = viewport.get();
        if (!animate || start == null) {
            viewport.set(target);
            return;
        }
        from = start;
        to = target;
        t.set(0);
        running = new Timeline(new KeyFrame(DURATION, new KeyValue(t, 1, Interpolator.EASE_BOTH)));
        running.setOnFinished(e -> {
            running = null;
            viewport.set(to);
        });
        running.play();
    }

    /** Stops a running move where it is (a new move then starts from there). */
    public void stop() {
        if (running != null) {
            running.stop();
            running = null;
        }
    }

    public boolean isRunning() {
        return running != null;
    }

    private void step(double f) {
        if (from == null || to == null || running == null) {
            return;
        }
        double upp = Math.exp(Math.log(from.unitsPerPixel()) + f * (Math.log(to.unitsPerPixel()) - Math.log(from.unitsPerPixel())));
        double cx = from.centerX() + f * (to.centerX() - from.centerX());
        double cy = from.centerY() + f * (to.centerY() - from.centerY());
        Viewport now = viewport.get();
        int w = now == null ? to.widthPx() : now.widthPx();
        int h = now == null ? to.heightPx() : now.heightPx();
        viewport.set(new Viewport(cx, cy, upp, w, h));
    }
}
