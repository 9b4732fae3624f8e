package org.sitmap.io.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitmap.core.Incident;
import org.sitmap.io.gpkg.SpatialFunctions;
import org.sqlite.SQLiteConfig;

/**
 * An open incident GeoPackage. Opening checks, read-only, that the file is an SQLite GeoPackage
 * with Sitmap's {@code incidents} layer, and refuses anything else with a message naming the file
 * and the reason; opening never changes the file. A writable store registers the ST_* functions
 * GeoPackage R-tree triggers need. One connection, used by one thread at a time (the caller's
 * worker); never the FX thread.
 */
public final class IncidentStore implements AutoCloseable {

    private final Path file;
    private final Connection connection;
    private final boolean writable;
    private final Map<String, String> metadata;

    private IncidentStore(Path file, Connection connection, boolean writable, Map<String, String> metadata) {
        this.file = file;
        this.connection = connection;
        this.writable = writable;
        this.metadata = metadata;
    }

    public static IncidentStore openReadOnly(Path file) throws StoreException {
        return open(file, false);
    }

    public static IncidentStore openWritable(Path file) throws StoreException {
        return open(file, true);
    }

    private static IncidentStore open(Path file, boolean writable) throws StoreException {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file + ": file not found");
        }
        Map<String, String> metadata = StoreValidator.check(file);
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(!writable);
            config.setBusyTimeout(5_000);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
            if (writable) {
                SpatialFunctions.register(c);
            }
            return new IncidentStore(file, c, writable, metadata);
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot open (" + e.getMessage() + ")", e);
        }
    }

    public Path file() {
        return file;
    }

    public boolean isWritable() {
        return writable;
    }

    /** Whether the file says it holds synthetic (made-up) data; the app then always shows a mark. */
    public boolean isSynthetic() {
        return Boolean.parseBoolean(metadata.get(IncidentSchema.KEY_SYNTHETIC));
    }

    public Map<String, String> metadata() {
        return metadata;
    }

    public long count() throws StoreException {
        return queryLong("SELECT count(*) FROM " + IncidentSchema.INCIDENTS);
    }

    /** Incidents whose start lies in [fromUtc, toUtc) (either bound may be null), in time order. */
    public List<Incident> query(Instant fromUtc, Instant toUtc) throws StoreException {
        String sql = "SELECT " + IncidentRows.SELECT_COLUMNS + " FROM " + IncidentSchema.INCIDENTS
                + " WHERE start_ms >= ? AND start_ms < ? ORDER BY start_ms, fid";
        List<Incident> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, fromUtc == null ? Long.MIN_VALUE : fromUtc.toEpochMilli());
            ps.setLong(2, toUtc == null ? Long.MAX_VALUE : toUtc.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(IncidentRows.read(rs));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": reading incidents failed (" + e.getMessage() + ")", e);
        }
        return out;
    }

    /** Fids of incidents whose location or notes contain {@code text} (case-insensitive for ASCII). */
    public long[] fidsMatching(String text) throws StoreException {
        String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String sql = "SELECT fid FROM " + IncidentSchema.INCIDENTS
                + " WHERE location LIKE ? ESCAPE '\\' OR notes LIKE ? ESCAPE '\\' ORDER BY fid";
        java.util.List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, like);
            ps.setString(2, like);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": text search failed (" + e.getMessage() + ")", e);
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    /** The file's reference dates, or the defaults when it has none stored. */
    public List<org.sitmap.core.ReferenceDate> referenceDates() throws StoreException {
        try {
            return ReferenceDateRows.read(connection);
        } catch (SQLException | RuntimeException e) {
            throw new StoreException(file + ": reading reference dates failed (" + e.getMessage() + ")", e);
        }
    }

    /** Replaces the file's reference dates, in one transaction. */
    public void saveReferenceDates(List<org.sitmap.core.ReferenceDate> dates) throws StoreException {
        if (!writable) {
            throw new StoreException(file + ": opened read-only; cannot save reference dates");
        }
        try {
            ReferenceDateRows.replace(connection, dates);
        } catch (SQLException e) {
            throw new StoreException(file + ": saving reference dates failed (" + e.getMessage()
                    + "). The file was not changed.", e);
        }
    }

    /** The audit trail, oldest first: every entry, or only those about incident {@code fid}. */
    public List<AuditEntry> audit(Long fid) throws StoreException {
        try {
            return AuditLog.read(connection, fid);
        } catch (SQLException | RuntimeException e) {
            throw new StoreException(file + ": reading the audit log failed (" + e.getMessage() + ")", e);
        }
    }

    /** One incident by its fid, or null when there is none. */
    public Incident byId(long fid) throws StoreException {
        String sql = "SELECT " + IncidentRows.SELECT_COLUMNS + " FROM " + IncidentSchema.INCIDENTS + " WHERE fid = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, fid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? IncidentRows.read(rs) : null;
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": reading incident " + fid + " failed (" + e.getMessage() + ")", e);
        }
    }

    public List<Incident> all() throws StoreException {
        return query(null, null);
    }

    /** Counts grouped by an SQL expression over the incidents table, e.g. {@code type}. */
    public Map<String, Long> countBy(String sqlExpression) throws StoreException {
        Map<String, Long> out = new LinkedHashMap<>();
        String sql = "SELECT " + sqlExpression + " AS k, count(*) FROM " + IncidentSchema.INCIDENTS
                + " GROUP BY k ORDER BY k";
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": counting failed (" + e.getMessage() + ")", e);
        }
        return out;
    }

    long queryLong(String sql) throws StoreException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new StoreException(file + ": query failed (" + e.getMessage() + ")", e);
        }
    }

    /** The connection, for the import transaction in this package. */
    Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing was pending: every write commits or rolls back before returning
        }
    }
}
