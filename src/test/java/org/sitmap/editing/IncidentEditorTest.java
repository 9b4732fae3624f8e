package org.sitmap.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentBuilder;
import org.sitmap.io.store.AuditEntry;
import org.sitmap.io.store.EditConflictException;
import org.sitmap.io.store.IncidentEdits;
import org.sitmap.io.store.IncidentJson;
import org.sitmap.io.store.IncidentSchema;
import org.sitmap.io.store.IncidentStore;
import org.sitmap.testsupport.SampleIncidents;

/** Undo and redo on a real file: each is its own audited transaction, "undo of #N" naming the row it reverses. */
class IncidentEditorTest {

    @TempDir
    Path dir;

    private IncidentEditor editor() throws Exception {
        Path file = dir.resolve("e.gpkg");
        IncidentSchema.create(file, false, null, false);
        return new IncidentEditor(file, "analyst1");
    }

    private static Incident stored(IncidentEditor e, long fid) throws Exception {
        try (IncidentStore s = IncidentStore.openReadOnly(e.file())) {
            return s.byId(fid);
        }
    }

    private static List<AuditEntry> log(IncidentEditor e) throws Exception {
        try (IncidentStore s = IncidentStore.openReadOnly(e.file())) {
            return s.audit(null);
        }
    }

    @Test
    void undoingAnAddDeletesItAndRedoBringsItBackWithTheSameId() throws Exception {
        IncidentEditor e = editor();
        IncidentEditor.Change add = e.add(SampleIncidents.mendharShelling(), "report");
        long fid = add.added().id();
        assertEquals("Undo add incident " + fid, e.history().undoLabel());
        IncidentEditor.Change undo = e.undo();
        assertEquals(fid, undo.removedFid());
        assertNull(undo.added());
        assertNull(stored(e, fid));
        IncidentEditor.Change redo = e.redo();
        assertEquals(add.added(), redo.added());
        assertEquals(add.added(), stored(e, fid));
        List<AuditEntry> log = log(e);
        assertEquals(List.of(AuditEntry.Action.INSERT, AuditEntry.Action.DELETE, AuditEntry.Action.INSERT),
                log.stream().map(AuditEntry::action).toList());
        assertEquals("undo of #" + log.get(0).id(), log.get(1).reason());
        assertEquals("redo of #" + log.get(1).id(), log.get(2).reason());
        assertEquals("", SampleIncidents.integrityProblems(e.file()));
    }

    @Test
    void undoingAnEditRestoresTheOldValuesAndLogsThemReversed() throws Exception {
        IncidentEditor e = editor();
        Incident a = e.add(SampleIncidents.mendharShelling(), "report").added();
        Incident b = IncidentBuilder.from(a).killedTotal(1).notes("one died in hospital").build();
        e.update(a, b, "update from hospital");
        e.undo();
        assertEquals(a, stored(e, a.id()));
        AuditEntry undo = log(e).get(2);
        assertEquals(AuditEntry.Action.UPDATE, undo.action());
        assertEquals(1, IncidentJson.read(undo.oldValues()).get("killed_total"));
        assertEquals("two injured", IncidentJson.read(undo.newValues()).get("notes"));
        e.redo();
        assertEquals(b, stored(e, a.id()));
        e.undo();
        e.undo();
        assertNull(stored(e, a.id()), "both steps undone");
        assertNull(e.undo(), "nothing left to undo");
    }

    @Test
    void undoingADeleteReinsertsTheRecordWithItsId() throws Exception {
        IncidentEditor e = editor();
        Incident a = e.add(SampleIncidents.mendharShelling(), "report").added();
        e.delete(a, "duplicate");
        IncidentEditor.Change c = e.undo();
        assertEquals(a, c.added());
        assertEquals(a, stored(e, a.id()));
        assertEquals("", SampleIncidents.integrityProblems(e.file()));
    }

    @Test
    void aMoveChangesOnlyThePosition() throws Exception {
        IncidentEditor e = editor();
        Incident a = e.add(SampleIncidents.mendharShelling(), "report").added();
        IncidentEditor.Change m = e.move(a, 74.3, 33.7, "moved on the map");
        assertEquals(IncidentBuilder.from(a).lon(74.3).lat(33.7).build(), m.added());
        assertEquals(a.id(), m.removedFid());
        assertEquals("Undo move of incident " + a.id(), e.history().undoLabel());
    }

    @Test
    void anUndoThatWouldOverwriteSomeoneElsesChangeIsRefusedAndStaysOnTheStack() throws Exception {
        IncidentEditor e = editor();
        Incident a = e.add(SampleIncidents.mendharShelling(), "report").added();
        try (IncidentStore s = IncidentStore.openWritable(e.file())) {
            new IncidentEdits(s, "colleague").update(a, IncidentBuilder.from(a).credibility(1).build(), "confirmed");
        }
        assertThrows(EditConflictException.class, e::undo);
        assertEquals(1, e.history().undoCount(), "a failed undo leaves the history as it was");
        assertEquals(1, stored(e, a.id()).credibility());
    }
}
