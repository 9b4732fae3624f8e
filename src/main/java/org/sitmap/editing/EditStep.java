package org.sitmap.editing;

import org.sitmap.core.Incident;

/**
 * One edit as the undo stack keeps it: what kind, the record before and after (before is null for
 * an add, after is null for a delete), the audit row that recorded it, and a label for menus
 * ("add incident 4258"). {@link #undo()} and {@link #redo()} give the operation that reverses or
 * repeats it, stated against the record the file should hold then, so a concurrent change is
 * detected instead of overwritten. Immutable value.
 */
public record EditStep(Kind kind, Incident before, Incident after, long auditId, String label) {

    /** The kind of edit. */
    public enum Kind {
        INSERT, UPDATE, DELETE
    }

    /** An operation on the file: insert {@code target}, replace {@code expected} by {@code target}, or delete {@code expected}. */
    public record Operation(Kind kind, Incident expected, Incident target) {
    }

    public EditStep {
        if (kind == Kind.INSERT && (before != null || after == null)
                || kind == Kind.DELETE && (before == null || after != null)
                || kind == Kind.UPDATE && (before == null || after == null)) {
            throw new IllegalArgumentException(kind + " step with before=" + before + ", after=" + after);
        }
    }

    public Operation undo() {
        return switch (kind) {
            case INSERT -> new Operation(Kind.DELETE, after, null);
            case UPDATE -> new Operation(Kind.UPDATE, after, before);
            case DELETE -> new Operation(Kind.INSERT, null, before);
        };
    }

    public Operation redo() {
        return switch (kind) {
            case INSERT -> new Operation(Kind.INSERT, null, after);
            case UPDATE -> new Operation(Kind.UPDATE, before, after);
            case DELETE -> new Operation(Kind.DELETE, before, null);
        };
    }

    /** The incident's id (the same before and after: undo re-inserts with the original id). */
    public long fid() {
        return (after != null ? after : before).id();
    }
}
