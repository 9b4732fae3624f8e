package org.sitmap.io.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitmap.io.gpkg.Column;
import org.sqlite.SQLiteConfig;

/**
 * Decides, read-only, whether a file is a Sitmap incident GeoPackage, and returns its metadata.
 * Foreign GeoPackages (QGIS, GDAL, the OGC samples) and non-SQLite files get a clear refusal that
 * names the file, what is missing, and that nothing was changed. Stateless; thread-safe.
 */
final class StoreValidator {

    private StoreValidator() {
    }

    static Map<String, String> check(Path file) throws StoreException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
             Statement s = c.createStatement()) {
            Set<String> tables = tables(s);
            if (!tables.contains("gpkg_contents")) {
                throw refuse(file, "not a GeoPackage (no gpkg_contents table)");
            }
            if (!tables.contains(IncidentSchema.INCIDENTS)) {
                throw refuse(file, "a GeoPackage, but not a Sitmap incident file: it has no '"
                        + IncidentSchema.INCIDENTS + "' layer (layers: " + String.join(", ", layers(s)) + ")");
            }
            Set<String> columns = columns(s, IncidentSchema.INCIDENTS);
            List<String> missing = new ArrayList<>();
            for (Column col : IncidentSchema.INCIDENT_COLUMNS) {
                if (!columns.contains(col.name())) {
                    missing.add(col.name());
                }
            }
            if (!missing.isEmpty()) {
                throw refuse(file, "its 'incidents' layer lacks Sitmap columns: " + String.join(", ", missing));
            }
            return tables.contains(IncidentSchema.METADATA) ? metadata(s) : Map.of();
        } catch (SQLException e) {
            throw refuse(file, "not a readable SQLite/GeoPackage file (" + e.getMessage() + ")");
        }
    }

    private static StoreException refuse(Path file, String reason) {
        return new StoreException(file + ": " + reason + ". The file was not changed.");
    }

    private static Set<String> tables(Statement s) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static List<String> layers(Statement s) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT table_name FROM gpkg_contents ORDER BY table_name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out.isEmpty() ? List.of("none") : out;
    }

    private static Set<String> columns(Statement s, String table) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        try (ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                out.add(rs.getString("name"));
            }
        }
        return out;
    }

    private static Map<String, String> metadata(Statement s) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (ResultSet rs = s.executeQuery("SELECT key, value FROM " + IncidentSchema.METADATA)) {
            while (rs.next()) {
                if (rs.getString(1) != null && rs.getString(2) != null) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return Map.copyOf(out);
    }
}
