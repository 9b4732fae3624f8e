package org.sitmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sitmap.testsupport.TestPaths;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window as the headless window tests drive it: a {@link MainWindow} on its own io
 * executor, shown on the real basemap; {@link #openDemo} opens a COPY of the demo incident file
 * and waits until the map shows it. Call {@link #start} from {@code @Start} and {@link #stop}
 * from {@code @AfterEach}.
 */
final class DemoWindow {

    /** The demo file in the repository; tests only ever open copies of it. */
    static final Path DEMO = Path.of("data/demo-incidents.gpkg");

    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private final double width;
    private final double height;
    private final boolean accelerators;
    private MainWindow window;

    /** A 1400×900 window with its keyboard accelerators installed. */
    DemoWindow() {
        this(1400, 900, true);
    }

    DemoWindow(double width, double height, boolean accelerators) {
        this.width = width;
        this.height = height;
        this.accelerators = accelerators;
    }

    /** Builds the window on the stage, shows it and starts loading the basemap. */
    MainWindow start(Stage stage) {
        window = new MainWindow(io);
        stage.setScene(new Scene(window, width, height));
        if (accelerators) {
            window.installAccelerators();
        }
        stage.show();
        window.openBasemap(TestPaths.basemap());
        return window;
    }

    MainWindow window() {
        return window;
    }

    /**
     * Stops both maps' render workers and the io executor. The district worker is left to the tests
     * that use districts: stopping it under a test that does not can reject a late district load.
     */
    void stop() {
        window.map().dispose();
        window.compareMap().dispose();
        io.shutdownNow();
    }

    /** {@link #openDemo(FxRobot, Path, long, BooleanSupplier)}, ready once the timeline has a state. */
    Path openDemo(FxRobot robot, Path dir) throws Exception {
        return openDemo(robot, dir, 30, () -> window.timeline().state() != null);
    }

    /**
     * Once the basemap is on the map, copies the demo file into {@code dir}, opens the copy and waits
     * up to {@code seconds} until the incidents layer is on the map and {@code ready} holds; asserts
     * that opening reported no error.
     *
     * @return the copy that is open
     */
    Path openDemo(FxRobot robot, Path dir, long seconds, BooleanSupplier ready) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.map().contentProperty().get() != null);
        Path demo = dir.resolve("demo-incidents.gpkg");
        Files.copy(DEMO, demo);
        List<String> errors = new CopyOnWriteArrayList<>();
        robot.interact(() -> window.openIncidents(demo, errors::add));
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> !errors.isEmpty()
                || ready.getAsBoolean() && window.map().contentProperty().get().layer("incidents").isPresent());
        assertEquals(List.of(), errors);
        return demo;
    }
}
