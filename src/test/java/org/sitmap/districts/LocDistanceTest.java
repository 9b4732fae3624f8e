package org.sitmap.districts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.sitmap.districts.io.BasemapDistricts;
import org.sitmap.testsupport.TestPaths;

/**
 * Distance to the real LoC of the basemap against a brute-force reference: every segment
 * densified along its own geodesic every 10 m, the minimum GeographicLib distance to them.
 */
class LocDistanceTest {

    static Geometry loc;
    static LocDistance distance;

    @BeforeAll
    static void load() throws Exception {
        loc = BasemapDistricts.load(TestPaths.basemap()).geography().loc();
        distance = new LocDistance(loc);
    }

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({"74.10, 33.77", "74.25, 34.45", "74.60, 34.60", "73.95, 34.10", "74.40, 33.45", "75.20, 34.70",
        "73.70, 34.80", "74.95, 32.95"})
    void agreesWithDensifiedGeodesicMinimum(double lon, double lat) {
        double reference = bruteForceKm(lon, lat);
        double km = distance.km(lon, lat);
        System.out.printf("%.2f,%.2f: %.4f km (reference %.4f)%n", lon, lat, km, reference);
        // within 5 m, or 0.05 % beyond 10 km
        assertEquals(reference, km, Math.max(0.005, reference * 5e-4));
    }

    @Test
    void aPointOnTheLineIsAtZero() {
        Coordinate c = loc.getGeometryN(0).getCoordinates()[10];
        assertEquals(0, distance.km(c.x, c.y), 1e-6);
    }

    private static double bruteForceKm(double lon, double lat) {
        double best = Double.MAX_VALUE;
        for (int g = 0; g < loc.getNumGeometries(); g++) {
            Coordinate[] c = loc.getGeometryN(g).getCoordinates();
            for (int i = 0; i + 1 < c.length; i++) {
                GeodesicLine line = Geodesic.WGS84.InverseLine(c[i].y, c[i].x, c[i + 1].y, c[i + 1].x);
                int steps = (int) Math.ceil(line.Distance() / 10.0);
                for (int k = 0; k <= steps; k++) {
                    GeodesicData p = line.Position(line.Distance() * k / Math.max(steps, 1),
                            GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
                    double s = Geodesic.WGS84.Inverse(lat, lon, p.lat2, p.lon2, GeodesicMask.DISTANCE).s12;
                    best = Math.min(best, s);
                }
            }
        }
        return best / 1000;
    }
}
