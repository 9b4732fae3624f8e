package org.sitmap.io.store;

/**
 * An edit refused because the record is no longer what the editor started from: someone (another
 * window or app instance, or the CLI) changed or deleted it meanwhile. Nothing was written; the
 * message names the incident and the fields that differ, so the user can reload and redo the edit
 * instead of silently overwriting another person's work.
 */
public final class EditConflictException extends StoreException {

    private static final long serialVersionUID = 1L;

    public EditConflictException(String message) {
        super(message);
    }
}
