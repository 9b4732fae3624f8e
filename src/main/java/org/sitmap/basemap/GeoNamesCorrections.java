package org.sitmap.basemap;

import java.util.List;

/**
 * Known errors in the GeoNames extract, corrected by rule at build time (and listed in
 * maps/README.md) so that a briefer never sees a town in the wrong valley:
 * <ul>
 * <li>"Kupwāra" at 34.031N 74.264E lies in Baramulla district, about 55 km south of Kupwara
 *     town: dropped;</li>
 * <li>"Kopawor" at 34.529N 74.264E (Kupwara district) is Kupwara town: renamed "Kupwara";</li>
 * <li>the same folded name twice within 3 km (e.g. Hattian Bala): the second is dropped.</li>
 * </ul>
 * Stateless; thread-safe.
 */
final class GeoNamesCorrections {

    private static final double SAME_PLACE_KM = 3.0;

    private GeoNamesCorrections() {
    }

    /** The corrected place, or null when the record is to be dropped. */
    static Place apply(Place p) {
        if (p.nameAscii().equals("Kupwara") && near(p, 34.03056, 74.26417, 1.0)) {
            return null;
        }
        if (p.nameAscii().equals("Kopawor") && near(p, 34.52856, 74.26396, 1.0)) {
            return new Place("Kupwara", "Kupwara", p.country(), p.admin1Code(), p.admin1Name(), p.admin2Code(),
                    p.district(), p.lonDeg(), p.latDeg(), 1);
        }
        return p;
    }

    /** Whether a place with the same folded name is already within {@link #SAME_PLACE_KM}. */
    static boolean duplicates(Place p, List<Place> kept) {
        for (Place k : kept) {
            if (k.nameAscii().equalsIgnoreCase(p.nameAscii()) && near(k, p.latDeg(), p.lonDeg(), SAME_PLACE_KM)) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(Place p, double latDeg, double lonDeg, double km) {
        double dy = (p.latDeg() - latDeg) * 111.2;
        double dx = (p.lonDeg() - lonDeg) * 111.2 * Math.cos(Math.toRadians(latDeg));
        return Math.hypot(dx, dy) <= km;
    }
}
