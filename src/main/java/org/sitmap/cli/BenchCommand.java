package org.sitmap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.sitmap.bench.AcledCsvGenerator;
import org.sitmap.io.incidents.ImportFormat;
import org.sitmap.io.store.ImportOutcome;
import org.sitmap.io.store.IncidentImport;
import org.sitmap.io.store.IncidentSchema;
import org.sitmap.io.store.IncidentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitmap bench …}: benchmarks that print {@code key=value} lines. {@code bench import}
 * generates an ACLED-style CSV, imports it into a fresh store (R-tree built) and, where GDAL's
 * {@code ogr2ogr} is installed, times it on the same CSV for comparison; {@code bench frame}
 * ({@link FrameBenchCommand}) times one timeline slider frame at N incidents.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks (print key=value lines).",
        subcommands = {BenchCommand.ImportBench.class, FrameBenchCommand.class, EditBenchCommand.class,
                DistrictBenchCommand.class})
public final class BenchCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import N generated ACLED rows; compare with ogr2ogr when installed.")
    static final class ImportBench implements Callable<Integer> {

        @Option(names = "--rows", defaultValue = "1000000", description = "Rows to generate (default: ${DEFAULT-VALUE}).")
        int rows;

        @Option(names = "--dir", description = "Working directory (default: a new temporary directory).")
        Path dir;

        @Override
        public Integer call() throws Exception {
            Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("sitmap-bench");
            Path csv = work.resolve("bench-acled.csv");
            AcledCsvGenerator.write(csv, rows, 42);
            System.out.println("rows=" + rows);
            System.out.println("csv_bytes=" + Files.size(csv));
            Path db = work.resolve("bench.gpkg");
            Files.deleteIfExists(db);
            IncidentSchema.create(db, false, "benchmark", false);
            long t0 = System.nanoTime();
            ImportOutcome outcome;
            try (IncidentStore store = IncidentStore.openWritable(db)) {
                outcome = new IncidentImport(store).run(csv, ImportFormat.ACLED, false, i -> { }, (d, t) -> { });
            }
            double importS = (System.nanoTime() - t0) / 1e9;
            if (!outcome.committed() || outcome.added() != rows) {
                System.err.println("sitmap bench import: import did not land whole: " + outcome.summary());
                return 1;
            }
            System.out.printf(java.util.Locale.ROOT, "import_s=%.2f%n", importS);
            System.out.printf(java.util.Locale.ROOT, "import_rows_per_s=%.0f%n", rows / importS);
            Double ogrS = ogr2ogr(csv, work.resolve("ogr.gpkg"));
            if (ogrS != null) {
                System.out.printf(java.util.Locale.ROOT, "ogr2ogr_s=%.2f%n", ogrS);
                System.out.printf(java.util.Locale.ROOT, "ratio_vs_ogr2ogr=%.3f%n", importS / ogrS);
            } else {
                System.out.println("ogr2ogr=not installed (apt-get install gdal-bin to compare)");
            }
            return 0;
        }

        /** Seconds ogr2ogr takes to load the CSV into a GeoPackage with its spatial index, or null. */
        private static Double ogr2ogr(Path csv, Path out) throws IOException, InterruptedException {
            Files.deleteIfExists(out);
            ProcessBuilder pb = new ProcessBuilder("ogr2ogr", "-f", "GPKG", out.toString(), csv.toString(),
                    "-oo", "X_POSSIBLE_NAMES=longitude", "-oo", "Y_POSSIBLE_NAMES=latitude", "-oo", "KEEP_GEOM_COLUMNS=NO",
                    "-a_srs", "EPSG:4326", "-nln", "incidents", "-lco", "SPATIAL_INDEX=YES");
            pb.redirectErrorStream(true);
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            long t0 = System.nanoTime();
            Process p;
            try {
                p = pb.start();
            } catch (IOException e) {
                return null;
            }
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                System.err.println("ogr2ogr failed (exit " + (p.isAlive() ? "timeout" : p.exitValue()) + ")");
                return null;
            }
            return (System.nanoTime() - t0) / 1e9;
        }
    }
}
