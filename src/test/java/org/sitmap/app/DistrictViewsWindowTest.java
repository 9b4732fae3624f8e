package org.sitmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.briefing.SavedView;
import org.sitmap.districts.ChoroplethMetric;
import org.sitmap.districts.DistrictViewChoice;
import org.sitmap.districts.layer.ChoroplethLayer;
import org.sitmap.districts.layer.LocBandsLayer;
import org.sitmap.map.MapContent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Saved views carry the district view: applying or presenting one shows its choropleth, bands and panel. */
@ExtendWith(ApplicationExtension.class)
class DistrictViewsWindowTest {

    private final DemoWindow app = new DemoWindow();
    private MainWindow window;

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

    private List<SavedView> openDemo(FxRobot robot) throws Exception {
        app.openDemo(robot, dir, 60, () -> window.briefing().views().size() == 5
                && window.districts().analysis() != null
                && window.districts().analysis().table() == window.incidentFileProperty().get().table());
        return window.briefing().views();
    }

    private MapContent content() {
        return window.map().contentProperty().get();
    }

    private boolean choropleth(ChoroplethMetric metric) {
        return content().layer(ChoroplethLayer.ID).map(l -> ((ChoroplethLayer) l).heading().equals(metric.label()))
                .orElse(false);
    }

    private boolean bands() {
        return content().layer(LocBandsLayer.ID).isPresent();
    }

    @Test
    void applyingAViewShowsItsDistrictChoiceAndAViewWithoutOneHidesIt(FxRobot robot) throws Exception {
        List<SavedView> views = openDemo(robot);
        assertFalse(content().layer(ChoroplethLayer.ID).isPresent(), "off until asked for");

        robot.interact(() -> window.briefing().apply(views.get(3)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> choropleth(ChoroplethMetric.CHANGE));
        ChoroplethLayer layer = (ChoroplethLayer) content().layer(ChoroplethLayer.ID).orElseThrow();
        assertTrue(layer.hasMapLegend(), "the window's map draws the choropleth legend itself");
        assertTrue(content().isVisible(ChoroplethLayer.ID));
        assertFalse(bands());
        assertTrue(window.districts().isShown(), "the view was saved with the table docked");
        assertTrue(robot.lookup("#district-split").tryQuery().isPresent());
        assertEquals(ChoroplethMetric.CHANGE, window.districts().panel().choiceProperty().get().metric());
        assertEquals("Before", window.districts().panel().choiceProperty().get().sortColumn());

        // capturing now keeps the same choice (what "Update to current" saves)
        AtomicReference<String> captured = new AtomicReference<>();
        robot.interact(() -> captured.set(window.briefing().capture("x").districtChoice()));
        assertEquals(DistrictViewChoice.fromJson(views.get(3).districtChoice()), DistrictViewChoice.fromJson(captured.get()));

        robot.interact(() -> window.briefing().apply(views.get(0)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> content().layer(ChoroplethLayer.ID).isEmpty()
                && !bands() && window.timeline().state().equals(views.get(0).state()));
        assertFalse(window.districts().isShown(), "a view without district state closes the table");
        assertSame(window.mapArea(), window.getCenter());
        robot.interact(() -> captured.set(window.briefing().capture("y").districtChoice()));
        assertNull(captured.get(), "a plain map view saves no district choice");

        robot.interact(() -> window.briefing().apply(views.get(4)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, this::bands);
        assertTrue(content().layer(ChoroplethLayer.ID).isEmpty());
        assertTrue(window.districts().panel().bandsToggle().isSelected());
    }

    @Test
    void presentingShowsEachViewsChoroplethOrBandsWithTheirLegendAndEscRestoresTheWindow(FxRobot robot)
            throws Exception {
        List<SavedView> views = openDemo(robot);
        robot.interact(() -> window.briefing().present(3));
        PresentationMode p = window.briefing().presentation();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> p.isActive() && choropleth(ChoroplethMetric.CHANGE)
                && p.overlay().shownPage() != null && p.overlay().shownPage().legend().stream()
                .anyMatch(i -> i.caption().startsWith("District shading: ")));
        assertFalse(((ChoroplethLayer) content().layer(ChoroplethLayer.ID).orElseThrow()).hasMapLegend(),
                "no legend box under the title block; the overlay's legend lists the classes");
        assertTrue(robot.lookup("#district-split").tryQuery().isEmpty(), "the table stays hidden while presenting");

        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> p.index() == 4 && bands()
                && content().layer(ChoroplethLayer.ID).isEmpty() && p.overlay().shownPage() != null
                && p.overlay().shownPage().legend().stream().anyMatch(i -> i.caption().contains("from the LoC")));

        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> p.index() == 3 && choropleth(ChoroplethMetric.CHANGE)
                && !bands());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(p.isActive());
        assertTrue(window.districts().isShown());
        assertTrue(robot.lookup("#district-split").tryQuery().isPresent(), "the last view's table docked again");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> content().layer(ChoroplethLayer.ID)
                .map(l -> ((ChoroplethLayer) l).hasMapLegend()).orElse(false));
        assertEquals(views.get(3).state(), window.timeline().state());
    }
}
