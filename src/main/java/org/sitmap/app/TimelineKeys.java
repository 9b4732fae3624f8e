package org.sitmap.app;

import javafx.event.EventHandler;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.sitmap.timeline.fx.TimelineBar;
import org.sitmap.timeline.fx.TimelineViewModel;

/**
 * Window-wide timeline keys, caught before any control sees them so a focused slider, button or
 * map cannot swallow them: ← / → step the window a day, Shift+← / → a week, Space plays or pauses.
 * Keys typed into a text field are left alone. FX thread only.
 */
final class TimelineKeys implements EventHandler<KeyEvent> {

    private final TimelineViewModel model;
    private final TimelineBar bar;

    TimelineKeys(TimelineViewModel model, TimelineBar bar) {
        this.model = model;
        this.bar = bar;
    }

    @Override
    public void handle(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        KeyCode k = e.getCode();
        int days = e.isShiftDown() ? 7 : 1;
        if (k == KeyCode.LEFT || k == KeyCode.KP_LEFT) {
            model.stepDays(-days);
            e.consume();
        } else if (k == KeyCode.RIGHT || k == KeyCode.KP_RIGHT) {
            model.stepDays(days);
            e.consume();
        } else if (k == KeyCode.SPACE) {
            bar.playback().toggle();
            e.consume();
        }
    }
}
