package org.sitmap.briefing.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The export progress window follows its task, closes when it ends, and Cancel cancels it. */
@ExtendWith(ApplicationExtension.class)
class ExportProgressDialogTest {

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new Pane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    @Test
    void closesWhenTheExportSucceeds(FxRobot robot) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        Task<String> task = new Task<>() {
            @Override
            protected String call() throws Exception {
                updateMessage("Page 1 of 2: first");
                go.await();
                return "done";
            }
        };
        AtomicReference<Stage> dialog = new AtomicReference<>();
        robot.interact(() -> dialog.set(ExportProgressDialog.show(owner, "Export", task)));
        worker.execute(task);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Page 1 of 2: first".equals(
                robot.lookup("#export-message").queryLabeled().getText()));
        assertTrue(dialog.get().isShowing());
        go.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.get().isShowing());
        assertEquals("done", task.get());
    }

    @Test
    void cancelStopsTheTaskAndCloses(FxRobot robot) throws Exception {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                while (!isCancelled()) {
                    Thread.onSpinWait();
                }
                return null;
            }
        };
        AtomicReference<Stage> dialog = new AtomicReference<>();
        robot.interact(() -> dialog.set(ExportProgressDialog.show(owner, "Export", task)));
        worker.execute(task);
        robot.clickOn("#export-cancel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> task.isCancelled() && !dialog.get().isShowing());
    }
}
