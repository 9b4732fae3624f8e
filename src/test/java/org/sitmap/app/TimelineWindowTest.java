package org.sitmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.incidents.layer.IncidentLayer;
import org.sitmap.core.ReferenceDate;
import org.sitmap.timeline.TimeWindow;
import org.sitmap.timeline.ViewState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline bar on the demo file, headless: every count is checked against SQL on the file. */
@ExtendWith(ApplicationExtension.class)
class TimelineWindowTest {

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

    private void openDemo(FxRobot robot) throws Exception {
        demo = app.openDemo(robot, dir);
    }

    private long sqlCount(long fromMs, long toMs) throws Exception {
        return sqlCount(fromMs, toMs, "");
    }

    /** Incidents starting in [fromMs, toMs) that also meet {@code andWhere} (empty, or " AND ..."), counted by SQL. */
    private long sqlCount(long fromMs, long toMs, String andWhere) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + demo);
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM incidents WHERE start_ms >= ? AND start_ms < ?"
                     + andWhere)) {
            ps.setLong(1, fromMs);
            ps.setLong(2, toMs);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private int shownOnMap() {
        return ((IncidentLayer) window.map().contentProperty().get().layer("incidents").orElseThrow()).rowCount();
    }

    @Test
    void draggingAThumbChangesTheVisibleCountToTheSqlVerifiedValue(FxRobot robot) throws Exception {
        openDemo(robot);
        ViewState before = window.timeline().state();
        Node high = robot.lookup("#timeline-slider .high-thumb").query();
        Bounds b = high.localToScreen(high.getBoundsInLocal());
        robot.drag(new Point2D(b.getCenterX(), b.getCenterY()), MouseButton.PRIMARY).moveBy(-250, 0)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        ViewState after = window.timeline().state();
        assertTrue(after.window().endMs() < before.window().endMs(), "the high thumb moved left");
        long expected = sqlCount(after.window().startMs(), after.window().endMs());
        assertEquals(expected, window.timeline().visibleCountProperty().get());
        assertEquals(expected, shownOnMap());
        assertTrue(window.timelineBar().countText().startsWith(String.format("%,d of %,d", expected,
                window.timeline().totalCountProperty().get())), window.timelineBar().countText());
    }

    @Test
    void beforeCeasefireShowsExactlyTheEventsBeforeTenMayFivePmIst(FxRobot robot) throws Exception {
        openDemo(robot);
        robot.clickOn("#preset-before");
        WaitForAsyncUtils.waitForFxEvents();
        long pivot = ReferenceDate.defaults().stream().filter(r -> r.id().equals(ReferenceDate.CEASEFIRE_2025))
                .findFirst().orElseThrow().at().toEpochMilli();
        assertEquals(java.time.Instant.parse("2025-05-10T11:30:00Z").toEpochMilli(), pivot, "17:00 IST is 11:30 UTC");
        TimeWindow w = window.timeline().state().window();
        assertEquals(pivot, w.endMs());
        long expected = sqlCount(Long.MIN_VALUE, pivot);
        assertEquals(expected, window.timeline().visibleCountProperty().get());
        assertEquals(expected, shownOnMap());
        robot.clickOn("#preset-after");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(sqlCount(pivot, Long.MAX_VALUE), window.timeline().visibleCountProperty().get());
    }

    @Test
    void arrowKeysStepTheWindowEvenWhenTheSliderHasFocus(FxRobot robot) throws Exception {
        openDemo(robot);
        robot.clickOn("#preset-plus-minus-7");
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow start = window.timeline().state().window();
        robot.interact(() -> window.timelineBar().slider().requestFocus());
        robot.type(KeyCode.RIGHT);
        assertEquals(start.shiftedBy(TimeWindow.DAY_MS), window.timeline().state().window());
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        assertEquals(start.shiftedBy(-6 * TimeWindow.DAY_MS), window.timeline().state().window());
        TimeWindow w = window.timeline().state().window();
        assertEquals(sqlCount(w.startMs(), w.endMs()), window.timeline().visibleCountProperty().get());
        robot.type(KeyCode.SPACE);
        assertTrue(window.timelineBar().playback().isPlaying(), "Space plays");
        robot.type(KeyCode.SPACE);
        assertTrue(!window.timelineBar().playback().isPlaying(), "Space pauses");
    }

    @Test
    void compareViewShowsTwoMapsWhoseCountsMatchTheirWindows(FxRobot robot) throws Exception {
        openDemo(robot);
        robot.clickOn("#compare-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        ViewState s = window.timeline().state();
        assertTrue(s.compare());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.compareMap().contentProperty().get() != null
                && window.compareMap().viewportProperty().get() != null);
        long left = sqlCount(s.window().startMs(), s.window().endMs());
        long right = sqlCount(s.compareWindow().startMs(), s.compareWindow().endMs());
        assertTrue(left > right, "the demo's before window is busier than its after window");
        assertEquals(left, shownOnMap());
        assertEquals(right, ((IncidentLayer) window.compareMap().contentProperty().get().layer("incidents")
                .orElseThrow()).rowCount());
        assertTrue(window.mapArea().leftHeaderText().contains(String.format("%,d incidents", left)),
                window.mapArea().leftHeaderText());
        assertTrue(window.mapArea().rightHeaderText().contains(String.format("%,d incidents", right)),
                window.mapArea().rightHeaderText());
        // pan and zoom are linked
        robot.interact(() -> window.map().zoomIn());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(window.map().viewportProperty().get().unitsPerPixel(),
                window.compareMap().viewportProperty().get().unitsPerPixel(), 1e-9);
        assertEquals(window.map().viewportProperty().get().centerX(),
                window.compareMap().viewportProperty().get().centerX(), 1e-6);
    }

    @Test
    void minimumCasualtiesFilterAgreesWithSql(FxRobot robot) throws Exception {
        openDemo(robot);
        robot.interact(() -> window.timeline().stateProperty().set(window.timeline().state()
                .withFilters(java.util.Set.of(), java.util.Set.of(), 2, java.util.Set.of(), java.util.Set.of(), 0, "")));
        TimeWindow w = window.timeline().state().window();
        assertEquals(sqlCount(w.startMs(), w.endMs(), " AND coalesce(killed_total, 0) + coalesce(injured_total, 0) >= 2"),
                window.timeline().visibleCountProperty().get());
    }
}
