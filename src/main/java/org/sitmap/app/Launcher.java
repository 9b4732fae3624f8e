package org.sitmap.app;

import javafx.application.Application;
import java.nio.file.Path;
import org.sitmap.basemap.BasemapLocator;
import org.sitmap.cli.SitmapCommand;
import org.sitmap.core.StartupTrace;
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
        StartupTrace.mark("main");
        if (args.length == 0 || args[0].startsWith("--map=") || args[0].startsWith("--data=")) {
            String mapArg = null;
            for (String a : args) {
                if (a.startsWith("--map=")) {
                    mapArg = a.substring("--map=".length());
                }
            }
            BasemapPreload.start(mapArg == null ? BasemapLocator.defaultBasemap() : Path.of(mapArg));
            Application.launch(SitmapApp.class, args);
            return;
        }
        System.exit(new CommandLine(new SitmapCommand()).execute(args));
    }
}
