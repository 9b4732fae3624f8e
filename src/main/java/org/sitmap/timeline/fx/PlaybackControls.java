package org.sitmap.timeline.fx;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.sitmap.timeline.Playback;
import org.sitmap.timeline.TimeWindow;

/**
 * Play/pause, moving-or-cumulative mode, window length in days, speed in days per second, and
 * loop. Each tick advances the view state's window by one day with {@link Playback#next}; at the
 * end it stops or loops. FX thread only (the ticks are a JavaFX Timeline).
 */
public final class PlaybackControls extends HBox {

    private final TimelineViewModel model;
    private final Button play = new Button("▶ Play");
    private final ChoiceBox<Playback.Mode> mode = new ChoiceBox<>();
    private final Spinner<Integer> days = new Spinner<>(1, 365, 7);
    private final ChoiceBox<Double> speed = new ChoiceBox<>();
    private final CheckBox loop = new CheckBox("Loop");
    private Timeline ticker;

    PlaybackControls(TimelineViewModel model) {
        this.model = model;
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        play.setId("play");
        play.setFocusTraversable(false);
        play.setTooltip(new Tooltip("Play or pause (Space)"));
        mode.setId("playback-mode");
        mode.getItems().setAll(Playback.Mode.values());
        mode.setValue(Playback.Mode.MOVING);
        days.setId("playback-days");
        days.setPrefWidth(70);
        days.setTooltip(new Tooltip("Length of the moving window, days"));
        speed.setId("playback-speed");
        speed.getItems().setAll(1.0, 2.0, 5.0, 10.0);
        speed.setValue(2.0);
        speed.setTooltip(new Tooltip("Days per second"));
        loop.setId("playback-loop");
        getChildren().addAll(play, mode, days, new Label("days"), speed, new Label("days/s"), loop);
        play.setOnAction(e -> toggle());
        speed.valueProperty().addListener(o -> {
            if (isPlaying()) {
                stop();
                start();
            }
        });
    }

    public boolean isPlaying() {
        return ticker != null;
    }

    public void toggle() {
        if (isPlaying()) {
            stop();
        } else {
            start();
        }
    }

    Playback playback() {
        return new Playback(mode.getValue(), days.getValue(), speed.getValue(), loop.isSelected());
    }

    private void start() {
        TimeWindow span = model.spanProperty().get();
        if (span == null || model.state() == null) {
            return;
        }
        Playback p = playback();
        TimeWindow w = model.state().window();
        if (w.endMs() >= span.endMs() || (p.mode() == Playback.Mode.MOVING && w.durationMs() != p.windowDays() * TimeWindow.DAY_MS)) {
            model.stateProperty().set(model.state().withWindow(p.first(span)));
        }
        ticker = new Timeline(new KeyFrame(Duration.seconds(1.0 / p.daysPerSecond()), e -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        play.setText("⏸ Pause");
    }

    private void stop() {
        if (ticker != null) {
            ticker.stop();
            ticker = null;
        }
        play.setText("▶ Play");
    }

    private void tick() {
        TimeWindow next = playback().next(model.state().window(), model.spanProperty().get(), 1);
        if (next == null) {
            stop();
        } else {
            model.stateProperty().set(model.state().withWindow(next));
        }
    }
}
