package org.sitmap.io.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail in the incident file itself: the {@code sitmap_audit} attributes table (schema
 * in data/README.md), created on the first write that needs it, inside that write's transaction,
 * and registered in gpkg_contents so GDAL and QGIS see a valid GeoPackage. Appending is always
 * part of the caller's transaction: an edit and its audit row commit or roll back together.
 * Stateless; callers own the connection.
 */
public final class AuditLog {

    public static final String TABLE = "sitmap_audit";
    static final String DESCRIPTION = "Audit trail: every insert, update, delete and import, with user, time, "
            + "old and new values and the reason";

    private AuditLog() {
    }

    static boolean exists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, TABLE);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Creates the table and its gpkg_contents row if missing; call inside the writing transaction. */
    static void ensure(Connection c) throws SQLException {
        if (exists(c)) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,"
                    + " time_utc DATETIME NOT NULL, user_name TEXT NOT NULL, action TEXT NOT NULL,"
                    + " incident_fid INTEGER, source_event_id TEXT, old_values TEXT, new_values TEXT, reason TEXT,"
                    + " import_batch INTEGER)");
            s.execute("CREATE INDEX IF NOT EXISTS " + TABLE + "_incident ON " + TABLE + " (incident_fid)");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_contents (table_name, data_type, identifier,"
                + " description, last_change) VALUES (?, 'attributes', 'audit log', ?, ?)")) {
            ps.setString(1, TABLE);
            ps.setString(2, DESCRIPTION);
            ps.setString(3, IncidentRows.DATETIME.format(Instant.now()));
            ps.executeUpdate();
        }
    }

    /** Appends one entry (its id and time are assigned here); returns the new entry's id. */
    static long append(Connection c, AuditEntry e) throws SQLException {
        ensure(c);
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (time_utc, user_name, action,"
                + " incident_fid, source_event_id, old_values, new_values, reason, import_batch)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, IncidentRows.DATETIME.format(e.timeUtc() != null ? e.timeUtc() : Instant.now()));
            ps.setString(2, e.user());
            ps.setString(3, e.action().code());
            setLong(ps, 4, e.incidentFid());
            ps.setString(5, e.sourceEventId());
            ps.setString(6, e.oldValues());
            ps.setString(7, e.newValues());
            ps.setString(8, e.reason());
            setLong(ps, 9, e.importBatch());
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE gpkg_contents SET last_change = ? WHERE table_name = ?")) {
            ps.setString(1, IncidentRows.DATETIME.format(Instant.now()));
            ps.setString(2, TABLE);
            ps.executeUpdate();
        }
        return id;
    }

    /** Entries oldest first: all of them, or those about one incident when {@code fid} is not null. */
    static List<AuditEntry> read(Connection c, Long fid) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        if (!exists(c)) {
            return out;
        }
        String sql = "SELECT fid, time_utc, user_name, action, incident_fid, source_event_id, old_values, new_values,"
                + " reason, import_batch FROM " + TABLE + (fid == null ? "" : " WHERE incident_fid = ?") + " ORDER BY fid";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (fid != null) {
                ps.setLong(1, fid);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                            AuditEntry.Action.fromCode(rs.getString(4)), longOrNull(rs, 5), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getString(9), longOrNull(rs, 10)));
                }
            }
        }
        return out;
    }

    private static Long longOrNull(ResultSet rs, int k) throws SQLException {
        long v = rs.getLong(k);
        return rs.wasNull() ? null : v;
    }

    private static void setLong(PreparedStatement ps, int k, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(k, Types.INTEGER);
        } else {
            ps.setLong(k, v);
        }
    }
}
