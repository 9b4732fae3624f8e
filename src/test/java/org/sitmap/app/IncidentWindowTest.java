package org.sitmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.core.Incident;
import org.sitmap.incidents.IncidentTable;
import org.sitmap.incidents.layer.IncidentLayer;
import org.sitmap.map.MapContent;
import org.sitmap.map.Viewport;
import org.sitmap.map.fx.MapView;
import org.sitmap.situation.IncidentFile;
import org.sitmap.testsupport.TestPaths;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window with the demo incident file, headless (Monocle): banner, clicks, clusters, bad files. */
@ExtendWith(ApplicationExtension.class)
class IncidentWindowTest {

    private final DemoWindow app = new DemoWindow(1200, 800, false);
    private MainWindow window;

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

    private MapView map() {
        return window.map();
    }

    /** Opens a copy of the demo file and waits until the map shows its incidents. */
    private IncidentFile openDemo(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> map().viewportProperty().get() != null);
        Path demo = app.openDemo(robot, dir, 30, () -> window.incidentFileProperty().get() != null);
        IncidentFile f = window.incidentFileProperty().get();
        assertEquals(demo, f.file());
        assertTrue(f.table().size() > 1000, "the demo has thousands of incidents");
        return f;
    }

    private static double clusterThreshold() throws Exception {
        Class<?> c = Class.forName("org.sitmap.incidents.layer.MarkerClusters");
        var field = c.getDeclaredField("CLUSTER_ABOVE_UNITS_PER_PIXEL");
        field.setAccessible(true);
        return field.getDouble(null);
    }

    private void setViewport(FxRobot robot, Viewport v) throws TimeoutException {
        robot.interact(() -> map().viewportProperty().set(v));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> map().lastFrameProperty().get() != null
                && map().lastFrameProperty().get().viewport().equals(map().viewportProperty().get()));
    }

    @Test
    void openingTheDemoFileShowsTheSyntheticBanner(FxRobot robot) throws Exception {
        assertNull(map().noticeText(), "no banner before a synthetic file is open");
        IncidentFile f = openDemo(robot);
        assertTrue(f.synthetic());
        WaitForAsyncUtils.waitForFxEvents();
        Label banner = robot.lookup("#map-notice").queryAs(Label.class);
        assertTrue(banner.isVisible());
        assertTrue(banner.getText().contains("SYNTHETIC"), banner.getText());
        assertTrue(banner.getWidth() > 0 && banner.getHeight() > 0, "the banner is laid out on screen");
        assertTrue(map().noticeText().contains("SYNTHETIC"), map().noticeText());
    }

    @Test
    void clickingExactlyOnAnIncidentShowsItsDetails(FxRobot robot) throws Exception {
        IncidentFile f = openDemo(robot);
        IncidentTable t = f.table();
        Viewport now = map().viewportProperty().get();
        double upp = clusterThreshold() / 4;
        // an incident with no other within 30 px at this zoom, so the click can only mean this one
        int row = -1;
        double clearWorld = 30 * upp;
        for (int i = 0; i < t.size() && row < 0; i += 7) {
            boolean alone = true;
            for (int j = 0; j < t.size() && alone; j++) {
                if (j != i && Math.hypot(t.x(j) - t.x(i), t.y(j) - t.y(i)) < clearWorld) {
                    alone = false;
                }
            }
            if (alone) {
                row = i;
            }
        }
        assertTrue(row >= 0, "some demo incident stands alone");
        Viewport v = new Viewport(t.x(row) + 123 * upp, t.y(row) - 77 * upp, upp, now.widthPx(), now.heightPx());
        setViewport(robot, v);
        double sx = v.screenX(t.x(row));
        double sy = v.screenY(t.y(row));
        robot.clickOn(map().localToScreen(sx, sy));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.details().shown() != null);

        Incident shown = window.details().shown();
        assertEquals(t.fid(row), shown.id());
        assertEquals(t.type(row), shown.type());
        assertEquals(t.startMs(row), shown.startUtc().toEpochMilli());
        Node panel = robot.lookup("#incident-details").query();
        List<String> texts = robot.from(panel).lookup((Node n) -> n instanceof Label).queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(texts.stream().anyMatch(s -> s.startsWith(shown.id() + "  (source: " + shown.sourceEventId())),
                "the ID row shows the fid: " + texts);
        assertTrue(texts.stream().anyMatch(s -> s.startsWith(shown.type().label())), "the title shows the type: " + texts);
        assertEquals(v, map().viewportProperty().get(), "a click on a marker does not move the map");
    }

    @Test
    void clickingAClusterBubbleWhenZoomedOutZoomsIn(FxRobot robot) throws Exception {
        openDemo(robot);
        robot.interact(() -> map().zoomToFocus());
        Viewport v = map().viewportProperty().get();
        assertTrue(v.unitsPerPixel() > clusterThreshold(), "the LoC view is zoomed out enough to cluster");
        setViewport(robot, v);
        MapContent content = map().contentProperty().get();
        IncidentLayer layer = (IncidentLayer) content.layer("incidents").orElseThrow();
        IncidentLayer.Hit.Cluster bubble = null;
        IncidentTable t = layer.table();
        for (int i = 0; i < t.size() && bubble == null; i += 3) {
            double sx = v.screenX(t.x(i));
            double sy = v.screenY(t.y(i));
            if (sx > 40 && sy > 60 && sx < v.widthPx() - 40 && sy < v.heightPx() - 40
                    && layer.hitTest(v, sx, sy, content::isVisible) instanceof IncidentLayer.Hit.Cluster c) {
                bubble = c;
            }
        }
        assertNotNull(bubble, "the zoomed-out demo shows count bubbles");
        assertTrue(bubble.count() > 1);
        Point2D worldBefore = new Point2D(v.worldX(bubble.screenX()), v.worldY(bubble.screenY()));
        robot.clickOn(map().localToScreen(bubble.screenX(), bubble.screenY()));
        WaitForAsyncUtils.waitForFxEvents();
        Viewport after = map().viewportProperty().get();
        assertTrue(after.unitsPerPixel() < v.unitsPerPixel() / 2, v.unitsPerPixel() + " → " + after.unitsPerPixel());
        assertEquals(worldBefore.getX(), after.worldX(bubble.screenX()), after.unitsPerPixel(),
                "the bubble stays under the pointer");
        assertEquals(worldBefore.getY(), after.worldY(bubble.screenY()), after.unitsPerPixel());
        assertNull(window.details().shown(), "a bubble is not an incident");
    }

    @Test
    void openingANonIncidentGeoPackageKeepsThePreviousFileAndSaysWhy(FxRobot robot) throws Exception {
        IncidentFile demo = openDemo(robot);
        MapContent before = map().contentProperty().get();
        Path sewer = dir.resolve("sewer.gpkg");
        Files.copy(TestPaths.fixtures().resolve("gpkg/ets-gpkg12_simple_sewer_features.gpkg"), sewer);
        List<String> errors = new CopyOnWriteArrayList<>();
        robot.interact(() -> window.openIncidents(sewer, errors::add));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !errors.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        String reason = errors.get(0);
        assertTrue(reason.contains(sewer.toString()), reason);
        assertTrue(reason.contains("not a Sitmap incident file"), reason);
        assertTrue(reason.contains("was not changed"), reason);
        assertSame(demo, window.incidentFileProperty().get(), "the demo file stays open");
        assertSame(before, map().contentProperty().get(), "the map still shows the demo incidents");
        assertTrue(map().noticeText().contains("SYNTHETIC"));
    }
}
