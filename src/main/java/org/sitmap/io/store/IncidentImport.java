package org.sitmap.io.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sitmap.core.Incident;
import org.sitmap.io.gpkg.SpatialIndexTriggers;
import org.sitmap.io.incidents.ImportException;
import org.sitmap.io.incidents.ImportFormat;
import org.sitmap.io.incidents.IssueSink;
import org.sitmap.io.incidents.ProgressListener;
import org.sitmap.io.incidents.RowIssue;

/**
 * Imports one file into a writable store in ONE transaction: the file lands whole or not at
 * all. Any rejected row (an ERROR) rolls everything back unless {@code skipBadRows}; warnings
 * never do. Rows whose source id is already in the store are skipped and reported, so importing
 * the same file twice adds nothing. For speed the R-tree insert trigger is dropped for the
 * transaction, the R-tree filled directly from each point, and the trigger recreated before the
 * commit. Use from one worker thread.
 */
public final class IncidentImport {

    public static final int MAX_KEPT_ISSUES = 10_000;
    /** Input files larger than this get the time index rebuilt once instead of updated per row. */
    static final long LARGE_FILE_BYTES = 4L << 20;
    static final String TIME_INDEX = "incidents_start_ms";
    static final String SOURCE_ID_INDEX = "incidents_source_event_id";

    private final IncidentStore store;
    private final String user;

    public IncidentImport(IncidentStore store) {
        this(store, System.getProperty("user.name"));
    }

    /** As above, recording {@code user} in the batch and the audit log (a name set in preferences). */
    public IncidentImport(IncidentStore store, String user) {
        this.store = store;
        this.user = user;
    }

    /** Rows from somewhere (a file reader, a generator), pushed into the two sinks. */
    @FunctionalInterface
    public interface RowSource {
        void emit(org.sitmap.io.incidents.IncidentSink rows, IssueSink issues) throws ImportException;
    }

    public ImportOutcome run(Path file, ImportFormat format, boolean skipBadRows, IssueSink issues,
                             ProgressListener progress) throws StoreException, ImportException {
        ImportFormat fmt = format != null ? format : ImportFormat.detect(file);
        return run(file, fmt.name().toLowerCase(java.util.Locale.ROOT), fmt, skipBadRows, issues,
                (rows, rowIssues) -> fmt.reader().read(file, rows, rowIssues, progress));
    }

    /** Inserts generated incidents (e.g. the demo data) as one batch labelled {@code label}. */
    public ImportOutcome insertAll(String label, Iterable<org.sitmap.core.Incident> incidents) throws StoreException {
        try {
            return run(Path.of(label), "generated", null, false, IssueSink.IGNORE, (rows, rowIssues) -> {
                long line = 0;
                for (org.sitmap.core.Incident i : incidents) {
                    rows.accept(++line, i);
                }
            });
        } catch (ImportException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    private ImportOutcome run(Path file, String formatLabel, ImportFormat fmt, boolean skipBadRows, IssueSink issues,
                              RowSource source) throws StoreException, ImportException {
        if (!store.isWritable()) {
            throw new StoreException(store.file() + ": opened read-only; cannot import");
        }
        Connection c = store.connection();
        Counter n = new Counter();
        List<RowIssue> kept = new ArrayList<>();
        String now = IncidentRows.DATETIME.format(Instant.now());
        String rtree = SpatialIndexTriggers.rtreeTable(IncidentSchema.INCIDENTS);
        try {
            try (Statement s = c.createStatement()) {
                // a connection setting, not stored in the file: keeps the index B-trees of a large
                // import in memory instead of spilling pages to the journal mid-transaction
                s.execute("PRAGMA cache_size = -262144");
            }
            c.setAutoCommit(false);
            long batch = insertBatch(c, file, formatLabel, now);
            n.nextFid = nextFid(c);
            boolean large = isLarge(file);
            boolean emptyLargeLoad = large && n.nextFid == 1 && isEmpty(c);
            try (Statement s = c.createStatement()) {
                s.execute("DROP TRIGGER IF EXISTS " + SpatialIndexTriggers.insertTriggerName(IncidentSchema.INCIDENTS));
                if (large) {
                    // rebuilt by one sort at the end: cheaper than a B-tree insert per row in time order
                    s.execute("DROP INDEX IF EXISTS " + TIME_INDEX);
                }
                if (emptyLargeLoad) {
                    // nothing in the file to collide with, and the reader drops in-file repeats:
                    // build the unique index once at the end instead of per row
                    s.execute("DROP INDEX IF EXISTS " + SOURCE_ID_INDEX);
                }
            }
            NewPoints added = new NewPoints();
            try (PreparedStatement insert = c.prepareStatement(IncidentRows.INSERT_SQL)) {
                Pending pending = new Pending();
                source.emit((line, incident) -> {
                    try {
                        add(insert, added, pending, incident, batch, now, line, file, n, kept, issues);
                    } catch (SQLException e) {
                        throw new IllegalStateException(file + ":" + line + ": " + e.getMessage(), e);
                    }
                }, issue -> record(issue, n, kept, issues));
                flush(insert, added, pending, file, n, kept, issues);
            }
            SpatialIndexUpdate.apply(c, rtree, added.fid, added.lon, added.lat, added.size);
            try (Statement s = c.createStatement()) {
                if (large) {
                    s.execute("CREATE INDEX " + TIME_INDEX + " ON " + IncidentSchema.INCIDENTS + " (start_ms)");
                }
                if (emptyLargeLoad) {
                    s.execute("CREATE UNIQUE INDEX " + SOURCE_ID_INDEX + " ON " + IncidentSchema.INCIDENTS
                            + " (source_event_id) WHERE source_event_id IS NOT NULL");
                }
            }
            kept.sort(java.util.Comparator.comparingLong(RowIssue::line));
            try (Statement s = c.createStatement()) {
                s.execute(SpatialIndexTriggers.insertTriggerSql(IncidentSchema.INCIDENTS));
            }
            boolean commit = n.rejected == 0 || skipBadRows;
            if (commit) {
                finishBatch(c, batch, n);
                ImportAudit.append(c, user, batch, file, formatLabel, n.added, n.duplicates, n.rejected);
                touchContents(c, now, added);
                c.commit();
            } else {
                c.rollback();
            }
            return new ImportOutcome(file, fmt, commit, commit ? n.added : 0, n.duplicates, n.rejected,
                    n.warnings, n.issues, kept);
        } catch (SQLException | RuntimeException e) {
            rollback(c);
            throw new StoreException(store.file() + ": import of " + file + " failed and was rolled back ("
                    + e.getMessage() + "). The file was not changed.", e);
        } catch (ImportException e) {
            rollback(c);
            throw e;
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is closed or broken; the next use reports it
            }
        }
    }

    /**
     * Queues one row; rows go to SQLite in JDBC batches ({@link Pending#CAPACITY} at a time), which
     * sqlite-jdbc runs several times faster than one executeUpdate per row.
     */
    private static void add(PreparedStatement insert, NewPoints added, Pending pending,
                            Incident incident, long batch, String now, long line, Path file, Counter n,
                            List<RowIssue> kept, IssueSink issues) throws SQLException {
        if (Double.isNaN(incident.lon()) || Double.isNaN(incident.lat())) {
            record(new RowIssue(file, line, "geometry", "missing coordinates", RowIssue.Severity.ERROR), n, kept, issues);
            return;
        }
        long fid = n.nextFid++;
        IncidentRows.bindInsert(insert, fid, incident, batch, now);
        insert.addBatch();
        int k = pending.size++;
        pending.fid[k] = fid;
        pending.line[k] = line;
        pending.lon[k] = incident.lon();
        pending.lat[k] = incident.lat();
        pending.sourceId[k] = incident.sourceEventId();
        if (pending.size == Pending.CAPACITY) {
            flush(insert, added, pending, file, n, kept, issues);
        }
    }

    /** Runs the queued inserts; a row that changed nothing hit the unique source id: a duplicate. */
    private static void flush(PreparedStatement insert, NewPoints added, Pending pending, Path file,
                              Counter n, List<RowIssue> kept, IssueSink issues) throws SQLException {
        if (pending.size == 0) {
            return;
        }
        int[] changed = insert.executeBatch();
        for (int k = 0; k < pending.size; k++) {
            if (changed[k] == 0) {
                n.duplicates++;
                record(new RowIssue(file, pending.line[k], "source id", "duplicate source id " + pending.sourceId[k]
                        + " is already in the file; skipped", RowIssue.Severity.WARNING), n, kept, issues);
                continue;
            }
            added.add(pending.fid[k], pending.lon[k], pending.lat[k]);
            n.added++;
        }
        java.util.Arrays.fill(pending.sourceId, null);
        pending.size = 0;
    }

    private static boolean isEmpty(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM " + IncidentSchema.INCIDENTS + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static boolean isLarge(Path file) {
        try {
            return java.nio.file.Files.size(file) > LARGE_FILE_BYTES;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** The next fid: above every fid the table has ever had (AUTOINCREMENT never reuses one). */
    private static long nextFid(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT max(coalesce((SELECT max(fid) FROM " + IncidentSchema.INCIDENTS
                     + "), 0), coalesce((SELECT seq FROM sqlite_sequence WHERE name = '" + IncidentSchema.INCIDENTS
                     + "'), 0)) + 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void record(RowIssue issue, Counter n, List<RowIssue> kept, IssueSink issues) {
        n.issues++;
        if (issue.severity() == RowIssue.Severity.ERROR) {
            n.rejected++;
        } else {
            n.warnings++;
        }
        if (kept.size() < MAX_KEPT_ISSUES) {
            kept.add(issue);
        }
        issues.report(issue);
    }

    private long insertBatch(Connection c, Path file, String format, String now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + IncidentSchema.BATCHES
                + " (file, format, imported_utc, user_name) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, file.getFileName().toString());
            ps.setString(2, format);
            ps.setString(3, now);
            ps.setString(4, user);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void finishBatch(Connection c, long batch, Counter n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + IncidentSchema.BATCHES
                + " SET rows_added = ?, rows_skipped = ?, rows_rejected = ? WHERE fid = ?")) {
            ps.setLong(1, n.added);
            ps.setLong(2, n.duplicates);
            ps.setLong(3, n.rejected);
            ps.setLong(4, batch);
            ps.executeUpdate();
        }
    }

    /**
     * Keeps gpkg_contents' extent and last_change true after the import: the stored extent grown by
     * the points this import added (reading the R-tree back would scan a virtual table).
     */
    private static void touchContents(Connection c, String now, NewPoints added) throws SQLException {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < added.size; k++) {
            minX = Math.min(minX, added.lon[k]);
            maxX = Math.max(maxX, added.lon[k]);
            minY = Math.min(minY, added.lat[k]);
            maxY = Math.max(maxY, added.lat[k]);
        }
        String sql = added.size == 0
                ? "UPDATE gpkg_contents SET last_change = ?1 WHERE table_name = ?2"
                : "UPDATE gpkg_contents SET last_change = ?1, min_x = min(coalesce(min_x, ?3), ?3),"
                        + " max_x = max(coalesce(max_x, ?4), ?4), min_y = min(coalesce(min_y, ?5), ?5),"
                        + " max_y = max(coalesce(max_y, ?6), ?6) WHERE table_name = ?2";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, now);
            ps.setString(2, IncidentSchema.INCIDENTS);
            if (added.size > 0) {
                ps.setDouble(3, minX);
                ps.setDouble(4, maxX);
                ps.setDouble(5, minY);
                ps.setDouble(6, maxY);
            }
            ps.executeUpdate();
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // already rolled back or closed: nothing was committed either way
        }
    }

    private static final class Counter {
        long added;
        long duplicates;
        long rejected;
        long warnings;
        long issues;
        long nextFid;
    }
}
