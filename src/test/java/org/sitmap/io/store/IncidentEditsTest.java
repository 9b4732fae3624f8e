package org.sitmap.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentBuilder;
import org.sitmap.io.incidents.IssueSink;
import org.sitmap.io.incidents.ProgressListener;
import org.sitmap.testsupport.Gdal;
import org.sitmap.testsupport.SampleIncidents;

/** Single-record edits: one transaction each, with an audit row holding old and new values and the reason. */
class IncidentEditsTest {

    @TempDir
    Path dir;

    private Path fresh() throws Exception {
        Path file = dir.resolve("edits.gpkg");
        IncidentSchema.create(file, false, null, false);
        return file;
    }

    @Test
    void insertWritesTheRecordAndAnAuditRowWithItsNewValuesAndReason() throws Exception {
        Path file = fresh();
        Incident added;
        try (IncidentStore store = IncidentStore.openWritable(file)) {
            IncidentEdits.Applied a = new IncidentEdits(store, "analyst1").insert(SampleIncidents.mendharShelling(),
                    "police report 0300");
            added = a.after();
            assertEquals(SampleIncidents.mendharShelling().withId(added.id()), added, "stored exactly as given");
            List<AuditEntry> log = store.audit(null);
            assertEquals(1, log.size());
            AuditEntry e = log.get(0);
            assertEquals(a.auditId(), e.id());
            assertEquals(AuditEntry.Action.INSERT, e.action());
            assertEquals("analyst1", e.user());
            assertEquals(added.id(), e.incidentFid());
            assertEquals("police report 0300", e.reason());
            assertNull(e.oldValues());
            Map<String, Object> now = IncidentJson.read(e.newValues());
            assertEquals("Mendhar", now.get("location"));
            assertEquals(2, now.get("injured_total"));
            assertEquals("2025-05-08T21:00:00.000Z", now.get("start_utc"));
        }
        assertEquals(1, SampleIncidents.scalar(file, "SELECT count(*) FROM rtree_incidents_geom WHERE id = " + added.id()));
        assertEquals("", SampleIncidents.integrityProblems(file));
    }

    @Test
    void updateRecordsOnlyTheChangedFieldsOldAndNewAndMovesTheRtreeRow() throws Exception {
        Path file = fresh();
        try (IncidentStore store = IncidentStore.openWritable(file)) {
            IncidentEdits edits = new IncidentEdits(store, "analyst1");
            Incident before = edits.insert(SampleIncidents.mendharShelling(), "new").after();
            Incident changed = IncidentBuilder.from(before).injuredTotal(3).injuredCivilian(3).lon(74.2).lat(33.65).build();
            IncidentEdits.Applied a = edits.update(before, changed, "hospital confirmed a third");
            assertEquals(changed, a.after());
            assertEquals(changed, store.byId(before.id()));
            AuditEntry e = store.audit(before.id()).get(1);
            assertEquals(AuditEntry.Action.UPDATE, e.action());
            assertEquals("hospital confirmed a third", e.reason());
            assertEquals(Map.of("lon", 74.146, "lat", 33.606, "injured_total", 2, "injured_civilian", 2),
                    IncidentJson.read(e.oldValues()));
            assertEquals(Map.of("lon", 74.2, "lat", 33.65, "injured_total", 3, "injured_civilian", 3),
                    IncidentJson.read(e.newValues()));
        }
        assertEquals(1, SampleIncidents.scalar(file, "SELECT count(*) FROM rtree_incidents_geom WHERE minx <= 74.2"
                + " AND maxx >= 74.2 AND miny <= 33.65 AND maxy >= 33.65"));
        assertEquals("", SampleIncidents.integrityProblems(file));
    }

    @Test
    void deleteNeedsAReasonAndKeepsTheWholeOldRecordInTheLog() throws Exception {
        Path file = fresh();
        try (IncidentStore store = IncidentStore.openWritable(file)) {
            IncidentEdits edits = new IncidentEdits(store, "analyst1");
            Incident in = edits.insert(SampleIncidents.mendharShelling(), "new").after();
            assertThrows(IllegalArgumentException.class, () -> edits.delete(in, " "));
            edits.delete(in, "duplicate of a Rajouri report");
            assertNull(store.byId(in.id()));
            AuditEntry e = store.audit(in.id()).get(1);
            assertEquals(AuditEntry.Action.DELETE, e.action());
            assertEquals("duplicate of a Rajouri report", e.reason());
            assertEquals(IncidentJson.read(IncidentJson.full(in)), IncidentJson.read(e.oldValues()));
            assertEquals("Mendhar", IncidentJson.read(e.oldValues()).get("location"));
            assertNull(e.newValues());
        }
        assertEquals(0, SampleIncidents.scalar(file, "SELECT count(*) FROM rtree_incidents_geom"));
        assertEquals("", SampleIncidents.integrityProblems(file));
    }

    @Test
    void anUpdateFromAStaleCopyIsRefusedAndNothingIsWritten() throws Exception {
        Path file = fresh();
        try (IncidentStore store = IncidentStore.openWritable(file)) {
            IncidentEdits mine = new IncidentEdits(store, "a");
            Incident original = mine.insert(SampleIncidents.mendharShelling(), "new").after();
            Incident theirs = IncidentBuilder.from(original).killedTotal(1).build();
            new IncidentEdits(store, "b").update(original, theirs, "their change");
            Incident myChange = IncidentBuilder.from(original).notes("my note").build();
            EditConflictException e = assertThrows(EditConflictException.class,
                    () -> mine.update(original, myChange, "my change"));
            assertTrue(e.getMessage().contains("killed_total"), e.getMessage());
            assertEquals(theirs, store.byId(original.id()), "their change is kept");
            assertThrows(EditConflictException.class, () -> mine.delete(original, "stale"));
            assertEquals(2, store.audit(original.id()).size(), "no audit rows for refused edits");
        }
    }

    @Test
    void aDuplicateSourceIdIsRefusedWithTheFieldNamed() throws Exception {
        Path file = fresh();
        try (IncidentStore store = IncidentStore.openWritable(file)) {
            IncidentEdits edits = new IncidentEdits(store, "a");
            Incident first = IncidentBuilder.from(SampleIncidents.mendharShelling()).sourceEventId("IND1").build();
            edits.insert(first, "new");
            StoreException e = assertThrows(StoreException.class, () -> edits.insert(first, "again"));
            assertTrue(e.getMessage().contains("'source id'") && e.getMessage().contains("IND1"), e.getMessage());
            assertEquals(1, store.count());
        }
    }

    @Test
    void aReadOnlyStoreRefusesEdits() throws Exception {
        Path file = fresh();
        try (IncidentStore store = IncidentStore.openReadOnly(file)) {
            StoreException e = assertThrows(StoreException.class,
                    () -> new IncidentEdits(store, "a").insert(SampleIncidents.mendharShelling(), "x"));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        }
    }

    @Test
    void recordsWrittenIntoASyntheticFileAreMarkedSynthetic() throws Exception {
        Path file = dir.resolve("synthetic.gpkg");
        IncidentSchema.create(file, true, null, false);
        try (IncidentStore store = IncidentStore.openWritable(file)) {
            Incident in = new IncidentEdits(store, "a").insert(SampleIncidents.mendharShelling(), "practice").after();
            assertTrue(in.sourceNames().startsWith("SYNTHETIC — J&K Police"), in.sourceNames());
            assertTrue(in.notes().startsWith(IncidentEdits.SYNTHETIC_NOTE), in.notes());
        }
    }

    @Test
    void anImportIsOneAuditEntryWithItsBatchFileAndCounts() throws Exception {
        Path file = fresh();
        AcledFile csv = new AcledFile();
        for (int n = 0; n < 12; n++) {
            csv.addGood("IND" + n, n);
        }
        Path events = csv.write(dir.resolve("events.csv"));
        try (IncidentStore store = IncidentStore.openWritable(file)) {
            new IncidentImport(store, "importer").run(events, null, false, IssueSink.IGNORE, ProgressListener.NONE);
            List<AuditEntry> log = store.audit(null);
            assertEquals(1, log.size());
            AuditEntry e = log.get(0);
            assertEquals(AuditEntry.Action.IMPORT, e.action());
            assertEquals("importer", e.user());
            assertNotNull(e.importBatch());
            Map<String, Object> v = IncidentJson.read(e.newValues());
            assertEquals("events.csv", v.get("file"));
            assertEquals(12, v.get("rows_added"));
            assertEquals(e.importBatch().intValue(), v.get("batch"));
        }
    }

    @Test
    void theFileStaysAValidGeoPackageForGdalAfterEveryKindOfEdit() throws Exception {
        Gdal.assumeValidator();
        Path file = fresh();
        try (IncidentStore store = IncidentStore.openWritable(file)) {
            IncidentEdits edits = new IncidentEdits(store, "a");
            Incident a = edits.insert(SampleIncidents.mendharShelling(), "new").after();
            Incident b = edits.insert(IncidentBuilder.from(SampleIncidents.mendharShelling()).lon(73.9).build(), "new").after();
            edits.update(a, IncidentBuilder.from(a).lat(33.9).build(), "moved");
            edits.delete(b, "duplicate");
        }
        Gdal.Result r = Gdal.validate(file);
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().isBlank(), r.output());
        assertTrue(Files.size(file) > 0);
    }
}
