package org.sitmap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitmap.basemap.BasemapLocator;
import org.sitmap.core.Incident;
import org.sitmap.demo.DemoDataGenerator;
import org.sitmap.io.gpkg.GeoPackageException;
import org.sitmap.io.store.ImportOutcome;
import org.sitmap.io.store.IncidentImport;
import org.sitmap.io.store.IncidentSchema;
import org.sitmap.io.store.IncidentStore;
import org.sitmap.io.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitmap demo-data}: writes the SYNTHETIC demo incident GeoPackage from a seed and the
 * basemap. The file is flagged synthetic in its metadata, layer description, sources and notes.
 * It is built in a temporary file and moved into place only when complete.
 */
@Command(name = "demo-data", mixinStandardHelpOptions = true,
        description = "Generate the SYNTHETIC demo incident GeoPackage (seeded, reproducible).")
public final class DemoDataCommand implements Callable<Integer> {

    @Option(names = "--out", defaultValue = "data/demo-incidents.gpkg", description = "Output (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", defaultValue = "20250510", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--map", description = "Basemap to place events on (default: maps/kashmir.gpkg).")
    Path map;

    @Option(names = "--force", description = "Replace an existing output file.")
    boolean force;

    @Override
    public Integer call() {
        try {
            if (Files.exists(out) && !force) {
                throw new IllegalArgumentException(out + ": already exists (use --force to replace it)");
            }
            List<Incident> incidents = DemoDataGenerator.generate(map != null ? map : BasemapLocator.defaultBasemap(), seed);
            Path tmp = out.resolveSibling("." + out.getFileName() + ".building");
            Files.deleteIfExists(tmp);
            IncidentSchema.create(tmp, true, "Demo incidents for Sitmap, generated with seed " + seed, false);
            ImportOutcome outcome;
            try (IncidentStore store = IncidentStore.openWritable(tmp)) {
                outcome = new IncidentImport(store, "sitmap demo-data").insertAll("demo-data seed " + seed, incidents);
            }
            if (!outcome.committed()) {
                Files.deleteIfExists(tmp);
                throw new IllegalStateException("generated rows were rejected: " + outcome.issues());
            }
            try (org.sitmap.briefing.BriefingStore briefing = org.sitmap.briefing.BriefingStore.open(tmp, true)) {
                briefing.saveViews(org.sitmap.briefing.DemoBriefing.views());
            }
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            System.out.printf("wrote %s: %,d SYNTHETIC incidents (seed %d)%n", out, outcome.added(), seed);
            return 0;
        } catch (GeoPackageException | StoreException | org.sitmap.briefing.BriefingException | java.io.IOException
                 | RuntimeException e) {
            System.err.println("sitmap demo-data: " + e.getMessage());
            return 2;
        }
    }
}
