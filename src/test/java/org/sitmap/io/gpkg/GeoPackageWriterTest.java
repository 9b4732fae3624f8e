package org.sitmap.io.gpkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class GeoPackageWriterTest {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    @TempDir
    Path dir;

    @Test
    void mandatoryTablesFollowTheSpec() throws Exception {
        Path file = writeSample(dir.resolve("sample.gpkg"), false);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEquals(0x47504B47, queryLong(c, "PRAGMA application_id"));
            assertEquals(10300, queryLong(c, "PRAGMA user_version"));
            assertEquals(List.of("srs_name", "srs_id", "organization", "organization_coordsys_id", "definition",
                    "description"), columns(c, "gpkg_spatial_ref_sys"));
            assertEquals(List.of("table_name", "data_type", "identifier", "description", "last_change", "min_x",
                    "min_y", "max_x", "max_y", "srs_id"), columns(c, "gpkg_contents"));
            assertEquals(List.of("table_name", "column_name", "geometry_type_name", "srs_id", "z", "m"),
                    columns(c, "gpkg_geometry_columns"));
            assertEquals(List.of("-1", "0", "4326"),
                    strings(c, "SELECT srs_id FROM gpkg_spatial_ref_sys ORDER BY srs_id"));
            assertEquals(List.of("towns|features|4326", "info|attributes|null"), strings(c,
                    "SELECT table_name || '|' || data_type || '|' || coalesce(srs_id, 'null') FROM gpkg_contents"));
            assertEquals(List.of("towns|geom|POINT|4326|0|0"), strings(c, "SELECT table_name || '|' || column_name"
                    + " || '|' || geometry_type_name || '|' || srs_id || '|' || z || '|' || m FROM gpkg_geometry_columns"));
            assertEquals(List.of("73.47|33.77|74.09|34.37"), strings(c,
                    "SELECT min_x || '|' || min_y || '|' || max_x || '|' || max_y FROM gpkg_contents WHERE table_name = 'towns'"));
            assertEquals(List.of("ok"), strings(c, "PRAGMA integrity_check"));
            assertTrue(strings(c, "PRAGMA foreign_key_check").isEmpty());
        }
    }

    @Test
    void spatialIndexIsFilledAndRegistered() throws Exception {
        Path file = writeSample(dir.resolve("indexed.gpkg"), true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEquals(List.of("1|73.47|73.47", "2|74.09|74.09"),
                    strings(c, "SELECT id || '|' || round(minx, 2) || '|' || round(maxx, 2) FROM rtree_towns_geom ORDER BY id"));
            assertEquals(List.of("towns|geom|gpkg_rtree_index|write-only"), strings(c,
                    "SELECT table_name || '|' || column_name || '|' || extension_name || '|' || scope FROM gpkg_extensions"));
            assertEquals(6, queryLong(c, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                    + " AND name LIKE 'rtree_towns_geom_%'"));
        }
    }

    @Test
    void refusesToOverwriteUnlessAsked() throws Exception {
        Path file = dir.resolve("exists.gpkg");
        Files.writeString(file, "keep me");
        GeoPackageException e = assertThrows(GeoPackageException.class, () -> GeoPackageWriter.create(file, false));
        assertEquals(file + ": already exists (refusing to overwrite)", e.getMessage());
        assertEquals("keep me", Files.readString(file));
        writeSample(file, false);
        try (GeoPackageReader reader = GeoPackageReader.open(file)) {
            assertEquals(List.of("towns"), reader.featureTables());
        }
    }

    @Test
    void abandonedBuildLeavesNoFile() throws Exception {
        Path file = dir.resolve("abandoned.gpkg");
        try (GeoPackageWriter writer = GeoPackageWriter.create(file, false)) {
            writer.createFeatureTable("towns", "POINT", List.of(Column.of("name", "TEXT")), "towns", "");
            writer.insert("towns", FACTORY.createPoint(new Coordinate(74, 34)), Map.of("name", "Uri"));
            assertThrows(IllegalArgumentException.class,
                    () -> writer.insert("towns", null, Map.of("population", 1)));
        }
        assertFalse(Files.exists(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "temporary file must be removed");
        }
    }

    static Path writeSample(Path file, boolean index) throws GeoPackageException {
        try (GeoPackageWriter writer = GeoPackageWriter.create(file, true)) {
            writer.createFeatureTable("towns", "POINT",
                    List.of(Column.of("name", "TEXT"), Column.of("population", "INTEGER"), Column.of("score", "REAL")),
                    "towns", "sample towns");
            writer.insert("towns", FACTORY.createPoint(new Coordinate(73.47, 34.37)),
                    Map.of("name", "Muzaffarābād", "population", 725000L, "score", 1.5));
            writer.insert("towns", FACTORY.createPoint(new Coordinate(74.09, 33.77)), Map.of("name", "Pūnch"));
            writer.createAttributesTable("info", List.of(new Column("key", "TEXT", true), Column.of("value", "TEXT")),
                    "info", "key/value");
            writer.insert("info", null, Map.of("key", "licence", "value", "CC BY 4.0"));
            if (index) {
                writer.createSpatialIndex("towns");
            }
            writer.commit();
        }
        return file;
    }

    private static long queryLong(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        return strings(c, "SELECT name FROM pragma_table_info('" + table + "')");
    }
}
