package org.sitmap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitmap.io.incidents.ImportException;
import org.sitmap.io.incidents.ImportFormat;
import org.sitmap.io.store.ImportOutcome;
import org.sitmap.io.store.IncidentImport;
import org.sitmap.io.store.IncidentSchema;
import org.sitmap.io.store.IncidentStore;
import org.sitmap.io.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitmap import FILE --into DB.gpkg}: one file, one transaction. Every rejected row is
 * printed with file, line, field and reason; progress goes to stderr. Exit 0 when the import was
 * committed, 1 when rows were rejected and nothing was imported, 2 on a bad file or store.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import incidents (ACLED CSV, UCDP GED CSV, GeoJSON, KML/KMZ) into an incident GeoPackage.")
public final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "File to import.")
    Path file;

    @Option(names = "--into", required = true, description = "Incident GeoPackage; created if it does not exist.")
    Path into;

    @Option(names = "--format", description = "acled, ucdp, geojson or kml (default: detected).")
    String format;

    @Option(names = "--skip-bad-rows", description = "Import the good rows even when some are rejected.")
    boolean skipBadRows;

    @Override
    public Integer call() {
        try {
            ImportFormat fmt = format == null ? null : parseFormat(format);
            boolean created = !Files.exists(into);
            if (created) {
                IncidentSchema.create(into, false, null, false);
                System.err.println("created " + into);
            }
            ConsoleProgress progress = new ConsoleProgress("import " + file.getFileName());
            ImportOutcome outcome;
            try (IncidentStore store = IncidentStore.openWritable(into)) {
                if (store.isSynthetic()) {
                    throw new StoreException(into + ": this file holds SYNTHETIC demo data; real reports are never "
                            + "imported into it. Import into a new file instead (e.g. --into incidents.gpkg). "
                            + "The file was not changed.");
                }
                outcome = new IncidentImport(store).run(file, fmt, skipBadRows, issue -> { }, progress);
            } catch (StoreException | ImportException e) {
                if (created) {
                    Files.deleteIfExists(into);
                }
                throw e;
            }
            if (created && !outcome.committed()) {
                Files.deleteIfExists(into);
                System.err.println("removed " + into + " (nothing was imported into it)");
            }
            progress.done();
            outcome.issues().forEach(i -> System.out.println(i.severity() + " " + i));
            if (outcome.issueCount() > outcome.issues().size()) {
                System.out.printf("… and %,d more issues%n", outcome.issueCount() - outcome.issues().size());
            }
            System.out.println(outcome.summary());
            return outcome.committed() ? 0 : 1;
        } catch (StoreException | ImportException | IllegalArgumentException | java.io.IOException e) {
            System.err.println("sitmap import: " + e.getMessage());
            return 2;
        }
    }

    static ImportFormat parseFormat(String text) {
        try {
            return ImportFormat.valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format must be one of acled, ucdp, geojson, kml; got '" + text + "'");
        }
    }
}
