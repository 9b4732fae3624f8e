package org.sitmap.io.incidents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The incident file formats Sitmap imports, each with its reader. {@link #detect(Path)} picks the format from the file name
 * ({@code .geojson}/{@code .json}, {@code .kml}/{@code .kmz}) or, for {@code .csv}, from the header
 * row: {@code event_id_cnty} means ACLED, {@code where_prec} with {@code relid} or
 * {@code type_of_violence} means UCDP GED (UCDP's own downloads have no relid column; HDX's do).
 * Immutable and thread-safe.
 */
public enum ImportFormat {
    ACLED("ACLED CSV (.csv with event_id_cnty)", AcledCsvReader::new),
    UCDP("UCDP GED CSV (.csv with where_prec and relid or type_of_violence)", UcdpCsvReader::new),
    GEOJSON("GeoJSON FeatureCollection (.geojson, .json)", GeoJsonReader::new),
    KML("KML or KMZ (.kml, .kmz)", KmlReader::new);

    private final String description;
    private final Supplier<IncidentReader> readerFactory;

    ImportFormat(String description, Supplier<IncidentReader> readerFactory) {
        this.description = description;
        this.readerFactory = readerFactory;
    }

    public String description() {
        return description;
    }

    public IncidentReader reader() {
        return readerFactory.get();
    }

    /** The format of {@code file}, from its extension and, for CSV, its header row. */
    public static ImportFormat detect(Path file) throws ImportException {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".geojson") || lower.endsWith(".json")) {
            return GEOJSON;
        }
        if (lower.endsWith(".kml") || lower.endsWith(".kmz")) {
            return KML;
        }
        if (lower.endsWith(".csv")) {
            List<String> header;
            try (CsvRows rows = CsvRows.open(file)) {
                header = rows.headerNames();
            } catch (IOException e) {
                throw new ImportException(file, "cannot read: " + e, e);
            }
            if (header.contains("event_id_cnty")) {
                return ACLED;
            }
            if (header.contains("where_prec") && (header.contains("relid") || header.contains("type_of_violence"))) {
                return UCDP;
            }
            throw new ImportException(file, "unrecognised CSV header (neither ACLED nor UCDP GED); " + supported());
        }
        throw new ImportException(file, "unrecognised file type; " + supported());
    }

    private static String supported() {
        StringBuilder sb = new StringBuilder("supported formats: ");
        for (ImportFormat f : values()) {
            sb.append(f.ordinal() == 0 ? "" : "; ").append(f.description);
        }
        return sb.toString();
    }
}
