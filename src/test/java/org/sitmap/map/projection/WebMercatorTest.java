package org.sitmap.map.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class WebMercatorTest {

    private final WebMercator p = WebMercator.INSTANCE;

    @Property
    void lonLatRoundTripIsExactToMicrodegrees(@ForAll @DoubleRange(min = -180, max = 180) double lon,
                                              @ForAll @DoubleRange(min = -85, max = 85) double lat) {
        assertEquals(lon, p.lonOf(p.xOf(lon)), 1e-9);
        assertEquals(lat, p.latOf(p.yOf(lat)), 1e-9);
    }

    @Test
    void knownPointMatchesEpsg3857() {
        // EPSG:3857 of 74.09E 33.77N (Poonch) computed from the published spherical formulas:
        // x = R * lon(rad); y = R * ln(tan(pi/4 + lat/2)), R = 6378137.
        double lonRad = Math.toRadians(74.09);
        double latRad = Math.toRadians(33.77);
        assertEquals(6378137.0 * lonRad, p.xOf(74.09), 1e-6);
        assertEquals(6378137.0 * Math.log(Math.tan(Math.PI / 4 + latRad / 2)), p.yOf(33.77), 1e-6);
        // and an independent sanity value: the equator and prime meridian map to the origin
        assertEquals(0.0, p.xOf(0), 1e-9);
        assertEquals(0.0, p.yOf(0), 1e-9);
    }

    @Test
    void scaleFactorIsSecantOfLatitude() {
        assertEquals(1.0, p.scaleFactorAt(0), 1e-12);
        assertEquals(2.0, p.scaleFactorAt(60), 1e-9);
        // numerically: dy/dlat in metres per metre of meridian arc
        double lat = 34;
        double dLat = 1e-5;
        double numeric = (p.yOf(lat + dLat) - p.yOf(lat - dLat)) / (WebMercator.RADIUS_M * Math.toRadians(2 * dLat));
        assertEquals(numeric, p.scaleFactorAt(lat), 1e-6);
    }
}
