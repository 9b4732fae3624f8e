package org.sitmap.io.gpkg;

import java.util.List;

/**
 * The SQL that {@link GeoPackageWriter} runs: the mandatory GeoPackage 1.3 tables exactly as in the
 * OGC 12-128r17 DDL annex, the three required {@code gpkg_spatial_ref_sys} rows, and the RTree
 * spatial index extension (virtual table and the Annex F.3 maintenance triggers). Constants and
 * pure string builders only; thread-safe. Identifiers passed in are validated by the caller.
 */
final class GeoPackageDdl {
    static final int APPLICATION_ID_GPKG = 0x47504B47;
    static final int USER_VERSION_1_3 = 10300;
    static final int SRS_WGS84 = 4326;
    static final String FID_COLUMN = "fid";
    static final String GEOMETRY_COLUMN = "geom";
    static final String RTREE_EXTENSION = "gpkg_rtree_index";
    static final String RTREE_DEFINITION = "http://www.geopackage.org/spec130/#extension_rtree";

    static final List<String> MANDATORY_TABLES = List.of(
            "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,"
                    + " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,"
                    + " definition TEXT NOT NULL, description TEXT)",
            "CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,"
                    + " identifier TEXT UNIQUE, description TEXT DEFAULT '',"
                    + " last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),"
                    + " min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,"
                    + " CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))",
            "CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
                    + " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL,"
                    + " m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),"
                    + " CONSTRAINT uk_gc_table_name UNIQUE (table_name),"
                    + " CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),"
                    + " CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))");

    static final String EXTENSIONS_TABLE =
            "CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT,"
                    + " extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL,"
                    + " CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))";

    static final String INSERT_SRS = "INSERT INTO gpkg_spatial_ref_sys"
            + " (srs_name, srs_id, organization, organization_coordsys_id, definition, description)"
            + " VALUES (?, ?, ?, ?, ?, ?)";

    static final String WGS84_WKT = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
            + "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,"
            + "AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
            + "AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4326\"]]";

    /** Rows: srs_name, srs_id, organization, organization_coordsys_id, definition, description. */
    static final List<Object[]> REQUIRED_SRS_ROWS = List.of(
            new Object[] {"Undefined cartesian SRS", -1, "NONE", -1, "undefined",
                "undefined cartesian coordinate reference system"},
            new Object[] {"Undefined geographic SRS", 0, "NONE", 0, "undefined",
                "undefined geographic coordinate reference system"},
            new Object[] {"WGS 84 geodetic", SRS_WGS84, "EPSG", SRS_WGS84, WGS84_WKT,
                "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"});

    private GeoPackageDdl() {
    }

    static String rtreeName(String table) {
        return "rtree_" + table + "_" + GEOMETRY_COLUMN;
    }

    static List<String> rtreeStatements(String table) {
        String t = table;
        String c = GEOMETRY_COLUMN;
        String i = FID_COLUMN;
        String r = rtreeName(table);
        String values = " VALUES (NEW." + i + ", ST_MinX(NEW." + c + "), ST_MaxX(NEW." + c + "), ST_MinY(NEW."
                + c + "), ST_MaxY(NEW." + c + "));";
        String notEmpty = "(NEW." + c + " NOTNULL AND NOT ST_IsEmpty(NEW." + c + "))";
        String nullOrEmpty = "(NEW." + c + " ISNULL OR ST_IsEmpty(NEW." + c + "))";
        return List.of(
                "CREATE VIRTUAL TABLE " + r + " USING rtree(id, minx, maxx, miny, maxy)",
                "CREATE TRIGGER " + r + "_insert AFTER INSERT ON " + t + " WHEN " + notEmpty
                        + " BEGIN INSERT OR REPLACE INTO " + r + values + " END",
                "CREATE TRIGGER " + r + "_update1 AFTER UPDATE OF " + c + " ON " + t + " WHEN OLD." + i
                        + " = NEW." + i + " AND " + notEmpty + " BEGIN INSERT OR REPLACE INTO " + r + values + " END",
                "CREATE TRIGGER " + r + "_update2 AFTER UPDATE OF " + c + " ON " + t + " WHEN OLD." + i
                        + " = NEW." + i + " AND " + nullOrEmpty + " BEGIN DELETE FROM " + r + " WHERE id = OLD."
                        + i + "; END",
                "CREATE TRIGGER " + r + "_update3 AFTER UPDATE ON " + t + " WHEN OLD." + i + " != NEW." + i
                        + " AND " + notEmpty + " BEGIN DELETE FROM " + r + " WHERE id = OLD." + i
                        + "; INSERT OR REPLACE INTO " + r + values + " END",
                "CREATE TRIGGER " + r + "_update4 AFTER UPDATE ON " + t + " WHEN OLD." + i + " != NEW." + i
                        + " AND " + nullOrEmpty + " BEGIN DELETE FROM " + r + " WHERE id IN (OLD." + i
                        + ", NEW." + i + "); END",
                "CREATE TRIGGER " + r + "_delete AFTER DELETE ON " + t + " WHEN OLD." + c
                        + " NOT NULL BEGIN DELETE FROM " + r + " WHERE id = OLD." + i + "; END");
    }
}
