package org.sitmap.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitmap.timeline.TimeWindow;
import org.sitmap.timeline.ViewState;

class ViewEditsTest {

    private static final Instant T0 = Instant.parse("2025-05-12T08:00:00Z");
    private static final Instant T1 = Instant.parse("2025-05-12T09:00:00Z");

    private static SavedView view(String title) {
        return new SavedView(0, title, "", new MapExtent(73, 32, 75, 34), Set.of(),
                ViewState.initial(new TimeWindow(0, 86_400_000L)), null, T0, T0);
    }

    private static List<String> titles(ViewEdits e) {
        return e.views().stream().map(SavedView::title).toList();
    }

    @Test
    void everyEditUndoesAndRedoesInOrder() {
        ViewEdits e = new ViewEdits(List.of());
        SavedView a = e.add(view("A"), -1);
        SavedView b = e.add(view("B"), -1);
        SavedView c = e.add(view("C"), 0);
        assertEquals(List.of("A", "C", "B"), titles(e));
        assertEquals(List.of(1L, 2L, 3L), List.of(a.id(), b.id(), c.id()));
        e.rename(b.id(), "Bravo", T1);
        assertTrue(e.move(b.id(), -1));
        assertEquals(List.of("A", "Bravo", "C"), titles(e));
        assertFalse(e.move(a.id(), -1), "the first view cannot move up");
        ViewState later = ViewState.initial(new TimeWindow(86_400_000L, 2 * 86_400_000L));
        e.update(c.id(), v -> v.withCapture(new MapExtent(74, 33, 74.5, 33.5), Set.of("places"), later, null, T1));
        e.delete(a.id());
        assertEquals(List.of("Bravo", "C"), titles(e));
        assertEquals(later, e.views().get(1).state());
        assertEquals(T1, e.views().get(0).updatedUtc());

        assertEquals("delete view", e.undoLabel().orElseThrow());
        assertTrue(e.undo());
        assertEquals(List.of("A", "Bravo", "C"), titles(e));
        assertTrue(e.undo());
        assertEquals(ViewState.initial(new TimeWindow(0, 86_400_000L)), e.views().get(2).state(), "update undone");
        assertTrue(e.undo());
        assertEquals(List.of("A", "C", "Bravo"), titles(e), "move undone");
        assertTrue(e.undo());
        assertEquals(List.of("A", "C", "B"), titles(e), "rename undone");
        assertTrue(e.redo());
        assertTrue(e.redo());
        assertEquals(List.of("A", "Bravo", "C"), titles(e));
        assertEquals("update view", e.redoLabel().orElseThrow());
        e.setNotes(a.id(), "say this", T1);
        assertFalse(e.canRedo(), "a new edit clears redo");
        while (e.undo()) {
            // back to the start
        }
        assertEquals(List.of(), titles(e));
        assertEquals(1, e.nextId());
    }

    @Test
    void aViewNeedsATitle() {
        ViewEdits e = new ViewEdits(List.of(view("A")));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> e.rename(0, "   ", T1));
        assertEquals(List.of("A"), titles(e));
        assertFalse(e.canUndo());
    }
}
