package org.sitmap.io.incidents;

import java.io.IOException;
import java.nio.file.Path;
import org.sitmap.core.Incident;

/**
 * Exports incidents to one file format. Implementations write to a temporary file in the target's
 * directory and move it into place only when complete, so {@code out} is never half-written; they
 * iterate {@code incidents} once, streaming, and hold no state between calls (thread-safe).
 */
public interface IncidentWriter {

    void write(Iterable<Incident> incidents, Path out) throws IOException;
}
