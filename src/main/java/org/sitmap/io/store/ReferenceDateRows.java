package org.sitmap.io.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sitmap.core.ReferenceDate;

/**
 * Reads and replaces the file's reference dates (the {@code reference_dates} attributes table).
 * A file made before the table existed reads as the defaults; saving creates the table and
 * registers it in gpkg_contents. Saving is one transaction. Stateless; callers own the connection.
 */
final class ReferenceDateRows {

    private ReferenceDateRows() {
    }

    static List<ReferenceDate> read(Connection c) throws SQLException {
        if (!exists(c)) {
            return ReferenceDate.defaults();
        }
        List<ReferenceDate> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT ref_id, label, at_utc FROM " + IncidentSchema.REFERENCE_DATES
                     + " ORDER BY sort_order, at_utc")) {
            while (rs.next()) {
                out.add(new ReferenceDate(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3))));
            }
        }
        return out;
    }

    static void replace(Connection c, List<ReferenceDate> dates) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            if (!exists(c)) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE " + IncidentSchema.REFERENCE_DATES + " (fid INTEGER PRIMARY KEY AUTOINCREMENT"
                            + " NOT NULL, ref_id TEXT NOT NULL, label TEXT NOT NULL, at_utc DATETIME NOT NULL,"
                            + " sort_order INTEGER NOT NULL)");
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_contents (table_name, data_type,"
                        + " identifier, description) VALUES (?, 'attributes', 'reference dates', ?)")) {
                    ps.setString(1, IncidentSchema.REFERENCE_DATES);
                    ps.setString(2, IncidentSchema.REFERENCE_DATES_DESCRIPTION);
                    ps.executeUpdate();
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM " + IncidentSchema.REFERENCE_DATES);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + IncidentSchema.REFERENCE_DATES
                    + " (ref_id, label, at_utc, sort_order) VALUES (?, ?, ?, ?)")) {
                int order = 0;
                for (ReferenceDate r : dates) {
                    ps.setString(1, r.id());
                    ps.setString(2, r.label());
                    ps.setString(3, IncidentRows.DATETIME.format(r.at()));
                    ps.setInt(4, order++);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static boolean exists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, IncidentSchema.REFERENCE_DATES);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
