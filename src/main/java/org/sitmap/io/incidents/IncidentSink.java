package org.sitmap.io.incidents;

import org.sitmap.core.Incident;

/**
 * Receives the incidents a reader accepts, one at a time, on the reader's thread, in file order.
 * {@code line} is the 1-based line where the row starts (for GeoJSON the line of the feature's
 * opening brace, for KML that of the {@code <Placemark>} tag).
 */
@FunctionalInterface
public interface IncidentSink {

    void accept(long line, Incident incident);
}
