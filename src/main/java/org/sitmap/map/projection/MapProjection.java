package org.sitmap.map.projection;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * A map projection between geographic lon/lat degrees (EPSG:4326) and planar map units
 * ("world" coordinates, metres). Implementations are immutable and thread-safe; forward and
 * inverse must be each other's inverse inside {@link #validLatitudeDeg()}.
 */
public interface MapProjection extends org.sitmap.core.Projector {

    /** The EPSG code of the projected CRS, e.g. {@code "EPSG:3857"}. */
    String code();

    /** Human-readable name shown in the UI and in exports. */
    String name();

    /** Largest |latitude| in degrees this projection handles. */
    double validLatitudeDeg();

    double xOf(double lonDeg);

    double yOf(double latDeg);

    double lonOf(double x);

    double latOf(double y);

    /**
     * Scale factor of the projection at a latitude: projected metres per true ground metre.
     * Used to convert screen distances to ground distances (scale bar).
     */
    double scaleFactorAt(double latDeg);

    /** Returns a projected copy of a lon/lat geometry; the input is not modified. */
    default Geometry project(Geometry lonLat) {
        Geometry copy = lonLat.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double lat = Math.max(-validLatitudeDeg(), Math.min(validLatitudeDeg(), seq.getY(i)));
                seq.setOrdinate(i, 0, xOf(seq.getX(i)));
                seq.setOrdinate(i, 1, yOf(lat));
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        copy.setSRID(0);
        return copy;
    }
}
