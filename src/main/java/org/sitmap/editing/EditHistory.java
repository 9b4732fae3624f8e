package org.sitmap.editing;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The session's undo and redo stacks of {@link EditStep}s. A new edit clears the redo stack; an
 * undo moves the step to the redo stack (restated with what the file then holds), a redo moves it
 * back. Steps are only moved after the file operation succeeded, so a failed undo leaves both
 * stacks as they were. At most {@link #LIMIT} steps are kept. Thread-safe (synchronised): edits
 * run on a worker while menus read the labels on the FX thread.
 */
public final class EditHistory {

    public static final int LIMIT = 500;

    private final Deque<EditStep> undo = new ArrayDeque<>();
    private final Deque<EditStep> redo = new ArrayDeque<>();

    public synchronized void record(EditStep step) {
        undo.push(step);
        redo.clear();
        while (undo.size() > LIMIT) {
            undo.removeLast();
        }
    }

    /** The step an undo would reverse, or null. */
    public synchronized EditStep nextUndo() {
        return undo.peek();
    }

    public synchronized EditStep nextRedo() {
        return redo.peek();
    }

    /** {@code step} (the top of the undo stack) was reversed; {@code restated} goes onto the redo stack. */
    public synchronized void undone(EditStep step, EditStep restated) {
        if (undo.peek() != step) {
            throw new IllegalStateException("not the next step to undo: " + step.label());
        }
        undo.pop();
        redo.push(restated);
    }

    public synchronized void redone(EditStep step, EditStep restated) {
        if (redo.peek() != step) {
            throw new IllegalStateException("not the next step to redo: " + step.label());
        }
        redo.pop();
        undo.push(restated);
    }

    public synchronized int undoCount() {
        return undo.size();
    }

    public synchronized int redoCount() {
        return redo.size();
    }

    public synchronized void clear() {
        undo.clear();
        redo.clear();
    }

    /** Menu text: "Undo add incident 4258", or "Undo" when there is nothing to undo. */
    public synchronized String undoLabel() {
        return undo.isEmpty() ? "Undo" : "Undo " + undo.peek().label();
    }

    public synchronized String redoLabel() {
        return redo.isEmpty() ? "Redo" : "Redo " + redo.peek().label();
    }
}
