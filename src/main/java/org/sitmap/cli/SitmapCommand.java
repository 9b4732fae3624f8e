package org.sitmap.cli;

import picocli.CommandLine.Command;

/**
 * The top-level {@code sitmap} command. With no arguments the launcher opens the app; with a
 * sub-command it runs headless. Picocli builds one instance per invocation.
 */
@Command(name = "sitmap", mixinStandardHelpOptions = true, version = "Sitmap 0.1",
        description = "Offline situation map of the India–Pakistan Line of Control.%n"
                + "Run without arguments to open the app.",
        subcommands = {RenderCommand.class, BasemapCommand.class, ImportCommand.class, ExportCommand.class,
                StatsCommand.class, DemoDataCommand.class, BenchCommand.class, HistoryCommand.class,
                BriefCommand.class, DistrictsCommand.class})
public final class SitmapCommand {
}
