package org.sitmap.io.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentBuilder;

/**
 * Single-record edits of a writable incident file: insert, update (a move is an update of the
 * position) and delete, each in its own {@code BEGIN IMMEDIATE} transaction together with its
 * audit row, so an edit and its record in {@link AuditLog} land together or not at all. The
 * R-tree follows through the GeoPackage triggers (the ST_* functions are registered on writable
 * stores, so GDAL-made files work too). No lost update: an update or delete states the record it
 * started from, and is refused with {@link EditConflictException} when the row in the file is no
 * longer exactly that (another instance changed or deleted it). In a synthetic file every
 * written record is marked SYNTHETIC, so practice records can never pass for real reports.
 * Use from one worker thread (never the FX thread).
 */
public final class IncidentEdits {

    public static final String SYNTHETIC_SOURCE_PREFIX = "SYNTHETIC — ";
    public static final String SYNTHETIC_NOTE = "SYNTHETIC: practice record in the demo file, not a real event.";

    private static final String UPDATE_SQL;
    private static final String INSERT_SQL;

    static {
        StringBuilder set = new StringBuilder();
        for (String col : IncidentRows.DATA_COLUMNS) {
            set.append(col).append(" = ?, ");
        }
        UPDATE_SQL = "UPDATE " + IncidentSchema.INCIDENTS + " SET " + set + "updated_utc = ? WHERE fid = ?";
        INSERT_SQL = IncidentRows.INSERT_SQL.replace("INSERT OR IGNORE", "INSERT");
    }

    private final IncidentStore store;
    private final String user;

    public IncidentEdits(IncidentStore store, String user) {
        this.store = store;
        this.user = user == null || user.isBlank() ? "unknown" : user;
    }

    /** What an edit did: the record before (null for an insert), after (null for a delete), its audit row. */
    public record Applied(AuditEntry.Action action, Incident before, Incident after, long auditId) {
    }

    @FunctionalInterface
    private interface Work {
        Applied run(Connection c, String now) throws SQLException, StoreException;
    }

    /**
     * Adds a record. A null id lets the file assign the next one; a set id (re-inserting a deleted
     * record, e.g. on undo) must be free.
     */
    public Applied insert(Incident incident, String reason) throws StoreException {
        Incident in = marked(incident);
        return inTransaction("adding an incident", (c, now) -> {
            if (in.id() != null && read(c, in.id()) != null) {
                throw new EditConflictException(store.file() + ": incident " + in.id()
                        + " already exists (added elsewhere meanwhile). Nothing was written.");
            }
            checkSourceIdFree(c, in.sourceEventId(), in.id());
            long fid;
            try (PreparedStatement ps = c.prepareStatement(INSERT_SQL)) {
                IncidentRows.bindInsert(ps, in.id() == null ? 0 : in.id(), in, null, now);
                if (in.id() == null) {
                    ps.setNull(1, Types.INTEGER);
                }
                ps.executeUpdate();
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
                rs.next();
                fid = rs.getLong(1);
            }
            Incident after = read(c, fid);
            touchContents(c, now, after);
            long audit = AuditLog.append(c, new AuditEntry(0, null, user, AuditEntry.Action.INSERT, fid,
                    after.sourceEventId(), null, IncidentJson.full(after), reason, null));
            return new Applied(AuditEntry.Action.INSERT, null, after, audit);
        });
    }

    /**
     * Replaces {@code expected} (the record as the editor read it) by {@code updated} (same id).
     * Returns null when nothing differs (nothing is written).
     */
    public Applied update(Incident expected, Incident updated, String reason) throws StoreException {
        if (expected.id() == null || !expected.id().equals(updated.id())) {
            throw new IllegalArgumentException("an update keeps the record's id");
        }
        Incident in = marked(updated);
        if (in.equals(expected)) {
            return null;
        }
        return inTransaction("saving incident " + expected.id(), (c, now) -> {
            Incident current = checkUnchanged(c, expected, "changed");
            checkSourceIdFree(c, in.sourceEventId(), in.id());
            try (PreparedStatement ps = c.prepareStatement(UPDATE_SQL)) {
                int k = IncidentRows.bindData(ps, 1, in);
                ps.setString(k++, now);
                ps.setLong(k, in.id());
                ps.executeUpdate();
            }
            Incident after = read(c, in.id());
            touchContents(c, now, after);
            String[] diff = IncidentJson.changes(current, after);
            long audit = AuditLog.append(c, new AuditEntry(0, null, user, AuditEntry.Action.UPDATE, after.id(),
                    after.sourceEventId(), diff[0], diff[1], reason, null));
            return new Applied(AuditEntry.Action.UPDATE, current, after, audit);
        });
    }

    /** Deletes {@code expected} (the record as the editor read it); the reason is required. */
    public Applied delete(Incident expected, String reason) throws StoreException {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a deletion needs a reason");
        }
        return inTransaction("deleting incident " + expected.id(), (c, now) -> {
            Incident current = checkUnchanged(c, expected, "deleted");
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + IncidentSchema.INCIDENTS + " WHERE fid = ?")) {
                ps.setLong(1, expected.id());
                ps.executeUpdate();
            }
            touchContents(c, now, null);
            long audit = AuditLog.append(c, new AuditEntry(0, null, user, AuditEntry.Action.DELETE, current.id(),
                    current.sourceEventId(), IncidentJson.full(current), null, reason, null));
            return new Applied(AuditEntry.Action.DELETE, current, null, audit);
        });
    }

    private Incident checkUnchanged(Connection c, Incident expected, String verb) throws SQLException, StoreException {
        Incident current = read(c, expected.id());
        if (current == null) {
            throw new EditConflictException(store.file() + ": incident " + expected.id() + " was deleted meanwhile"
                    + " (by another window, app instance or user), so it was not " + verb + ". Nothing was written.");
        }
        if (!current.equals(expected)) {
            throw new EditConflictException(store.file() + ": incident " + expected.id() + " was changed meanwhile"
                    + " (fields: " + IncidentJson.changedFieldNames(expected, current) + "), so it was not " + verb
                    + ". Nothing was written: reopen it to see the other change, then edit again.");
        }
        return current;
    }

    private void checkSourceIdFree(Connection c, String sourceId, Long ownId) throws SQLException, StoreException {
        if (sourceId == null) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT fid FROM " + IncidentSchema.INCIDENTS
                + " WHERE source_event_id = ? AND fid IS NOT ?")) {
            ps.setString(1, sourceId);
            if (ownId == null) {
                ps.setNull(2, Types.INTEGER);
            } else {
                ps.setLong(2, ownId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new StoreException(store.file() + ": field 'source id': " + sourceId
                            + " is already used by incident " + rs.getLong(1) + ". Nothing was written.");
                }
            }
        }
    }

    private Incident marked(Incident i) {
        if (!store.isSynthetic()) {
            return i;
        }
        IncidentBuilder b = IncidentBuilder.from(i);
        String names = i.sourceNames() == null ? "" : i.sourceNames();
        if (!names.startsWith("SYNTHETIC")) {
            b.sourceNames(SYNTHETIC_SOURCE_PREFIX + names);
        }
        String notes = i.notes() == null ? "" : i.notes();
        if (!notes.contains("SYNTHETIC")) {
            b.notes(notes.isBlank() ? SYNTHETIC_NOTE : SYNTHETIC_NOTE + " " + notes);
        }
        return b.build();
    }

    private Incident read(Connection c, long fid) throws SQLException, StoreException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + IncidentRows.SELECT_COLUMNS + " FROM "
                + IncidentSchema.INCIDENTS + " WHERE fid = ?")) {
            ps.setLong(1, fid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? IncidentRows.read(rs) : null;
            }
        }
    }

    /** last_change, and the layer extent grown to a new or moved point. */
    private static void touchContents(Connection c, String now, Incident at) throws SQLException {
        String sql = at == null ? "UPDATE gpkg_contents SET last_change = ?1 WHERE table_name = ?2"
                : "UPDATE gpkg_contents SET last_change = ?1, min_x = min(coalesce(min_x, ?3), ?3),"
                        + " max_x = max(coalesce(max_x, ?3), ?3), min_y = min(coalesce(min_y, ?4), ?4),"
                        + " max_y = max(coalesce(max_y, ?4), ?4) WHERE table_name = ?2";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, now);
            ps.setString(2, IncidentSchema.INCIDENTS);
            if (at != null) {
                ps.setDouble(3, at.lon());
                ps.setDouble(4, at.lat());
            }
            ps.executeUpdate();
        }
    }

    private Applied inTransaction(String what, Work work) throws StoreException {
        if (!store.isWritable()) {
            throw new StoreException(store.file() + ": opened read-only; " + what + " is not possible");
        }
        Connection c = store.connection();
        try {
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true);
            }
            try (Statement s = c.createStatement()) {
                // take the write lock first (waiting up to the busy timeout for another writer), so
                // the check of the current row and the write cannot interleave with another process
                s.execute("BEGIN IMMEDIATE");
            }
        } catch (SQLException e) {
            throw new StoreException(store.file() + ": " + what + " is not possible now: the file is busy or locked ("
                    + e.getMessage() + "). Nothing was written; try again.", e);
        }
        try {
            Applied done = work.run(c, IncidentRows.DATETIME.format(Instant.now()));
            try (Statement s = c.createStatement()) {
                s.execute("COMMIT");
            }
            return done;
        } catch (StoreException e) {
            rollback(c);
            throw e;
        } catch (SQLException | RuntimeException e) {
            rollback(c);
            throw new StoreException(store.file() + ": " + what + " failed and was rolled back (" + e.getMessage()
                    + "). The file was not changed.", e);
        }
    }

    private static void rollback(Connection c) {
        try (Statement s = c.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // no transaction left to roll back: SQLite already ended it, nothing was committed
        }
    }
}
