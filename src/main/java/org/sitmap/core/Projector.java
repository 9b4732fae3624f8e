package org.sitmap.core;

/**
 * Forward projection from lon/lat degrees to planar map units, as plain functions, so data code
 * can project once at load without knowing the map package. Implementations are immutable.
 */
public interface Projector {

    double xOf(double lonDeg);

    double yOf(double latDeg);
}
