package org.sitmap.io.store;

import java.nio.file.Path;
import java.util.List;
import org.sitmap.io.gpkg.Column;
import org.sitmap.io.gpkg.GeoPackageException;
import org.sitmap.io.gpkg.GeoPackageWriter;

/**
 * The incident GeoPackage's schema (documented in data/README.md): the point layer
 * {@code incidents} in EPSG:4326 with the R-tree extension, a time index and a unique index on
 * the source's event id; {@code import_batches}; and {@code sitmap_metadata} (key/value, holds the
 * schema version and the synthetic flag). Times are stored twice: ISO-8601 UTC text (DATETIME,
 * what QGIS and GDAL show) and epoch milliseconds (what range queries use). Constants only.
 */
public final class IncidentSchema {

    public static final String INCIDENTS = "incidents";
    public static final String BATCHES = "import_batches";
    public static final String METADATA = "sitmap_metadata";
    public static final String REFERENCE_DATES = "reference_dates";
    public static final String SCHEMA_VERSION = "sitmap-incidents/1";
    public static final String KEY_SCHEMA = "schema";
    public static final String KEY_SYNTHETIC = "synthetic";
    public static final String KEY_DESCRIPTION = "description";

    /** Incident columns after fid and geom, in the order {@link IncidentRows} binds them. */
    public static final List<Column> INCIDENT_COLUMNS = List.of(
            Column.of("source_event_id", "TEXT"),
            new Column("start_utc", "DATETIME", true),
            new Column("end_utc", "DATETIME", true),
            new Column("start_ms", "INTEGER", true),
            new Column("end_ms", "INTEGER", true),
            new Column("time_precision", "TEXT", true),
            new Column("report_zone", "TEXT", true),
            new Column("type", "TEXT", true),
            Column.of("sub_type", "TEXT"),
            Column.of("actor", "TEXT"),
            Column.of("reporting_side", "TEXT"),
            Column.of("admin1", "TEXT"),
            Column.of("district", "TEXT"),
            Column.of("location", "TEXT"),
            Column.of("location_precision_scheme", "TEXT"),
            Column.of("location_precision_code", "INTEGER"),
            Column.of("killed_total", "INTEGER"),
            Column.of("killed_civilian", "INTEGER"),
            Column.of("killed_security", "INTEGER"),
            Column.of("injured_total", "INTEGER"),
            Column.of("injured_civilian", "INTEGER"),
            Column.of("injured_security", "INTEGER"),
            Column.of("source_names", "TEXT"),
            Column.of("source_urls", "TEXT"),
            Column.of("reliability", "TEXT"),
            Column.of("credibility", "INTEGER"),
            Column.of("notes", "TEXT"),
            Column.of("import_batch", "INTEGER"),
            new Column("created_utc", "DATETIME", true),
            new Column("updated_utc", "DATETIME", true));

    static final List<Column> BATCH_COLUMNS = List.of(
            new Column("file", "TEXT", true),
            new Column("format", "TEXT", true),
            new Column("imported_utc", "DATETIME", true),
            Column.of("user_name", "TEXT"),
            Column.of("rows_added", "INTEGER"),
            Column.of("rows_skipped", "INTEGER"),
            Column.of("rows_rejected", "INTEGER"));

    static final List<Column> REFERENCE_DATE_COLUMNS = List.of(
            new Column("ref_id", "TEXT", true),
            new Column("label", "TEXT", true),
            new Column("at_utc", "DATETIME", true),
            new Column("sort_order", "INTEGER", true));

    static final String REFERENCE_DATES_DESCRIPTION = "Reference dates for the timeline (e.g. the 10 May 2025 ceasefire)";

    static final List<Column> METADATA_COLUMNS = List.of(
            new Column("key", "TEXT", true),
            Column.of("value", "TEXT"));

    private IncidentSchema() {
    }

    /**
     * Creates a new, empty incident GeoPackage at {@code file} (atomically: it appears complete
     * or not at all).
     */
    public static void create(Path file, boolean synthetic, String description, boolean overwrite)
            throws StoreException {
        String layerDescription = (synthetic ? "SYNTHETIC DEMO DATA — not real events. " : "")
                + (description == null ? "Reported incidents along the Line of Control" : description);
        try (GeoPackageWriter w = GeoPackageWriter.create(file, overwrite)) {
            w.createFeatureTable(INCIDENTS, "POINT", INCIDENT_COLUMNS, "incidents", layerDescription);
            w.createAttributesTable(BATCHES, BATCH_COLUMNS, "import batches", "One row per import of a file");
            w.createAttributesTable(METADATA, METADATA_COLUMNS, "sitmap metadata",
                    "Sitmap file metadata: schema version, synthetic flag");
            w.executeDdl(INCIDENTS, "CREATE INDEX incidents_start_ms ON incidents (start_ms)");
            w.executeDdl(INCIDENTS, "CREATE UNIQUE INDEX incidents_source_event_id ON incidents (source_event_id)"
                    + " WHERE source_event_id IS NOT NULL");
            w.executeDdl(METADATA, "CREATE UNIQUE INDEX sitmap_metadata_key ON sitmap_metadata (key)");
            w.createAttributesTable(REFERENCE_DATES, REFERENCE_DATE_COLUMNS, "reference dates",
                    REFERENCE_DATES_DESCRIPTION);
            int order = 0;
            for (org.sitmap.core.ReferenceDate r : org.sitmap.core.ReferenceDate.defaults()) {
                w.insert(REFERENCE_DATES, null, java.util.Map.of("ref_id", r.id(), "label", r.label(),
                        "at_utc", IncidentRows.DATETIME.format(r.at()), "sort_order", order++));
            }
            w.insert(METADATA, null, java.util.Map.of("key", KEY_SCHEMA, "value", SCHEMA_VERSION));
            w.insert(METADATA, null, java.util.Map.of("key", KEY_SYNTHETIC, "value", Boolean.toString(synthetic)));
            w.insert(METADATA, null, java.util.Map.of("key", KEY_DESCRIPTION, "value", layerDescription));
            w.createSpatialIndex(INCIDENTS);
            w.commit();
        } catch (GeoPackageException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }
}
