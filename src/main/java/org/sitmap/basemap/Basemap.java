package org.sitmap.basemap;

import java.nio.file.Path;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.map.MapContent;
import org.sitmap.map.projection.MapProjection;

/**
 * A loaded basemap: its layers ready to draw, the projection they were projected with, and the
 * two extents the UI navigates to ("whole region" and "zoom to LoC"), in projected units.
 * Immutable.
 */
public record Basemap(Path file, MapContent content, MapProjection projection, Envelope regionExtent, Envelope locExtent) {
}
