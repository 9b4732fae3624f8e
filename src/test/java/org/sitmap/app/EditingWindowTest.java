package org.sitmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.core.IncidentType;
import org.sitmap.incidents.layer.IncidentLayer;
import org.sitmap.io.store.AuditEntry;
import org.sitmap.map.Viewport;
import org.sitmap.map.projection.WebMercator;
import org.sitmap.testsupport.SampleIncidents;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Plotting a report end to end, headless: right-click the map → New incident here → the form,
 * prefilled with the district → type the report → Enter saves; the new marker is on the map and
 * the counts grew, as the file says; Ctrl+Z removes it again; the audit log lists both.
 */
@ExtendWith(ApplicationExtension.class)
class EditingWindowTest {

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

    private IncidentLayer layer() {
        return (IncidentLayer) window.map().contentProperty().get().layer("incidents").orElseThrow();
    }

    private boolean onMap(long fid) {
        IncidentLayer l = layer();
        int row = l.table().rowOfFid(fid);
        return row >= 0;
    }

    @Test
    void rightClickFormSaveShowsTheMarkerThenCtrlZRemovesItAndTheLogListsBoth(FxRobot robot) throws Exception {
        openDemo(robot);
        long before = SampleIncidents.scalar(demo, "SELECT count(*) FROM incidents");
        int shownBefore = layer().rowCount();
        // about 8 km across near Mendhar, so markers are drawn one by one (no count bubbles)
        double x = WebMercator.INSTANCE.xOf(74.18);
        double y = WebMercator.INSTANCE.yOf(33.62);
        robot.interact(() -> window.map().viewportProperty().set(Viewport.fit(new Envelope(x - 4000, x + 4000,
                y - 3000, y + 3000), (int) window.map().getWidth(), (int) window.map().getHeight(), 0)));
        Bounds map = window.map().localToScreen(window.map().getBoundsInLocal());
        Point2D centre = new Point2D(map.getCenterX(), map.getCenterY());
        robot.moveTo(centre).clickOn(MouseButton.SECONDARY);
        robot.clickOn("New incident here…");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#form-start").tryQuery().isPresent());
        TextField district = robot.lookup("#form-district").queryAs(TextField.class);
        assertEquals("Poonch", district.getText(), "district prefilled from the district layer");
        TextField lat = robot.lookup("#form-lat").queryAs(TextField.class);
        assertEquals(33.62, Double.parseDouble(lat.getText()), 0.01);
        TextField start = robot.lookup("#form-start").queryAs(TextField.class);
        robot.interact(() -> start.setText(""));
        robot.clickOn(start).write("2025-05-09 02:30");
        robot.interact(() -> robot.lookup("#form-type").<javafx.scene.control.ComboBox<IncidentType>>query()
                .setValue(IncidentType.ARTILLERY_SHELLING));
        // fields below the dialog's scroll viewport are filled directly; typing goes to the start field
        robot.interact(() -> {
            robot.lookup("#form-injured").queryAs(TextField.class).setText("2");
            robot.lookup("#form-source-name-0").queryAs(TextField.class).setText("J&K Police");
        });
        robot.clickOn(start);
        assertTrue(!robot.lookup("#form-save").query().isDisabled(), () -> "the report is valid, but: "
                + robot.lookup(".form-message").queryAll().stream().filter(Node::isVisible)
                        .map(n -> ((javafx.scene.control.Label) n).getText()).toList());
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.timeline().totalCountProperty().get() == before + 1);
        WaitForAsyncUtils.waitForFxEvents();
        long fid = SampleIncidents.scalar(demo, "SELECT max(fid) FROM incidents");
        assertEquals(before + 1, SampleIncidents.scalar(demo, "SELECT count(*) FROM incidents"));
        assertEquals(2, SampleIncidents.scalar(demo, "SELECT injured_total FROM incidents WHERE fid = " + fid));
        assertEquals("2025-05-08T21:00:00.000Z", SampleIncidents.text(demo,
                "SELECT start_utc FROM incidents WHERE fid = " + fid), "02:30 IST stored as UTC");
        assertTrue(onMap(fid), "the new marker is on the map");
        assertEquals(shownBefore + 1, layer().rowCount());
        assertEquals(shownBefore + 1, window.timeline().visibleCountProperty().get());
        assertEquals(fid, window.details().shown().id());

        robot.clickOn(window.map());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.timeline().totalCountProperty().get() == before);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, SampleIncidents.scalar(demo, "SELECT count(*) FROM incidents"));
        assertTrue(!onMap(fid), "Ctrl+Z removed the marker");
        assertEquals(shownBefore, layer().rowCount());
        assertEquals("", SampleIncidents.integrityProblems(demo));

        robot.clickOn("#menu-edit").clickOn("#menu-audit-log");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#history-list").tryQuery().isPresent());
        ListView<AuditEntry> list = robot.lookup("#history-list").queryAs(ListView.class);
        List<AuditEntry> shown = List.copyOf(list.getItems());
        // the rebuilt demo file's log begins with its own generation, recorded as an import
        assertEquals(3, shown.size(), shown.toString());
        assertEquals(AuditEntry.Action.IMPORT, shown.get(2).action(), "oldest: the demo file's generation");
        assertEquals(AuditEntry.Action.DELETE, shown.get(0).action(), "newest first: the undo");
        assertEquals("undo of #" + shown.get(1).id(), shown.get(0).reason());
        assertEquals(AuditEntry.Action.INSERT, shown.get(1).action());
        assertEquals(fid, shown.get(1).incidentFid());
        Node close = robot.lookup(".dialog-pane .button").match(n -> n instanceof javafx.scene.control.Button b
                && "Close".equals(b.getText())).query();
        assertNotNull(close);
        robot.clickOn(close);
    }
}
