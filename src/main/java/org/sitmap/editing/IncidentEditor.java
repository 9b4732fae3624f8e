package org.sitmap.editing;

import java.nio.file.Path;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentBuilder;
import org.sitmap.io.store.AuditEntry;
import org.sitmap.io.store.IncidentEdits;
import org.sitmap.io.store.IncidentStore;
import org.sitmap.io.store.StoreException;

/**
 * The analyst's edits of one incident file in a session: add, edit, move and delete, each its own
 * transaction with its audit row ({@link IncidentEdits}), recorded on an {@link EditHistory} so
 * they can be undone and redone; an undo or redo is itself a transactional edit audited with the
 * reason "undo of #N" / "redo of #N" (N: the audit row it reverses). Every call opens the file,
 * writes and closes it again, so nothing holds a lock between edits and another app instance can
 * write in between (a clash is refused, see {@link IncidentEdits}). Each method returns the
 * {@link Change} the in-memory table must follow. Call from one worker thread; the history may be
 * read from any thread.
 */
public final class IncidentEditor {

    /** Opens the file for writing (tests substitute their own). */
    @FunctionalInterface
    public interface Opener {
        IncidentStore open(Path file) throws StoreException;
    }

    /**
     * What the in-memory table must do after an edit: drop the row of {@code removedFid} (when not
     * null) and add {@code added} (when not null). {@code summary} reads well in a status bar.
     */
    public record Change(Long removedFid, Incident added, long auditId, String summary) {
    }

    private final Path file;
    private volatile String user;
    private final Opener opener;
    private final EditHistory history = new EditHistory();

    public IncidentEditor(Path file, String user) {
        this(file, user, IncidentStore::openWritable);
    }

    public IncidentEditor(Path file, String user, Opener opener) {
        this.file = file;
        this.user = user;
        this.opener = opener;
    }

    public Path file() {
        return file;
    }

    public String user() {
        return user;
    }

    /** The name later edits are recorded under (e.g. changed in preferences). */
    public void setUser(String name) {
        this.user = name;
    }

    public EditHistory history() {
        return history;
    }

    public Change add(Incident incident, String reason) throws StoreException {
        IncidentEdits.Applied a = run(new EditStep.Operation(EditStep.Kind.INSERT, null, incident), reason);
        EditStep step = new EditStep(EditStep.Kind.INSERT, null, a.after(), a.auditId(), "add incident " + a.after().id());
        history.record(step);
        return change(a, "Added incident " + a.after().id());
    }

    /** Saves {@code updated} over {@code expected}; null when no field changed (nothing written). */
    public Change update(Incident expected, Incident updated, String reason) throws StoreException {
        return update(expected, updated, reason, "edit of incident " + expected.id());
    }

    /** Moves an incident to a new position (an update of lon/lat only). */
    public Change move(Incident expected, double lon, double lat, String reason) throws StoreException {
        Incident moved = IncidentBuilder.from(expected).lon(lon).lat(lat).build();
        return update(expected, moved, reason, "move of incident " + expected.id());
    }

    private Change update(Incident expected, Incident updated, String reason, String label) throws StoreException {
        IncidentEdits.Applied a = run(new EditStep.Operation(EditStep.Kind.UPDATE, expected, updated), reason);
        if (a == null) {
            return null;
        }
        history.record(new EditStep(EditStep.Kind.UPDATE, a.before(), a.after(), a.auditId(), label));
        return change(a, "Saved " + label);
    }

    public Change delete(Incident expected, String reason) throws StoreException {
        IncidentEdits.Applied a = run(new EditStep.Operation(EditStep.Kind.DELETE, expected, null), reason);
        history.record(new EditStep(EditStep.Kind.DELETE, a.before(), null, a.auditId(),
                "delete of incident " + expected.id()));
        return change(a, "Deleted incident " + expected.id());
    }

    /** Reverses the last edit; null when there is nothing to undo. */
    public Change undo() throws StoreException {
        EditStep step = history.nextUndo();
        if (step == null) {
            return null;
        }
        IncidentEdits.Applied a = run(step.undo(), "undo of #" + step.auditId());
        if (a == null) {
            // the file already holds the older version (e.g. a synthetic mark made them equal)
            history.undone(step, step);
            return null;
        }
        history.undone(step, restated(step, a, true));
        return change(a, "Undid " + step.label());
    }

    /** Repeats the last undone edit; null when there is nothing to redo. */
    public Change redo() throws StoreException {
        EditStep step = history.nextRedo();
        if (step == null) {
            return null;
        }
        IncidentEdits.Applied a = run(step.redo(), "redo of #" + step.auditId());
        if (a == null) {
            history.redone(step, step);
            return null;
        }
        history.redone(step, restated(step, a, false));
        return change(a, "Redid " + step.label());
    }

    /**
     * The step as the file now stands after undoing or redoing it, so the opposite operation is
     * checked against the record the file really holds.
     */
    static EditStep restated(EditStep step, IncidentEdits.Applied a, boolean undoing) {
        Incident record = a.after() != null ? a.after() : a.before();
        return switch (step.kind()) {
            case INSERT -> new EditStep(EditStep.Kind.INSERT, null, record, a.auditId(), step.label());
            case DELETE -> new EditStep(EditStep.Kind.DELETE, record, null, a.auditId(), step.label());
            case UPDATE -> undoing
                    ? new EditStep(EditStep.Kind.UPDATE, a.after(), a.before(), a.auditId(), step.label())
                    : new EditStep(EditStep.Kind.UPDATE, a.before(), a.after(), a.auditId(), step.label());
        };
    }

    private IncidentEdits.Applied run(EditStep.Operation op, String reason) throws StoreException {
        try (IncidentStore store = opener.open(file)) {
            IncidentEdits edits = new IncidentEdits(store, user);
            return switch (op.kind()) {
                case INSERT -> edits.insert(op.target(), reason);
                case UPDATE -> edits.update(op.expected(), op.target(), reason);
                case DELETE -> edits.delete(op.expected(), reason);
            };
        }
    }

    private static Change change(IncidentEdits.Applied a, String summary) {
        Long removed = a.before() == null ? null : a.before().id();
        return new Change(a.action() == AuditEntry.Action.INSERT ? null : removed, a.after(), a.auditId(), summary);
    }
}
