package org.sitmap.briefing;

import java.time.Instant;
import java.util.Set;
import org.sitmap.timeline.ViewState;

/**
 * One view of a briefing: what the map showed when the analyst saved it — its extent, the hidden
 * layers (and hidden legend toggles), the whole timeline {@link ViewState} (window, compare window
 * and mode, pivot, day zone, every filter) and the district table's choice (an opaque JSON string,
 * null when none) — plus a title and speaker notes. {@code id} is the row id in the file's
 * {@code sitmap_views} table. Immutable; "with…" methods return changed copies.
 */
public record SavedView(long id, String title, String notes, MapExtent extent, Set<String> hiddenLayerIds,
                        ViewState state, String districtChoice, Instant createdUtc, Instant updatedUtc) {

    public SavedView {
        title = title == null ? "" : title.strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("a view needs a title");
        }
        notes = notes == null ? "" : notes;
        hiddenLayerIds = Set.copyOf(hiddenLayerIds);
        if (extent == null || state == null) {
            throw new IllegalArgumentException("view '" + title + "' needs an extent and a view state");
        }
    }

    public SavedView withTitle(String newTitle, Instant now) {
        return new SavedView(id, newTitle, notes, extent, hiddenLayerIds, state, districtChoice, createdUtc, now);
    }

    public SavedView withNotes(String newNotes, Instant now) {
        return new SavedView(id, title, newNotes, extent, hiddenLayerIds, state, districtChoice, createdUtc, now);
    }

    /** The same title and notes over what the map shows now ("update to current view"). */
    public SavedView withCapture(MapExtent newExtent, Set<String> newHidden, ViewState newState, String newDistrictChoice,
                                 Instant now) {
        return new SavedView(id, title, notes, newExtent, newHidden, newState, newDistrictChoice, createdUtc, now);
    }

    public SavedView withId(long newId) {
        return new SavedView(newId, title, notes, extent, hiddenLayerIds, state, districtChoice, createdUtc, updatedUtc);
    }
}
