package org.sitmap.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * A new incident store against the GeoPackage 1.3 tables the spec requires, read with plain
 * SQLite (no Sitmap reader): header fields, SRS rows, contents, geometry columns, the R-tree
 * extension and the indexes data/README.md promises.
 */
class IncidentSchemaSpecTest {

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void create() throws Exception {
        file = dir.resolve("new.gpkg");
        IncidentSchema.create(file, false, null, false);
    }

    private Connection open() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    }

    private static List<Map<String, Object>> rows(Connection c, String sql) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= n; i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                out.add(row);
            }
        }
        return out;
    }

    private static Object one(Connection c, String sql) throws SQLException {
        List<Map<String, Object>> r = rows(c, sql);
        assertEquals(1, r.size(), sql);
        assertEquals(1, r.get(0).size(), sql);
        return r.get(0).values().iterator().next();
    }

    @Test
    void headerCarriesTheGeoPackageApplicationIdAndVersion1_3() throws Exception {
        try (Connection c = open()) {
            assertEquals(0x47504B47, ((Number) one(c, "PRAGMA application_id")).intValue());
            assertEquals(10300, ((Number) one(c, "PRAGMA user_version")).intValue());
        }
        // and in the raw file header, where GDAL and the spec look: offsets 68 and 60, big-endian
        byte[] head = new byte[100];
        try (var in = Files.newInputStream(file)) {
            assertEquals(100, in.readNBytes(head, 0, 100));
        }
        assertEquals("GPKG", new String(head, 68, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(10300, ByteBuffer.wrap(head, 60, 4).getInt());
    }

    @Test
    void spatialRefSysHasTheThreeRequiredRows() throws Exception {
        try (Connection c = open()) {
            Map<Integer, Map<String, Object>> byId = new HashMap<>();
            for (Map<String, Object> r : rows(c, "SELECT * FROM gpkg_spatial_ref_sys")) {
                byId.put(((Number) r.get("srs_id")).intValue(), r);
            }
            assertEquals(Set.of(-1, 0, 4326), byId.keySet());
            assertEquals("NONE", byId.get(-1).get("organization"));
            assertEquals(-1, ((Number) byId.get(-1).get("organization_coordsys_id")).intValue());
            assertEquals("undefined", byId.get(-1).get("definition"));
            assertEquals("NONE", byId.get(0).get("organization"));
            assertEquals(0, ((Number) byId.get(0).get("organization_coordsys_id")).intValue());
            assertEquals("undefined", byId.get(0).get("definition"));
            assertEquals("EPSG", ((String) byId.get(4326).get("organization")).toUpperCase());
            assertEquals(4326, ((Number) byId.get(4326).get("organization_coordsys_id")).intValue());
            String wkt = (String) byId.get(4326).get("definition");
            assertTrue(wkt.startsWith("GEOGCS[\"WGS 84\"") && wkt.contains("AUTHORITY[\"EPSG\",\"4326\"]"), wkt);
        }
    }

    @Test
    void contentsListTheIncidentsLayerAsFeaturesIn4326() throws Exception {
        try (Connection c = open()) {
            List<Map<String, Object>> r = rows(c,
                    "SELECT data_type, identifier, srs_id, last_change, description FROM gpkg_contents"
                            + " WHERE table_name = 'incidents'");
            assertEquals(1, r.size());
            assertEquals("features", r.get(0).get("data_type"));
            assertEquals(4326, ((Number) r.get(0).get("srs_id")).intValue());
            String lastChange = (String) r.get(0).get("last_change");
            assertTrue(lastChange.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"), lastChange);
            assertFalse(((String) r.get(0).get("description")).contains("SYNTHETIC"),
                    "a store created as non-synthetic must not say it is synthetic");
            // the two attribute tables are registered too, without an SRS
            assertEquals("attributes", one(c,
                    "SELECT data_type FROM gpkg_contents WHERE table_name = 'import_batches'"));
            assertEquals("attributes", one(c,
                    "SELECT data_type FROM gpkg_contents WHERE table_name = 'sitmap_metadata'"));
        }
    }

    @Test
    void geometryColumnIsA2dPointIn4326AndDeclaredAsPoint() throws Exception {
        try (Connection c = open()) {
            List<Map<String, Object>> r = rows(c, "SELECT * FROM gpkg_geometry_columns");
            assertEquals(1, r.size(), "only the incidents layer has a geometry");
            Map<String, Object> g = r.get(0);
            assertEquals("incidents", g.get("table_name"));
            assertEquals("geom", g.get("column_name"));
            assertEquals("POINT", g.get("geometry_type_name"));
            assertEquals(4326, ((Number) g.get("srs_id")).intValue());
            assertEquals(0, ((Number) g.get("z")).intValue());
            assertEquals(0, ((Number) g.get("m")).intValue());
            String declared = null;
            for (Map<String, Object> col : rows(c, "PRAGMA table_info(incidents)")) {
                if ("geom".equals(col.get("name"))) {
                    declared = (String) col.get("type");
                }
            }
            assertEquals("POINT", declared, "Req 25: the column's declared type is the geometry type name");
        }
    }

    @Test
    void rtreeExtensionIsRegisteredWithItsVirtualTableAndTriggers() throws Exception {
        try (Connection c = open()) {
            List<Map<String, Object>> ext = rows(c, "SELECT * FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index'");
            assertEquals(1, ext.size());
            assertEquals("incidents", ext.get(0).get("table_name"));
            assertEquals("geom", ext.get(0).get("column_name"));
            assertEquals("write-only", ext.get(0).get("scope"));
            String vt = (String) one(c, "SELECT sql FROM sqlite_master WHERE name = 'rtree_incidents_geom'");
            assertNotNull(vt);
            assertTrue(vt.toUpperCase().contains("USING RTREE(ID, MINX, MAXX, MINY, MAXY)"), vt);
            Set<String> triggers = new TreeSet<>();
            for (Map<String, Object> t : rows(c,
                    "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'incidents'")) {
                triggers.add((String) t.get("name"));
            }
            Set<String> expected = new TreeSet<>();
            for (String suffix : List.of("insert", "update1", "update2", "update3", "update4", "delete")) {
                expected.add("rtree_incidents_geom_" + suffix);
            }
            assertEquals(expected, triggers);
        }
    }

    @Test
    void timeIndexAndPartialUniqueSourceIdIndexExist() throws Exception {
        try (Connection c = open()) {
            Map<String, Map<String, Object>> indexes = new HashMap<>();
            for (Map<String, Object> r : rows(c, "PRAGMA index_list(incidents)")) {
                indexes.put((String) r.get("name"), r);
            }
            assertTrue(indexes.containsKey("incidents_start_ms"), indexes.keySet().toString());
            assertEquals(List.of("start_ms"), indexColumns(c, "incidents_start_ms"));
            Map<String, Object> unique = indexes.get("incidents_source_event_id");
            assertNotNull(unique, indexes.keySet().toString());
            assertEquals(1, ((Number) unique.get("unique")).intValue());
            assertEquals(1, ((Number) unique.get("partial")).intValue(), "rows without a source id are allowed");
            assertEquals(List.of("source_event_id"), indexColumns(c, "incidents_source_event_id"));
        }
    }

    private static List<String> indexColumns(Connection c, String index) throws SQLException {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> r : rows(c, "PRAGMA index_info(" + index + ")")) {
            out.add((String) r.get("name"));
        }
        return out;
    }

    @Test
    void uniqueSourceIdRefusesADuplicateButAllowsManyNulls() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            org.sitmap.io.gpkg.SpatialFunctions.register(c); // the R-tree triggers call ST_IsEmpty
            String cols = "(source_event_id, start_utc, end_utc, start_ms, end_ms, time_precision, report_zone, type,"
                    + " created_utc, updated_utc)";
            String vals = "'2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', 0, 0, 'day', 'UTC', 'other',"
                    + " '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')";
            s.execute("INSERT INTO incidents " + cols + " VALUES (NULL, " + vals);
            s.execute("INSERT INTO incidents " + cols + " VALUES (NULL, " + vals);
            s.execute("INSERT INTO incidents " + cols + " VALUES ('X-1', " + vals);
            SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> s.execute("INSERT INTO incidents " + cols + " VALUES ('X-1', " + vals));
            assertTrue(e.getMessage().contains("UNIQUE"), e.getMessage());
        }
    }

    @Test
    void metadataSaysSchemaVersionAndSyntheticFlag() throws Exception {
        try (IncidentStore store = IncidentStore.openReadOnly(file)) {
            assertEquals("sitmap-incidents/1", store.metadata().get("schema"));
            assertEquals("false", store.metadata().get("synthetic"));
            assertFalse(store.isSynthetic());
            assertEquals(0, store.count());
        }
        Path synthetic = dir.resolve("synthetic.gpkg");
        IncidentSchema.create(synthetic, true, "made up", false);
        try (IncidentStore store = IncidentStore.openReadOnly(synthetic)) {
            assertTrue(store.isSynthetic());
            assertTrue(store.metadata().get("description").contains("SYNTHETIC"), store.metadata().toString());
        }
    }

    @Test
    void createRefusesToOverwriteAnExistingFileUnlessAsked() throws Exception {
        String before = org.sitmap.testsupport.FileDigest.sha256(file);
        StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                () -> IncidentSchema.create(file, true, null, false));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertEquals(before, org.sitmap.testsupport.FileDigest.sha256(file));
        IncidentSchema.create(file, true, null, true);
        try (IncidentStore store = IncidentStore.openReadOnly(file)) {
            assertTrue(store.isSynthetic(), "overwritten with the new, synthetic store");
        }
    }
}
