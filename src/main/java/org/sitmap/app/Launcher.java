package org.sitmap.app;

import javafx.application.Application;
import org.sitmap.cli.SitmapCommand;
import picocli.CommandLine;

/**
 * Entry point of {@code sitmap.jar}. Without a sub-command it opens the app (JavaFX on the
 * class path needs a main class that does not extend Application); with one it runs the
 * headless CLI and exits with its code.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("--map=")) {
            Application.launch(SitmapApp.class, args);
            return;
        }
        System.exit(new CommandLine(new SitmapCommand()).execute(args));
    }
}
