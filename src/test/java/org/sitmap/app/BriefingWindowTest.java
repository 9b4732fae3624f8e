package org.sitmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.briefing.BriefingStore;
import org.sitmap.briefing.SavedView;
import org.sitmap.briefing.export.ViewFraming;
import org.sitmap.map.Viewport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Briefing in the window, headless: presentation keys, the views' time windows and extents, edits saved and undone. */
@ExtendWith(ApplicationExtension.class)
class BriefingWindowTest {

    private final DemoWindow app = new DemoWindow();
    private MainWindow window;
    private Path demo;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = app.start(stage);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private List<SavedView> openDemo(FxRobot robot) throws Exception {
        demo = app.openDemo(robot, dir, 30, () -> window.briefing().views().size() == 5);
        try (BriefingStore s = BriefingStore.open(demo, false)) {
            return s.views().views();
        }
    }

    /** The view's extent is shown whole, centred, and fills the map across at least one axis. */
    private boolean shows(SavedView v) {
        Viewport vp = window.map().viewportProperty().get();
        if (vp == null) {
            return false;
        }
        Envelope want = ViewFraming.worldOf(v.extent(), window.map().projection());
        Envelope got = vp.worldEnvelope();
        boolean centred = Math.abs(got.centre().x - want.centre().x) < 1 && Math.abs(got.centre().y - want.centre().y) < 1;
        boolean whole = got.getWidth() >= want.getWidth() - 1 && got.getHeight() >= want.getHeight() - 1;
        boolean tight = want.getWidth() / got.getWidth() > 0.97 || want.getHeight() / got.getHeight() > 0.8;
        return centred && whole && tight;
    }

    private boolean presenting(SavedView v) {
        PresentationMode p = window.briefing().presentation();
        return p.isActive() && v.state().equals(window.timeline().state()) && shows(v)
                && p.overlay().shownPage() != null && p.overlay().shownPage().title().equals(v.title());
    }

    @Test
    void f5PresentsPageDownStepsToTheNextViewsWindowAndExtentAndEscReturns(FxRobot robot) throws Exception {
        List<SavedView> views = openDemo(robot);
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> presenting(views.get(0)));
        assertNull(window.getTop(), "menu and toolbar hidden");
        assertNull(window.getRight(), "side panels hidden");
        assertNull(window.getBottom(), "timeline hidden");
        assertTrue(robot.lookup("#presentation-overlay").query().isVisible());
        assertNull(window.map().noticeText(), "the map's own banner gives way to the overlay's watermark");
        assertTrue(window.briefing().presentation().overlay().shownPage().synthetic(), "synthetic watermark drawn");

        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> presenting(views.get(1)));
        assertEquals(1, window.briefing().presentation().index());
        assertEquals(views.get(1).state().window(), window.timeline().state().window());

        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> presenting(views.get(2)));
        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> presenting(views.get(1)));
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> presenting(views.get(4)));
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, window.briefing().presentation().index(), "the last view stays");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.briefing().presentation().isActive());
        assertNotNull(window.getTop());
        assertNotNull(window.getRight());
        assertNotNull(window.getBottom());
        assertTrue(robot.lookup("#main-menu").tryQuery().isPresent());
        assertNotNull(window.map().noticeText(), "the synthetic banner is back on the map");
        assertEquals(views.get(4).state(), window.timeline().state(), "the map stays on the last view shown");
    }

    @Test
    void addingAViewSavesItInTheFileAndCtrlZTakesItOut(FxRobot robot) throws Exception {
        openDemo(robot);
        robot.interact(() -> window.timeline().stepDays(3));
        robot.clickOn("#views-list");
        robot.interact(() -> window.briefing().panel().list().getSelectionModel().select(4));
        robot.clickOn("#views-add");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> storedViews().size() == 6);
        SavedView added = storedViews().get(5);
        assertEquals(window.timeline().state(), added.state(), "the view keeps the timeline state");
        assertTrue(shows(added), "the view keeps the map's extent");
        robot.clickOn("#views-list");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> storedViews().size() == 5);
        assertEquals(5, window.briefing().views().size());
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> storedViews().size() == 6);
    }

    @Test
    void enterOnAViewAppliesItsWindowAndExtent(FxRobot robot) throws Exception {
        List<SavedView> views = openDemo(robot);
        robot.clickOn("#views-list");
        robot.interact(() -> window.briefing().panel().list().getSelectionModel().select(2));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> views.get(2).state().equals(window.timeline().state())
                && shows(views.get(2)));
        // a view with a casualty filter: the Filters panel shows it, so the next filter change keeps it
        robot.clickOn("#filters-pane");
        robot.clickOn("#views-list");
        robot.interact(() -> window.briefing().panel().list().getSelectionModel().select(4));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> views.get(4).state().equals(window.timeline().state()));
        assertEquals(1, views.get(4).state().minCasualties());
        javafx.scene.control.Spinner<?> min = robot.lookup("#filter-min-casualties").queryAs(javafx.scene.control.Spinner.class);
        assertEquals(1, min.getValue());
        assertEquals(views.get(4).state(), window.timeline().state(), "showing the filters did not change them");
    }

    private List<SavedView> storedViews() {
        try (BriefingStore s = BriefingStore.open(demo, false)) {
            return s.views().views();
        } catch (Exception e) {
            return List.of();
        }
    }
}
