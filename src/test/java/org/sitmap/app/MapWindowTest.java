package org.sitmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitmap.core.LonLatFormat;
import org.sitmap.core.MgrsFormat;
import org.sitmap.map.Viewport;
import org.sitmap.map.fx.MapView;
import org.sitmap.map.projection.WebMercator;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Smoke flows of the main window on the real basemap, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class MapWindowTest {

    private final DemoWindow app = new DemoWindow(1200, 800, true);
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = app.start(stage);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private MapView map() {
        return window.map();
    }

    /** Waits until the frame on screen was drawn for the current viewport and content. */
    private void awaitFrameFor(Viewport expected) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> map().lastFrameProperty().get() != null
                && map().lastFrameProperty().get().viewport().equals(expected));
    }

    private Viewport awaitFirstFrame() throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> map().lastFrameProperty().get() != null);
        Viewport v = map().viewportProperty().get();
        awaitFrameFor(v);
        return v;
    }

    @Test
    void opensOnTheLocAndDrawsLabels() throws TimeoutException {
        awaitFirstFrame();
        assertTrue(map().lastFrameProperty().get().result().labelsPlaced() > 5, "labels on the first frame");
        assertEquals(null, map().messageText());
    }

    @Test
    void dragPansTheMapByTheDraggedDistance(FxRobot robot) throws TimeoutException {
        Viewport before = awaitFirstFrame();
        Bounds b = map().localToScreen(map().getBoundsInLocal());
        robot.drag(new Point2D(b.getCenterX(), b.getCenterY()), MouseButton.PRIMARY)
                .moveBy(150, 0).moveBy(50, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Viewport after = map().viewportProperty().get();
        assertEquals(before.centerX() - 200 * before.unitsPerPixel(), after.centerX(), before.unitsPerPixel() * 2);
        assertEquals(before.centerY(), after.centerY(), before.unitsPerPixel() * 2);
        awaitFrameFor(after);
    }

    @Test
    void wheelButtonsAndKeysZoom(FxRobot robot) throws TimeoutException {
        Viewport start = awaitFirstFrame();
        robot.clickOn("#zoom-in");
        assertEquals(start.unitsPerPixel() / 2, map().viewportProperty().get().unitsPerPixel(), 1e-6);
        robot.clickOn("#map-view");
        robot.type(KeyCode.MINUS);
        assertEquals(start.unitsPerPixel(), map().viewportProperty().get().unitsPerPixel(), 1e-6);
        Bounds b = map().localToScreen(map().getBoundsInLocal());
        robot.moveTo(new Point2D(b.getMinX() + 300, b.getMinY() + 200));
        Point2D under = map().cursorLonLatProperty().get();
        double[] lastDeltaY = {0};
        map().addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> lastDeltaY[0] = e.getDeltaY());
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        Viewport zoomed = map().viewportProperty().get();
        assertTrue(lastDeltaY[0] != 0, "the wheel reached the map");
        // JavaFX reports the wheel turned away from the user as deltaY > 0: that zooms in
        assertEquals(lastDeltaY[0] > 0, zoomed.unitsPerPixel() < start.unitsPerPixel(),
                "deltaY " + lastDeltaY[0] + " gave " + zoomed.unitsPerPixel() + " from " + start.unitsPerPixel());
        assertTrue(zoomed.unitsPerPixel() != start.unitsPerPixel(), "the wheel zooms");
        Point2D stillUnder = map().cursorLonLatProperty().get();
        WebMercator p = WebMercator.INSTANCE;
        double lonAtCursor = p.lonOf(zoomed.worldX(300));
        assertEquals(under.getX(), lonAtCursor, 0.01, "the point under the cursor stays put");
        assertNotNull(stillUnder);
        awaitFrameFor(zoomed);
    }

    @Test
    void togglingALayerHidesItAndRedraws(FxRobot robot) throws TimeoutException {
        Viewport v = awaitFirstFrame();
        int labelsWithPlaces = map().lastFrameProperty().get().result().labelsPlaced();
        CheckBox places = robot.lookup("#layer-toggle-places").queryAs(CheckBox.class);
        assertTrue(places.isSelected());
        robot.clickOn(places);
        assertFalse(map().contentProperty().get().isVisible("places"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
                map().lastFrameProperty().get().result().labelsPlaced() < labelsWithPlaces);
        robot.clickOn(places);
        assertTrue(map().contentProperty().get().isVisible("places"));
        awaitFrameFor(v);
    }

    @Test
    void cursorReadoutShowsDmsAndMgrsOfThePointUnderTheMouse(FxRobot robot) throws TimeoutException {
        Viewport v = awaitFirstFrame();
        WebMercator p = WebMercator.INSTANCE;
        double sx = v.screenX(p.xOf(74.09));
        double sy = v.screenY(p.yOf(33.77));
        Point2D screen = map().localToScreen(sx, sy);
        robot.moveTo(screen);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D lonLat = map().cursorLonLatProperty().get();
        assertEquals(74.09, lonLat.getX(), v.unitsPerPixel() / 80_000.0 + 0.01);
        assertEquals(33.77, lonLat.getY(), v.unitsPerPixel() / 80_000.0 + 0.01);
        String mgrs = robot.lookup("#cursor-mgrs").queryAs(Label.class).getText();
        String dms = robot.lookup("#cursor-dms").queryAs(Label.class).getText();
        assertEquals(MgrsFormat.meter(lonLat.getY(), lonLat.getX()), mgrs);
        assertEquals(LonLatFormat.dms(lonLat.getY(), lonLat.getX()), dms);
        assertTrue(mgrs.startsWith("43SDT"), "Poonch lies in grid square 43S DT: " + mgrs);
    }

    @Test
    void missingBasemapShowsAClearMessageAndTheWindowStays(FxRobot robot) throws TimeoutException {
        awaitFirstFrame();
        robot.interact(() -> window.openBasemap(java.nio.file.Path.of("no-such-dir/kashmir.gpkg")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> map().messageText() != null);
        String msg = map().messageText();
        assertTrue(msg.contains("no-such-dir/kashmir.gpkg"), msg);
        assertTrue(msg.toLowerCase().contains("not found") || msg.toLowerCase().contains("no such"), msg);
        assertTrue(robot.lookup("#map-message").queryAs(Label.class).isVisible());
    }
}
