package org.sitmap.io.gpkg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes a new GeoPackage 1.3 file in one SQLite transaction. The data go to a temporary file in the
 * target's directory; only {@link #commit()} updates the {@code gpkg_contents} extents, builds the
 * requested RTree indexes, commits and moves the file into place, so a failed or abandoned build
 * ({@link #close()} without commit) leaves no file behind and never a half-written one. All feature
 * geometries are stored in EPSG:4326 in a column {@code geom}; every user table has an
 * {@code fid INTEGER PRIMARY KEY}. Not thread-safe: use from one thread.
 */
public final class GeoPackageWriter implements AutoCloseable {
    private static final Set<String> GEOMETRY_TYPES = Set.of("GEOMETRY", "POINT", "LINESTRING", "POLYGON",
            "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON", "GEOMETRYCOLLECTION");

    private final Path target;
    private final Path temp;
    private final Connection connection;
    private final Map<String, UserTable> tables = new LinkedHashMap<>();
    private final Set<String> indexedTables = new LinkedHashSet<>();
    private boolean finished;

    private GeoPackageWriter(Path target, Path temp, Connection connection) {
        this.target = target;
        this.temp = temp;
        this.connection = connection;
    }

    /**
     * Starts a new GeoPackage that will appear at {@code target} on {@link #commit()}.
     *
     * @throws GeoPackageException if the target exists and {@code overwrite} is false, or the
     *     directory cannot be written
     */
    public static GeoPackageWriter create(Path target, boolean overwrite) throws GeoPackageException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute) && !overwrite) {
            throw new GeoPackageException(target + ": already exists (refusing to overwrite)");
        }
        Path temp = null;
        try {
            Files.createDirectories(absolute.getParent());
            temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
            if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + temp);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA application_id = " + GeoPackageDdl.APPLICATION_ID_GPKG);
                statement.execute("PRAGMA user_version = " + GeoPackageDdl.USER_VERSION_1_3);
                connection.setAutoCommit(false);
                for (String ddl : GeoPackageDdl.MANDATORY_TABLES) {
                    statement.execute(ddl);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(GeoPackageDdl.INSERT_SRS)) {
                for (Object[] row : GeoPackageDdl.REQUIRED_SRS_ROWS) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setObject(i + 1, row[i]);
                    }
                    insert.executeUpdate();
                }
            }
            return new GeoPackageWriter(target, temp, connection);
        } catch (IOException | SQLException e) {
            deleteQuietly(temp);
            throw new GeoPackageException(target + ": cannot create GeoPackage (" + e.getMessage() + ")", e);
        }
    }

    /** Creates a feature table {@code table(fid, geom, columns...)} and registers it. */
    public void createFeatureTable(String table, String geometryType, List<Column> columns, String identifier,
            String description) throws GeoPackageException {
        if (!GEOMETRY_TYPES.contains(geometryType)) {
            throw new IllegalArgumentException(table + ": unsupported geometry type " + geometryType);
        }
        createUserTable(table, "features", geometryType, columns, identifier, description);
        execute(table, "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)"
                + " VALUES (?, ?, ?, ?, 0, 0)", table, GeoPackageDdl.GEOMETRY_COLUMN, geometryType,
                GeoPackageDdl.SRS_WGS84);
    }

    /** Creates a non-spatial attributes table {@code table(fid, columns...)} and registers it. */
    public void createAttributesTable(String table, List<Column> columns, String identifier, String description)
            throws GeoPackageException {
        createUserTable(table, "attributes", null, columns, identifier, description);
    }

    /**
     * Inserts one row. Attributes not named in the map are NULL; unknown names are rejected.
     *
     * @param geometry EPSG:4326 lon/lat geometry, or null (must be null for an attributes table)
     * @return the new row's fid
     */
    public long insert(String table, Geometry geometry, Map<String, ?> attributes) throws GeoPackageException {
        UserTable user = tables.get(table);
        if (user == null) {
            throw new IllegalArgumentException("unknown table " + table);
        }
        for (String key : attributes.keySet()) {
            if (user.columns.stream().noneMatch(c -> c.name().equals(key))) {
                throw new IllegalArgumentException(table + ": unknown column " + key);
            }
        }
        if (geometry != null && !user.spatial) {
            throw new IllegalArgumentException(table + ": attributes table cannot hold a geometry");
        }
        try {
            PreparedStatement insert = user.insert;
            int index = 1;
            if (user.spatial) {
                insert.setBytes(index++, geometry == null ? null
                        : GeoPackageBlob.encode(geometry, GeoPackageDdl.SRS_WGS84));
            }
            for (Column column : user.columns) {
                insert.setObject(index++, attributes.get(column.name()));
            }
            insert.executeUpdate();
            long fid;
            try (Statement statement = connection.createStatement();
                    var keys = statement.executeQuery("SELECT last_insert_rowid()")) {
                keys.next();
                fid = keys.getLong(1);
            }
            if (geometry != null && !geometry.isEmpty()) {
                user.extent.expandToInclude(geometry.getEnvelopeInternal());
                user.envelopes.put(fid, geometry.getEnvelopeInternal());
            }
            return fid;
        } catch (SQLException e) {
            throw new GeoPackageException(target + ": table " + table + ": insert failed (" + e.getMessage() + ")", e);
        }
    }

    /** Runs extra DDL for {@code table} in the same transaction, e.g. an index on a time column. */
    public void executeDdl(String table, String sql) throws GeoPackageException {
        execute(table, sql);
    }

    /** Requests a {@code gpkg_rtree_index} spatial index on a feature table, built at commit. */
    public void createSpatialIndex(String table) {
        UserTable user = tables.get(table);
        if (user == null || !user.spatial) {
            throw new IllegalArgumentException("not a feature table: " + table);
        }
        indexedTables.add(table);
    }

    /** Finishes the file: extents, spatial indexes, commit, and the move into place. */
    public void commit() throws GeoPackageException {
        if (finished) {
            throw new IllegalStateException("writer already finished");
        }
        try {
            for (UserTable user : tables.values()) {
                if (user.spatial && !user.extent.isNull()) {
                    execute(user.name, "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? "
                            + "WHERE table_name = ?", user.extent.getMinX(), user.extent.getMinY(),
                            user.extent.getMaxX(), user.extent.getMaxY(), user.name);
                }
            }
            for (String table : indexedTables) {
                buildSpatialIndex(tables.get(table));
            }
            connection.commit();
            connection.close();
            finished = true;
            Files.move(temp, target.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException e) {
            close();
            throw new GeoPackageException(target + ": cannot finish GeoPackage (" + e.getMessage() + ")", e);
        }
    }

    /** Abandons the file unless {@link #commit()} succeeded; never throws. */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the temporary file is deleted below either way
            }
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the temporary file is deleted below either way
            }
        }
        deleteQuietly(temp);
    }

    /** Creates a user table; {@code geometryType} is null for attributes tables (Req 25: the
     * geometry column's declared type is the geometry type name, not BLOB). */
    private void createUserTable(String table, String dataType, String geometryType, List<Column> columns,
            String identifier, String description) throws GeoPackageException {
        boolean spatial = geometryType != null;
        Column.requireIdentifier("table name", table);
        if (tables.containsKey(table)) {
            throw new IllegalArgumentException("table already created: " + table);
        }
        StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(table).append(" (")
                .append(GeoPackageDdl.FID_COLUMN).append(" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL");
        StringBuilder names = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        if (spatial) {
            ddl.append(", ").append(GeoPackageDdl.GEOMETRY_COLUMN).append(' ').append(geometryType);
            names.append(GeoPackageDdl.GEOMETRY_COLUMN);
            marks.append('?');
        }
        for (Column column : columns) {
            ddl.append(", ").append(column.name()).append(' ').append(column.sqlType())
                    .append(column.notNull() ? " NOT NULL" : "");
            names.append(names.length() > 0 ? ", " : "").append(column.name());
            marks.append(marks.length() > 0 ? ", ?" : "?");
        }
        execute(table, ddl.append(')').toString());
        execute(table, "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)"
                + " VALUES (?, ?, ?, ?, ?)", table, dataType, identifier, description,
                spatial ? GeoPackageDdl.SRS_WGS84 : null);
        try {
            PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")");
            tables.put(table, new UserTable(table, spatial, List.copyOf(columns), insert));
        } catch (SQLException e) {
            throw new GeoPackageException(target + ": table " + table + ": " + e.getMessage(), e);
        }
    }

    private void buildSpatialIndex(UserTable user) throws GeoPackageException, SQLException {
        List<String> statements = new ArrayList<>(GeoPackageDdl.rtreeStatements(user.name));
        execute(user.name, statements.remove(0));
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + GeoPackageDdl.rtreeName(user.name) + " VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<Long, Envelope> entry : user.envelopes.entrySet()) {
                Envelope e = entry.getValue();
                insert.setLong(1, entry.getKey());
                insert.setDouble(2, e.getMinX());
                insert.setDouble(3, e.getMaxX());
                insert.setDouble(4, e.getMinY());
                insert.setDouble(5, e.getMaxY());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        for (String trigger : statements) {
            execute(user.name, trigger);
        }
        execute(user.name, GeoPackageDdl.EXTENSIONS_TABLE);
        execute(user.name, "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)"
                + " VALUES (?, ?, ?, ?, 'write-only')", user.name, GeoPackageDdl.GEOMETRY_COLUMN,
                GeoPackageDdl.RTREE_EXTENSION, GeoPackageDdl.RTREE_DEFINITION);
    }

    private void execute(String table, String sql, Object... parameters) throws GeoPackageException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        } catch (SQLException e) {
            throw new GeoPackageException(target + ": table " + table + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
                Files.deleteIfExists(Path.of(path + "-journal"));
            } catch (IOException ignored) {
                // best effort cleanup of our own temporary file
            }
        }
    }

    private static final class UserTable {
        final String name;
        final boolean spatial;
        final List<Column> columns;
        final PreparedStatement insert;
        final Envelope extent = new Envelope();
        final Map<Long, Envelope> envelopes = new LinkedHashMap<>();

        UserTable(String name, boolean spatial, List<Column> columns, PreparedStatement insert) {
            this.name = name;
            this.spatial = spatial;
            this.columns = columns;
            this.insert = insert;
        }
    }
}
