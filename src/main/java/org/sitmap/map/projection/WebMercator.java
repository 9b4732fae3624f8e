package org.sitmap.map.projection;

/**
 * Spherical ("Pseudo") Mercator, EPSG:3857, on the WGS 84 semi-major axis. This is the
 * stated projection of every Sitmap map view and export: conformal, so the LoC's angles and
 * local shapes are true, with a scale factor of sec(latitude) (about 1.2 at the LoC).
 * Immutable and thread-safe.
 */
public final class WebMercator implements MapProjection {

    /** WGS 84 semi-major axis, metres. */
    public static final double RADIUS_M = 6_378_137.0;
    public static final WebMercator INSTANCE = new WebMercator();
    private static final double MAX_LAT_DEG = 85.05112877980659;

    private WebMercator() {
    }

    @Override
    public String code() {
        return "EPSG:3857";
    }

    @Override
    public String name() {
        return "WGS 84 / Pseudo-Mercator (EPSG:3857)";
    }

    @Override
    public double validLatitudeDeg() {
        return MAX_LAT_DEG;
    }

    @Override
    public double xOf(double lonDeg) {
        return RADIUS_M * Math.toRadians(lonDeg);
    }

    @Override
    public double yOf(double latDeg) {
        double phi = Math.toRadians(latDeg);
        return RADIUS_M * Math.log(Math.tan(Math.PI / 4 + phi / 2));
    }

    @Override
    public double lonOf(double x) {
        return Math.toDegrees(x / RADIUS_M);
    }

    @Override
    public double latOf(double y) {
        return Math.toDegrees(2 * Math.atan(Math.exp(y / RADIUS_M)) - Math.PI / 2);
    }

    @Override
    public double scaleFactorAt(double latDeg) {
        return 1.0 / Math.cos(Math.toRadians(latDeg));
    }
}
