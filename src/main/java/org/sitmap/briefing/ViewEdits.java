package org.sitmap.briefing;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The list of a briefing's views with undo and redo of every edit: add, rename, change notes,
 * move up or down, update to the current map, delete. Each edit replaces the whole (immutable)
 * list, so undo is putting the previous list back; the caller saves the new list to the file (one
 * transaction) after each edit, undo or redo. New views get the next free id. Not thread-safe:
 * one owner (the FX thread in the app).
 */
public final class ViewEdits {

    static final int MAX_UNDO = 200;

    private record Step(String label, List<SavedView> before) {
    }

    private List<SavedView> views;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    public ViewEdits(List<SavedView> initial) {
        this.views = List.copyOf(initial);
    }

    public List<SavedView> views() {
        return views;
    }

    /** Starts over with another file's views; history is cleared. */
    public void reset(List<SavedView> initial) {
        views = List.copyOf(initial);
        undo.clear();
        redo.clear();
    }

    public long nextId() {
        long max = 0;
        for (SavedView v : views) {
            max = Math.max(max, v.id());
        }
        return max + 1;
    }

    /** Appends {@code view} (its id replaced by the next free one) after {@code afterIndex}, or at the end when -1. */
    public SavedView add(SavedView view, int afterIndex) {
        SavedView added = view.withId(nextId());
        List<SavedView> next = new ArrayList<>(views);
        int at = afterIndex < 0 || afterIndex >= views.size() ? views.size() : afterIndex + 1;
        next.add(at, added);
        apply("add view", next);
        return added;
    }

    public void rename(long id, String title, Instant now) {
        replace(id, "rename", v -> v.withTitle(title, now));
    }

    public void setNotes(long id, String notes, Instant now) {
        replace(id, "edit notes", v -> v.withNotes(notes, now));
    }

    /** Replaces a view by an updated copy of it (e.g. captured from the current map). */
    public void update(long id, UnaryOperator<SavedView> change) {
        replace(id, "update view", change);
    }

    /** Moves a view by {@code delta} places (−1 up, +1 down); no-op at either end. */
    public boolean move(long id, int delta) {
        int i = indexOf(id);
        int j = i + delta;
        if (i < 0 || j < 0 || j >= views.size()) {
            return false;
        }
        List<SavedView> next = new ArrayList<>(views);
        next.add(j, next.remove(i));
        apply(delta < 0 ? "move up" : "move down", next);
        return true;
    }

    public void delete(long id) {
        int i = indexOf(id);
        if (i < 0) {
            throw new IllegalArgumentException("no view with id " + id);
        }
        List<SavedView> next = new ArrayList<>(views);
        next.remove(i);
        apply("delete view", next);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What undo would undo, e.g. "rename", for menu text. */
    public Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(Step::label);
    }

    public Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(Step::label);
    }

    public boolean undo() {
        Step s = undo.poll();
        if (s == null) {
            return false;
        }
        redo.push(new Step(s.label(), views));
        views = s.before();
        return true;
    }

    public boolean redo() {
        Step s = redo.poll();
        if (s == null) {
            return false;
        }
        undo.push(new Step(s.label(), views));
        views = s.before();
        return true;
    }

    public int indexOf(long id) {
        for (int i = 0; i < views.size(); i++) {
            if (views.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private void replace(long id, String label, UnaryOperator<SavedView> change) {
        int i = indexOf(id);
        if (i < 0) {
            throw new IllegalArgumentException("no view with id " + id);
        }
        List<SavedView> next = new ArrayList<>(views);
        next.set(i, change.apply(views.get(i)));
        apply(label, next);
    }

    private void apply(String label, List<SavedView> next) {
        undo.push(new Step(label, views));
        if (undo.size() > MAX_UNDO) {
            undo.removeLast();
        }
        redo.clear();
        views = List.copyOf(next);
    }
}
