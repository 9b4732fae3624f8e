package org.sitmap.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.io.incidents.ImportFormat;
import org.sitmap.io.incidents.ProgressListener;
import org.sitmap.testsupport.TestPaths;
import org.sqlite.SQLiteConfig;

/**
 * The real UCDP GED Pakistan extract (HDX variant) lands whole, and its India–Pakistan
 * state-based events are recognisable in the store. Expected numbers are counted here from the
 * CSV with FastCSV, not taken from the importer.
 */
class UcdpFixtureImportTest {

    @TempDir
    static Path dir;

    private static Path csv;
    private static Path db;
    private static ImportOutcome outcome;
    private static Set<String> allIds;
    private static Set<String> indiaPakistanIds;

    @BeforeAll
    static void importOnce() throws Exception {
        csv = TestPaths.fixtures().resolve("events/ucdp_ged_conflict_data_pak.csv");
        assertTrue(Files.isRegularFile(csv), "fixture missing: " + csv);
        allIds = new HashSet<>();
        indiaPakistanIds = new HashSet<>();
        try (CsvReader<NamedCsvRecord> r = CsvReader.builder().ofNamedCsvRecord(csv)) {
            for (NamedCsvRecord rec : r) {
                if (isHxlTagRow(rec)) {
                    continue;
                }
                allIds.add("UCDP:" + rec.getField("id"));
                if ("India - Pakistan".equals(rec.getField("conflict_name"))) {
                    indiaPakistanIds.add("UCDP:" + rec.getField("id"));
                }
            }
        }
        db = dir.resolve("ucdp.gpkg");
        IncidentSchema.create(db, false, null, false);
        try (IncidentStore store = IncidentStore.openWritable(db)) {
            outcome = new IncidentImport(store).run(csv, null, false, i -> { }, ProgressListener.NONE);
        }
    }

    /** HDX's second line: every field empty or a #hashtag. */
    private static boolean isHxlTagRow(NamedCsvRecord rec) {
        boolean tag = false;
        for (String f : rec.getFields()) {
            if (f.startsWith("#")) {
                tag = true;
            } else if (!f.isBlank()) {
                return false;
            }
        }
        return tag;
    }

    private static Set<String> ids(String where) throws Exception {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        Set<String> out = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db, config.toProperties());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT source_event_id FROM incidents WHERE " + where)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void importIsCommittedAsUcdpWithNoRejectedRows() {
        assertEquals(ImportFormat.UCDP, outcome.format(), "detected from the header");
        assertTrue(outcome.committed(), outcome.summary());
        assertEquals(0, outcome.rejected(), outcome.issues().toString());
    }

    @Test
    void everyDataRowIsStoredOnce() throws Exception {
        assertTrue(allIds.size() > 6000, "the fixture has thousands of events: " + allIds.size());
        try (IncidentStore store = IncidentStore.openReadOnly(db)) {
            assertEquals(allIds.size(), store.count());
        }
        assertEquals(allIds.size(), outcome.added());
        assertEquals(allIds, ids("1"));
    }

    @Test
    void theIndiaPakistanConflictRowsAreExactlyTheStoredCeasefireViolations() throws Exception {
        assertEquals(429, indiaPakistanIds.size(), "the issue counted 429 India - Pakistan rows");
        assertEquals(indiaPakistanIds, ids("type = 'ceasefire_violation'"));
        assertEquals(indiaPakistanIds, ids("type = 'ceasefire_violation' AND sub_type = 'state-based conflict'"
                + " AND actor IN ('Government of India', 'Government of Pakistan')"));
        Set<String> others = new HashSet<>(allIds);
        others.removeAll(indiaPakistanIds);
        assertEquals(others, ids("type = 'other'"));
    }

    @Test
    void reImportingTheFixtureAddsNothing() throws Exception {
        Path copy = dir.resolve("again.gpkg");
        Files.copy(db, copy);
        try (IncidentStore store = IncidentStore.openWritable(copy)) {
            ImportOutcome again = new IncidentImport(store).run(csv, null, false, i -> { }, ProgressListener.NONE);
            assertTrue(again.committed());
            assertEquals(0, again.added());
            assertEquals(allIds.size(), again.duplicatesInStore());
            assertEquals(allIds.size(), store.count());
        }
    }
}
