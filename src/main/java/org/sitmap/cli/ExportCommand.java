package org.sitmap.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitmap.core.Incident;
import org.sitmap.core.ReportZone;
import org.sitmap.io.incidents.AcledCsvWriter;
import org.sitmap.io.incidents.GeoJsonWriter;
import org.sitmap.io.incidents.IncidentWriter;
import org.sitmap.io.incidents.KmlWriter;
import org.sitmap.io.store.IncidentStore;
import org.sitmap.io.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitmap export --from DB --format csv|geojson|kml --out FILE [--from-date D] [--to-date D]}.
 * Dates are calendar days in IST (the default report zone of the app): {@code --from-date}
 * inclusive, {@code --to-date} inclusive. The output file is written atomically.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export incidents to CSV, GeoJSON or KML.")
public final class ExportCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, description = "Incident GeoPackage to read.")
    Path from;

    @Option(names = "--format", required = true, description = "csv (ACLED-like columns), geojson or kml.")
    String format;

    @Option(names = "--out", required = true, description = "File to write.")
    Path out;

    @Option(names = "--from-date", description = "First day to include (yyyy-MM-dd, IST).")
    String fromDate;

    @Option(names = "--to-date", description = "Last day to include (yyyy-MM-dd, IST).")
    String toDate;

    @Override
    public Integer call() {
        try {
            IncidentWriter writer = switch (format.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "csv" -> new AcledCsvWriter();
                case "geojson" -> new GeoJsonWriter();
                case "kml" -> new KmlWriter();
                default -> throw new IllegalArgumentException("--format must be csv, geojson or kml; got '" + format + "'");
            };
            Instant start = day(fromDate, "--from-date", 0);
            Instant end = day(toDate, "--to-date", 1);
            List<Incident> incidents;
            try (IncidentStore store = IncidentStore.openReadOnly(from)) {
                incidents = store.query(start, end);
            }
            writer.write(incidents, out);
            System.out.printf("wrote %,d incidents to %s%n", incidents.size(), out);
            return 0;
        } catch (StoreException | IOException | IllegalArgumentException e) {
            System.err.println("sitmap export: " + e.getMessage());
            return 2;
        }
    }

    private static Instant day(String text, String option, int plusDays) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim()).plusDays(plusDays).atStartOfDay(ReportZone.IST.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a date like 2025-05-10; got '" + text + "'");
        }
    }
}
