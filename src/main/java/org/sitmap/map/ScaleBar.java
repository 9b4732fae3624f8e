package org.sitmap.map;

import org.sitmap.map.projection.MapProjection;

/**
 * The scale bar for a viewport: a round ground distance (1, 2 or 5 × 10ⁿ m) and its length in
 * pixels, measured at the latitude of the view's centre, since Mercator's scale varies with
 * latitude. Immutable value; computed the same way for the screen and for exports.
 */
public record ScaleBar(double groundMetres, double lengthPx, String label) {

    public static ScaleBar of(Viewport v, MapProjection projection, double maxLengthPx) {
        double latDeg = projection.latOf(v.centerY());
        double groundMetresPerPx = v.unitsPerPixel() / projection.scaleFactorAt(latDeg);
        double maxGround = groundMetresPerPx * maxLengthPx;
        double pow = Math.pow(10, Math.floor(Math.log10(maxGround)));
        double nice = pow;
        for (double m : new double[] {5, 2, 1}) {
            if (m * pow <= maxGround) {
                nice = m * pow;
                break;
            }
        }
        String label = nice >= 1000 ? trim(nice / 1000) + " km" : trim(nice) + " m";
        return new ScaleBar(nice, nice / groundMetresPerPx, label);
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
