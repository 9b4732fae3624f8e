package org.sitmap.core;

import mil.nga.mgrs.MGRS;
import mil.nga.mgrs.grid.GridType;

/**
 * Military Grid Reference System strings for a position, through NGA's {@code mil.nga:mgrs}
 * library. Stateless and thread-safe. Outside the UTM latitude band (|lat| &gt; 84) MGRS would
 * need UPS, which the map never shows, so it reports "—".
 */
public final class MgrsFormat {

    private MgrsFormat() {
    }

    /** Ten-digit (1 m) MGRS without spaces, e.g. {@code 43SDT1573637026}. */
    public static String meter(double latDeg, double lonDeg) {
        if (Math.abs(latDeg) > 84 || Math.abs(lonDeg) > 180 || Double.isNaN(latDeg) || Double.isNaN(lonDeg)) {
            return "—";
        }
        return MGRS.from(lonDeg, latDeg).coordinate(GridType.METER);
    }
}
