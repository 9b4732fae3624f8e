package org.sitmap.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.io.incidents.ProgressListener;
import org.sitmap.io.incidents.RowIssue;
import org.sitmap.testsupport.FileDigest;
import org.sqlite.SQLiteConfig;

/** One transaction per file: 10,000 good rows and one bad row at the very end land all or nothing. */
class ImportAtomicityTest {

    private static final int GOOD = 10_000;

    @TempDir
    Path dir;

    private Path db;
    private Path events;
    private double minLon = Double.MAX_VALUE;
    private double maxLon = -Double.MAX_VALUE;
    private double minLat = Double.MAX_VALUE;
    private double maxLat = -Double.MAX_VALUE;

    @BeforeEach
    void storeAndBigFile() throws Exception {
        db = dir.resolve("store.gpkg");
        IncidentSchema.create(db, false, null, false);
        try (IncidentStore store = IncidentStore.openWritable(db)) {
            ImportOutcome seed = new IncidentImport(store).run(new AcledFile().addGood("SEED", 0)
                    .write(dir.resolve("seed.csv")), null, false, i -> { }, ProgressListener.NONE);
            assertTrue(seed.committed());
        }
        AcledFile f = new AcledFile();
        for (int n = 1; n <= GOOD; n++) {
            Map<String, String> row = AcledFile.goodRow("BULK" + n, n);
            f.add(row);
            double lon = Double.parseDouble(row.get("longitude"));
            double lat = Double.parseDouble(row.get("latitude"));
            minLon = Math.min(minLon, lon);
            maxLon = Math.max(maxLon, lon);
            minLat = Math.min(minLat, lat);
            maxLat = Math.max(maxLat, lat);
        }
        Map<String, String> bad = AcledFile.goodRow("BULK-BAD", 1);
        bad.put("event_date", "31/02/2025");
        f.add(bad);
        events = f.write(dir.resolve("bulk.csv"));
    }

    private ImportOutcome importBulk(boolean skip, List<RowIssue> issues) throws Exception {
        try (IncidentStore store = IncidentStore.openWritable(db)) {
            return new IncidentImport(store).run(events, null, skip, issues::add, ProgressListener.NONE);
        }
    }

    private long scalar(String sql) throws Exception {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db, config.toProperties());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void oneBadRowAtTheEndLeavesTheStoreUntouched() throws Exception {
        String digest = FileDigest.sha256(db);
        List<RowIssue> issues = new ArrayList<>();
        ImportOutcome o = importBulk(false, issues);
        assertFalse(o.committed());
        assertEquals(0, o.added());
        assertEquals(1, o.rejected());
        assertEquals(1, issues.size());
        assertEquals(AcledFile.lineOf(GOOD), issues.get(0).line(), "the bad row is the file's last line");
        assertEquals("event_date", issues.get(0).field());
        assertEquals(1, scalar("SELECT count(*) FROM incidents"));
        assertEquals(1, scalar("SELECT count(*) FROM import_batches"), "no batch row for a rolled-back import");
        assertEquals(digest, FileDigest.sha256(db), "byte-for-byte unchanged");
        assertFalse(java.nio.file.Files.exists(Path.of(db + "-journal")), "no journal left behind");
    }

    @Test
    void skippingTheBadRowAddsExactlyTheTenThousandGoodOnesAndKeepsTheIndexWhole() throws Exception {
        ImportOutcome o = importBulk(true, new ArrayList<>());
        assertTrue(o.committed());
        assertEquals(GOOD, o.added());
        assertEquals(1, o.rejected());
        assertEquals(GOOD + 1, scalar("SELECT count(*) FROM incidents"));
        assertEquals(GOOD, scalar("SELECT count(*) FROM incidents WHERE source_event_id LIKE 'BULK%'"));
        assertEquals(0, scalar("SELECT count(*) FROM incidents WHERE source_event_id = 'BULK-BAD'"));
        // the import fills the R-tree itself with the trigger dropped: it must end complete and the trigger back
        assertEquals(GOOD + 1, scalar("SELECT count(*) FROM rtree_incidents_geom"));
        assertEquals(0, scalar("SELECT count(*) FROM incidents i LEFT JOIN rtree_incidents_geom r ON r.id = i.fid"
                + " WHERE r.id IS NULL"));
        assertEquals(1, scalar("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                + " AND name = 'rtree_incidents_geom_insert'"));
        assertEquals(1, scalar("SELECT count(*) FROM import_batches WHERE rows_added = " + GOOD
                + " AND rows_rejected = 1 AND file = 'bulk.csv'"));
        // the layer extent in gpkg_contents covers every point (seed row included)
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db, config.toProperties());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT min_x, max_x, min_y, max_y FROM gpkg_contents"
                     + " WHERE table_name = 'incidents'")) {
            rs.next();
            double seedLon = 74.0;
            double seedLat = 33.4;
            assertEquals(Math.min(seedLon, minLon), rs.getDouble(1), 1e-4);
            assertEquals(maxLon, rs.getDouble(2), 1e-4);
            assertEquals(Math.min(seedLat, minLat), rs.getDouble(3), 1e-4);
            assertEquals(maxLat, rs.getDouble(4), 1e-4);
        }
    }

    @Test
    void afterARolledBackImportTheStoreStillIndexesNewRows() throws Exception {
        importBulk(false, new ArrayList<>());
        try (IncidentStore store = IncidentStore.openWritable(db)) {
            ImportOutcome o = new IncidentImport(store).run(new AcledFile().addGood("LATER", 7)
                    .write(dir.resolve("later.csv")), null, false, i -> { }, ProgressListener.NONE);
            assertTrue(o.committed());
        }
        assertEquals(2, scalar("SELECT count(*) FROM rtree_incidents_geom"));
        assertEquals(1, scalar("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                + " AND name = 'rtree_incidents_geom_insert'"));
    }
}
