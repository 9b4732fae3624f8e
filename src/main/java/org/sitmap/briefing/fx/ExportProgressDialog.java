package org.sitmap.briefing.fx;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * A small window that follows an export {@link Task}: its message ("Page 3 of 6: …") and progress,
 * and a Cancel button that cancels the task (the export then stops between pages or inside a map
 * render and leaves no file). Closes itself when the task ends. FX thread only.
 */
public final class ExportProgressDialog {

    private ExportProgressDialog() {
    }

    public static Stage show(Window owner, String title, Task<?> task) {
        Stage stage = new Stage(StageStyle.UTILITY);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(title);
        Label message = new Label();
        message.setId("export-message");
        message.textProperty().bind(task.messageProperty());
        message.setPrefWidth(420);
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.progressProperty().bind(task.progressProperty());
        bar.setPrefWidth(420);
        Button cancel = new Button("Cancel");
        cancel.setId("export-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> task.cancel(true));
        HBox buttons = new HBox(cancel);
        buttons.setStyle("-fx-alignment: center-right;");
        VBox box = new VBox(10, message, bar, buttons);
        box.setPadding(new Insets(14));
        stage.setScene(new Scene(box));
        stage.setOnCloseRequest(e -> task.cancel(true));
        task.stateProperty().addListener((o, was, state) -> {
            if (state == javafx.concurrent.Worker.State.SUCCEEDED || state == javafx.concurrent.Worker.State.FAILED
                    || state == javafx.concurrent.Worker.State.CANCELLED) {
                stage.close();
            }
        });
        stage.show();
        return stage;
    }
}
