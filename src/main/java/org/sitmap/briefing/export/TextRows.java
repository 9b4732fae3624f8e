package org.sitmap.briefing.export;

import java.util.BitSet;
import java.util.function.Function;
import org.sitmap.io.store.IncidentStore;
import org.sitmap.io.store.StoreException;
import org.sitmap.situation.IncidentFile;

/**
 * Resolves a view's free-text filter in the incident file (location or notes contain the text),
 * as the app's text search does, into the table's rows. Reads the file; a worker thread only.
 */
public final class TextRows {

    private TextRows() {
    }

    public static Function<String, BitSet> of(IncidentFile file) {
        return text -> {
            if (file == null) {
                return new BitSet();
            }
            try (IncidentStore store = IncidentStore.openReadOnly(file.file())) {
                return file.table().rowsOf(store.fidsMatching(text));
            } catch (StoreException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        };
    }
}
