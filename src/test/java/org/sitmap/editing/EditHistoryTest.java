package org.sitmap.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentBuilder;
import org.sitmap.testsupport.SampleIncidents;

/** The undo/redo stacks and the inverse of each kind of step, without a file. */
class EditHistoryTest {

    private static final Incident A = SampleIncidents.mendharShelling().withId(5);
    private static final Incident B = IncidentBuilder.from(A).killedTotal(1).build();

    @Test
    void eachStepKnowsItsInverse() {
        EditStep add = new EditStep(EditStep.Kind.INSERT, null, A, 1, "add incident 5");
        assertEquals(new EditStep.Operation(EditStep.Kind.DELETE, A, null), add.undo());
        assertEquals(new EditStep.Operation(EditStep.Kind.INSERT, null, A), add.redo());
        EditStep edit = new EditStep(EditStep.Kind.UPDATE, A, B, 2, "edit of incident 5");
        assertEquals(new EditStep.Operation(EditStep.Kind.UPDATE, B, A), edit.undo());
        assertEquals(new EditStep.Operation(EditStep.Kind.UPDATE, A, B), edit.redo());
        EditStep delete = new EditStep(EditStep.Kind.DELETE, B, null, 3, "delete of incident 5");
        assertEquals(new EditStep.Operation(EditStep.Kind.INSERT, null, B), delete.undo());
        assertEquals(new EditStep.Operation(EditStep.Kind.DELETE, B, null), delete.redo());
        assertThrows(IllegalArgumentException.class, () -> new EditStep(EditStep.Kind.INSERT, A, B, 4, "bad"));
    }

    @Test
    void undoAndRedoMoveStepsBetweenTheStacksAndANewEditClearsRedo() {
        EditHistory h = new EditHistory();
        assertEquals("Undo", h.undoLabel());
        assertNull(h.nextUndo());
        EditStep one = new EditStep(EditStep.Kind.INSERT, null, A, 1, "add incident 5");
        EditStep two = new EditStep(EditStep.Kind.UPDATE, A, B, 2, "edit of incident 5");
        h.record(one);
        h.record(two);
        assertEquals("Undo edit of incident 5", h.undoLabel());
        assertSame(two, h.nextUndo());
        EditStep twoUndone = new EditStep(EditStep.Kind.UPDATE, A, B, 3, "edit of incident 5");
        h.undone(two, twoUndone);
        assertEquals("Undo add incident 5", h.undoLabel());
        assertEquals("Redo edit of incident 5", h.redoLabel());
        assertSame(twoUndone, h.nextRedo());
        h.redone(twoUndone, two);
        assertEquals(2, h.undoCount());
        assertEquals(0, h.redoCount());
        h.undone(two, twoUndone);
        h.record(new EditStep(EditStep.Kind.DELETE, A, null, 4, "delete of incident 5"));
        assertEquals(0, h.redoCount(), "a new edit clears the redo stack");
        assertEquals("Redo", h.redoLabel());
        assertThrows(IllegalStateException.class, () -> h.undone(one, one), "only the top step can be undone");
    }

    @Test
    void theHistoryKeepsAtMostItsLimit() {
        EditHistory h = new EditHistory();
        for (int k = 0; k < EditHistory.LIMIT + 20; k++) {
            h.record(new EditStep(EditStep.Kind.INSERT, null, A, k, "add " + k));
        }
        assertEquals(EditHistory.LIMIT, h.undoCount());
        assertEquals("Undo add " + (EditHistory.LIMIT + 19), h.undoLabel());
    }
}
