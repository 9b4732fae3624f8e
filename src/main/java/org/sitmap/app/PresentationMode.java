package org.sitmap.app;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sitmap.briefing.SavedView;
import org.sitmap.briefing.districts.DistrictBriefing;
import org.sitmap.briefing.export.BriefingPage;
import org.sitmap.briefing.export.PageTheme;
import org.sitmap.briefing.export.ViewComposer;
import org.sitmap.briefing.fx.PresentationOverlay;
import org.sitmap.briefing.fx.ViewportAnimation;
import org.sitmap.map.MapContent;
import org.sitmap.map.style.LegendItem;

/**
 * Presentation mode: the window goes full screen with menu, toolbar, side panels and timeline
 * hidden; the map fills the screen under the {@link PresentationOverlay} (banners, title block
 * with time windows, source and generated time, legend, scale bar, synthetic watermark) in large
 * type. PageDown, →, ↓ and Space go to the next view and PageUp, ←, ↑ and Backspace back (a
 * presentation clicker sends PageUp/PageDown), Home and End jump to the first and last, T toggles
 * the projector (light) and dark themes, Esc leaves. Moving between views slides and zooms the map
 * over about half a second and cross-fades the title block. All keys are caught at the window
 * before any control. FX thread only.
 */
final class PresentationMode {

    private final MainWindow window;
    private final BriefingActions briefing;
    private final PresentationOverlay overlay = new PresentationOverlay();
    private final ViewportAnimation animation;
    private final EventHandler<KeyEvent> keys = this::key;
    private StackPane stage;
    private Node top;
    private Node right;
    private Node bottom;
    private boolean active;
    private boolean madeFullScreen;
    private int index;
    private PageTheme theme = PageTheme.LIGHT;
    private Instant started;
    private List<LegendItem> shownLegend = List.of();

    PresentationMode(MainWindow window, BriefingActions briefing) {
        this.window = window;
        this.briefing = briefing;
        this.animation = new ViewportAnimation(window.map().viewportProperty());
        window.map().contentProperty().addListener((o, was, now) -> legendMayHaveChanged());
    }

    /** The district layers arrive after their computation: show their legend once they are on the map. */
    private void legendMayHaveChanged() {
        if (active && !briefing.views().isEmpty() && !page(briefing.views().get(index)).legend().equals(shownLegend)) {
            showOverlay(false);
        }
    }

    boolean isActive() {
        return active;
    }

    int index() {
        return index;
    }

    PageTheme theme() {
        return theme;
    }

    PresentationOverlay overlay() {
        return overlay;
    }

    void enter(int from) {
        List<SavedView> views = briefing.views();
        if (active) {
            return;
        }
        if (views.isEmpty() || briefing.file() == null) {
            briefing.error("No views to present", "Save at least one view first: set up the map and timeline, then "
                    + "Briefing → Add current view (Ctrl+B) or ‘Add’ in the Views panel.");
            return;
        }
        active = true;
        started = Instant.now();
        top = window.getTop();
        right = window.getRight();
        bottom = window.getBottom();
        window.setTop(null);
        window.setRight(null);
        window.setBottom(null);
        stage = new StackPane(window.mapArea(), overlay);
        stage.setId("presentation");
        stage.setStyle("-fx-background-color: black;");
        window.setCenter(stage);
        window.map().setFurnitureVisible(false);
        window.compareMap().setFurnitureVisible(false);
        window.districts().presenting(true);
        Window w = window.getScene().getWindow();
        w.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        if (w instanceof Stage s && !s.isFullScreen()) {
            s.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            s.setFullScreenExitHint("");
            s.setFullScreen(true);
            madeFullScreen = true;
        }
        stage.widthProperty().addListener(o -> refit());
        stage.heightProperty().addListener(o -> refit());
        window.applyCss();
        window.layout();
        go(Math.max(0, Math.min(from, views.size() - 1)), false);
    }

    void exit() {
        if (!active) {
            return;
        }
        active = false;
        animation.stop();
        Window w = window.getScene().getWindow();
        w.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        if (madeFullScreen && w instanceof Stage s) {
            s.setFullScreen(false);
        }
        madeFullScreen = false;
        stage.getChildren().clear();
        window.districts().presenting(false);
        window.districts().layoutCenter();
        window.setTop(top);
        window.setRight(right);
        window.setBottom(bottom);
        window.map().setFurnitureVisible(true);
        window.compareMap().setFurnitureVisible(true);
        overlay.clear();
        briefing.panel().select(index);
        window.statusBar().setStatus("Left presentation at view " + (index + 1));
    }

    /** Shows view {@code i}: its layers and time window(s) at once, its extent by a smooth move. */
    void go(int i, boolean animate) {
        List<SavedView> views = briefing.views();
        if (!active || i < 0 || i >= views.size()) {
            return;
        }
        index = i;
        SavedView v = views.get(i);
        animation.stop();
        briefing.applyState(v);
        animation.animateTo(target(v), animate);
        showOverlay(animate);
    }

    private javafx.geometry.Bounds mapSize() {
        return window.map().getLayoutBounds();
    }

    private org.sitmap.map.Viewport target(SavedView v) {
        BriefingPage page = page(v);
        double banner = overlay.layout(page).bannerPx();
        return briefing.fitted(v, mapSize().getWidth(), mapSize().getHeight(), banner);
    }

    private void refit() {
        if (active && !briefing.views().isEmpty() && !animation.isRunning()) {
            window.map().viewportProperty().set(target(briefing.views().get(index)));
            showOverlay(false);
        }
    }

    private void showOverlay(boolean fade) {
        SavedView v = briefing.views().get(index);
        BriefingPage p = page(v);
        shownLegend = p.legend();
        overlay.show(p, target(v), window.map().projection(), theme, fade);
    }

    BriefingPage page(SavedView v) {
        MapContent c = window.map().contentProperty().get();
        var model = window.timeline();
        String source = briefing.file().file().getFileName() + String.format(Locale.ENGLISH, " · %,d incidents in the file",
                briefing.file().table().size()) + (briefing.file().synthetic() ? " · SYNTHETIC" : "")
                + String.format(Locale.ENGLISH, " · view %d of %d", index + 1, briefing.views().size());
        return new BriefingPage(v.title(), ViewComposer.timeLines(model.state(), model.visibleCountProperty().get(),
                model.compareCountProperty().get(), true), source, started, "", briefing.banner(),
                briefing.file().synthetic(), c == null ? List.of() : DistrictBriefing.legend(c, ViewComposer.legend(c,
                        model.state() != null && model.state().compare() ? window.compareMap().contentProperty().get() : null)), null);
    }

    private void key(KeyEvent e) {
        KeyCode k = e.getCode();
        switch (k) {
            case PAGE_DOWN, RIGHT, DOWN, SPACE, KP_RIGHT, KP_DOWN -> go(index + 1, true);
            case PAGE_UP, LEFT, UP, BACK_SPACE, KP_LEFT, KP_UP -> go(index - 1, true);
            case HOME -> go(0, true);
            case END -> go(briefing.views().size() - 1, true);
            case T -> {
                theme = theme.toggled();
                showOverlay(false);
            }
            case ESCAPE -> exit();
            default -> {
                // every other key is swallowed so nothing changes the map behind the audience's back
            }
        }
        e.consume();
    }
}
