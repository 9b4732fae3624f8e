package org.sitmap.io.gpkg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.sqlite.SQLiteConfig;

/**
 * Reads a GeoPackage through a READ-ONLY SQLite connection (the file is never modified, not even
 * its header). {@link #open} checks that the file exists, is SQLite and has {@code gpkg_contents},
 * otherwise it throws a {@link GeoPackageException} naming the file and the reason. Rows come back
 * as {@link GpkgFeature}: the integer primary key as fid, the geometry column decoded with its
 * {@code srs_id} as SRID (no reprojection: files written by Sitmap are EPSG:4326 lon/lat), and all
 * other columns (without the primary key) with INTEGER values as {@code Long}, REAL as
 * {@code Double}, TEXT as {@code String}, BLOB as {@code byte[]}. Not thread-safe: one reader per
 * thread.
 */
public final class GeoPackageReader implements AutoCloseable {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection connection;

    private GeoPackageReader(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens {@code file} read-only and checks it is a GeoPackage. */
    public static GeoPackageReader open(Path file) throws GeoPackageException {
        if (!Files.isRegularFile(file)) {
            throw new GeoPackageException(file + ": file not found");
        }
        byte[] header = new byte[SQLITE_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, header.length) < header.length || !Arrays.equals(header, SQLITE_MAGIC)) {
                throw new GeoPackageException(file + ": not a GeoPackage (not an SQLite database)");
            }
        } catch (IOException e) {
            throw new GeoPackageException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        Connection connection = null;
        try {
            connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            GeoPackageReader reader = new GeoPackageReader(file, connection);
            if (reader.queryStrings("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                    + "AND name = 'gpkg_contents'").isEmpty()) {
                connection.close();
                throw new GeoPackageException(file + ": not a GeoPackage (no gpkg_contents table)");
            }
            return reader;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new GeoPackageException(file + ": cannot open as SQLite (" + e.getMessage() + ")", e);
        }
    }

    /** The file this reader was opened on, as given. */
    public Path file() {
        return file;
    }

    /** Tables registered in {@code gpkg_contents} with data_type 'features', in registration order. */
    public List<String> featureTables() throws GeoPackageException {
        return queryStrings("SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY rowid");
    }

    /** Every table registered in {@code gpkg_contents}, in registration order. */
    public List<String> contentsTables() throws GeoPackageException {
        return queryStrings("SELECT table_name FROM gpkg_contents ORDER BY rowid");
    }

    /** The {@code gpkg_contents.description} of a table ("" when NULL). */
    public String description(String table) throws GeoPackageException {
        List<String> rows = queryStrings("SELECT coalesce(description, '') FROM gpkg_contents WHERE table_name = ?",
                table);
        if (rows.isEmpty()) {
            throw new GeoPackageException(file + ": table " + table + " is not listed in gpkg_contents");
        }
        return rows.get(0);
    }

    /** Reads every row of a table listed in {@code gpkg_contents}, in fid order. */
    public List<GpkgFeature> readAll(String table) throws GeoPackageException {
        description(table);
        List<String> geometryColumns = queryStrings(
                "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", table);
        String geometryColumn = geometryColumns.isEmpty() ? null : geometryColumns.get(0);
        List<String> columns = new ArrayList<>();
        String primaryKey = null;
        try (PreparedStatement info = connection.prepareStatement("SELECT name, pk FROM pragma_table_info(?)")) {
            info.setString(1, table);
            try (ResultSet rows = info.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                    if (rows.getInt(2) == 1) {
                        primaryKey = rows.getString(1);
                    }
                }
            }
        } catch (SQLException e) {
            throw new GeoPackageException(file + ": table " + table + ": " + e.getMessage(), e);
        }
        if (columns.isEmpty()) {
            throw new GeoPackageException(file + ": table " + table + " is in gpkg_contents but does not exist");
        }
        List<GpkgFeature> features = new ArrayList<>();
        String sql = "SELECT rowid, * FROM " + quote(table) + " ORDER BY rowid";
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long fid = rows.getLong(1);
                Geometry geometry = null;
                Map<String, Object> attributes = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    String name = columns.get(i);
                    if (name.equals(geometryColumn)) {
                        geometry = decode(table, fid, name, rows.getBytes(i + 2));
                    } else if (!name.equals(primaryKey)) {
                        Object value = rows.getObject(i + 2);
                        attributes.put(name, value instanceof Integer n ? Long.valueOf(n.longValue()) : value);
                    }
                }
                features.add(new GpkgFeature(fid, geometry, attributes));
            }
        } catch (SQLException e) {
            throw new GeoPackageException(file + ": table " + table + ": " + e.getMessage(), e);
        }
        return features;
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private Geometry decode(String table, long fid, String column, byte[] blob) throws GeoPackageException {
        if (blob == null) {
            return null;
        }
        try {
            return GeoPackageBlob.decode(blob);
        } catch (GeoPackageException e) {
            throw new GeoPackageException(file + ": table " + table + ", fid " + fid + ", column " + column + ": "
                    + e.getMessage(), e);
        }
    }

    private List<String> queryStrings(String sql, String... parameters) throws GeoPackageException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new GeoPackageException(file + ": " + e.getMessage(), e);
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing was written through a read-only connection
            }
        }
    }
}
