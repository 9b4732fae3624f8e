package org.sitmap.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.sitmap.map.projection.WebMercator;

class ScaleBarTest {

    @Property
    void barIsRoundAndFitsAndMeasuresGroundTruthfully(@ForAll @DoubleRange(min = 5, max = 15_000) double upp,
                                                       @ForAll @DoubleRange(min = 23, max = 38) double latDeg) {
        WebMercator p = WebMercator.INSTANCE;
        Viewport v = new Viewport(p.xOf(75), p.yOf(latDeg), upp, 1000, 800);
        ScaleBar bar = ScaleBar.of(v, p, 160);
        assertTrue(bar.lengthPx() <= 160 + 1e-9 && bar.lengthPx() > 160 / 5.0 - 1e-9, "length " + bar.lengthPx());
        double mantissa = bar.groundMetres() / Math.pow(10, Math.floor(Math.log10(bar.groundMetres())));
        assertTrue(Math.abs(mantissa - 1) < 1e-9 || Math.abs(mantissa - 2) < 1e-9 || Math.abs(mantissa - 5) < 1e-9);
        // ground distance along the parallel through the centre: an arc of the sphere
        double lonSpanDeg = p.lonOf(v.centerX() + bar.lengthPx() * upp) - p.lonOf(v.centerX());
        double groundM = WebMercator.RADIUS_M * Math.toRadians(lonSpanDeg) * Math.cos(Math.toRadians(latDeg));
        assertEquals(bar.groundMetres(), groundM, bar.groundMetres() * 1e-6);
    }
}
