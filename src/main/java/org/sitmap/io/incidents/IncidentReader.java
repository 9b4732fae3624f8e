package org.sitmap.io.incidents;

import java.nio.file.Path;

/**
 * Reads one incident file format, streaming: rows are parsed, validated by a {@link RowValidator}
 * and handed to the sink one at a time, so memory does not grow with the file (apart from the
 * compact set of source ids kept to find duplicates). Implementations hold no state between calls
 * and are thread-safe; each call runs entirely on the caller's thread.
 */
public interface IncidentReader {

    /**
     * Reads {@code file}, passing kept incidents to {@code sink} and every row problem to
     * {@code issues}.
     *
     * @throws ImportException if the whole file cannot be read: unreadable, a required column
     *     missing, malformed XML or JSON, a refused DTD
     */
    void read(Path file, IncidentSink sink, IssueSink issues, ProgressListener progress) throws ImportException;
}
