package org.sitmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.districts.DistrictRow;
import org.sitmap.districts.DistrictTable;
import org.sitmap.districts.DistrictTableFormat;
import org.sitmap.districts.layer.ChoroplethLayer;
import org.sitmap.map.projection.WebMercator;
import org.sitmap.testsupport.Cli;
import org.sitmap.testsupport.TestPaths;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The district view in the real window, headless, on a copy of the demo file: the table appears
 * (Ctrl+D), selecting a row zooms the map onto that district, the choropleth's on-map legend states
 * both windows, and the CLI prints exactly the table the app computed for the same windows.
 */
@ExtendWith(ApplicationExtension.class)
class DistrictWindowTest {

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
        window.districts().dispose();
        app.stop();
    }

    private DistrictTable openDistricts(FxRobot robot) throws Exception {
        demo = app.openDemo(robot, dir);
        robot.interact(() -> window.districts().toggle());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> window.districts().panel().shownProperty().get() != null);
        return window.districts().panel().shownProperty().get();
    }

    /**
     * Clicks the row showing {@code name} until the panel has selected {@code key}: a result that
     * arrives between finding the cell and the click (the first windows' table replaced by the
     * final one) can move the rows under the pointer, so a click that lands on another row is
     * made again (at most three times).
     */
    private void clickRow(FxRobot robot, String name, String key) throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".table-cell")
                    .match((TableCell<?, ?> c) -> name.equals(c.getText())).tryQuery().isPresent());
            Node cell = robot.lookup(".table-cell").match((TableCell<?, ?> c) -> name.equals(c.getText())).query();
            robot.clickOn(cell);
            try {
                WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS,
                        () -> key.equals(window.districts().panel().choiceProperty().get().selectedDistrict()));
                return;
            } catch (java.util.concurrent.TimeoutException missed) {
                // the rows moved under the click; find the cell again
            }
        }
        assertEquals(key, window.districts().panel().choiceProperty().get().selectedDistrict(),
                "clicking the " + name + " row selects it");
    }

    @Test
    void selectingARowZoomsTheMapToTheDistrict(FxRobot robot) throws Exception {
        DistrictTable table = openDistricts(robot);
        DistrictRow kupwara = table.row("Kupwara", "IN");
        assertNotNull(kupwara);
        double before = window.map().viewportProperty().get().unitsPerPixel();
        clickRow(robot, "Kupwara", kupwara.district().key());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.map().viewportProperty().get().unitsPerPixel() < before);
        Envelope shown = window.map().viewportProperty().get().worldEnvelope();
        Envelope district = WebMercator.INSTANCE.project(kupwara.district().lonLat()).getEnvelopeInternal();
        assertTrue(shown.contains(district), "the view " + shown + " holds Kupwara " + district);
        assertTrue(shown.getWidth() < district.getWidth() * 3 || shown.getHeight() < district.getHeight() * 3,
                "zoomed onto the district, not the region: " + shown);
        assertEquals("IN:kupwara", window.districts().panel().choiceProperty().get().selectedDistrict());
        assertTrue(window.map().contentProperty().get().layer("district-selection").isPresent());
    }

    @Test
    void choroplethLegendStatesBothWindows(FxRobot robot) throws Exception {
        DistrictTable table = openDistricts(robot);
        robot.clickOn("#district-choropleth-toggle");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.map().contentProperty().get().layer(ChoroplethLayer.ID).isPresent());
        ChoroplethLayer layer = (ChoroplethLayer) window.map().contentProperty().get().layer(ChoroplethLayer.ID).get();
        String before = "Before: " + table.windows().describe(table.windows().before());
        String after = "After:  " + table.windows().describe(table.windows().after());
        assertTrue(before.contains("10 May 2025 17:00 IST"), before);
        assertTrue(layer.legendLines().contains(before), layer.legendLines().toString());
        assertTrue(layer.legendLines().contains(after), layer.legendLines().toString());
        // the legend is drawn into the map, so PNG output of the same renderer carries it
        var image = new java.awt.image.BufferedImage(900, 600, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        var v = window.map().viewportProperty().get().resized(900, 600);
        new org.sitmap.map.render.MapRenderer().render(window.map().contentProperty().get(), v, g);
        g.dispose();
        var without = new java.awt.image.BufferedImage(900, 600, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        g = without.createGraphics();
        new org.sitmap.map.render.MapRenderer().render(window.map().contentProperty().get()
                .withVisibility(ChoroplethLayer.ID, false), v, g);
        g.dispose();
        int differing = 0;
        for (int y = 16; y < 60; y++) {
            for (int x = 16; x < 300; x++) {
                if (image.getRGB(x, y) != without.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertTrue(differing > 2000, "legend box drawn at the top left: " + differing + " pixels differ");
    }

    @Test
    void theCliPrintsTheTableTheAppComputed(FxRobot robot) throws Exception {
        DistrictTable app = openDistricts(robot);
        String before = Instant.ofEpochMilli(app.windows().before().startMs()) + ".."
                + Instant.ofEpochMilli(app.windows().before().endMs());
        String after = Instant.ofEpochMilli(app.windows().after().startMs()) + ".."
                + Instant.ofEpochMilli(app.windows().after().endMs());
        Path csv = dir.resolve("out/districts.csv");
        Cli.Run run = Cli.run("districts", "--db", demo.toString(), "--before", before, "--after", after,
                "--map", TestPaths.basemap().toString(), "--csv", csv.toString());
        assertEquals(0, run.exitCode(), run.toString());
        String expected = "# " + org.sitmap.situation.IncidentFile.SYNTHETIC_NOTICE + "\n"
                + DistrictTableFormat.text(app) + "csv=" + csv + "\n";
        assertEquals(expected, run.out().replace("\r\n", "\n"));
        assertEquals(DistrictTableFormat.toCsv(DistrictTableFormat.csvRows(app)), Files.readString(csv));
        assertTrue(app.total().before() > 1000, "the demo's pre-ceasefire weeks are busy: " + app.total().before());
    }
}
