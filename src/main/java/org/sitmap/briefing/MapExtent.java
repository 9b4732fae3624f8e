package org.sitmap.briefing;

/**
 * The part of the world a saved view shows, as a longitude/latitude box in degrees (WGS 84).
 * Stored in degrees rather than screen units so a view made in a window fits a projector of
 * another size: presenting or exporting fits this box into whatever screen or page it gets.
 * Immutable value.
 */
public record MapExtent(double minLon, double minLat, double maxLon, double maxLat) {

    public MapExtent {
        if (!(minLon < maxLon) || !(minLat < maxLat) || minLon < -180 || maxLon > 180 || minLat < -85.06
                || maxLat > 85.06) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "extent must have minLon<maxLon and minLat<maxLat within ±180/±85, got %.5f,%.5f,%.5f,%.5f",
                    minLon, minLat, maxLon, maxLat));
        }
    }

    public double centreLon() {
        return (minLon + maxLon) / 2;
    }

    public double centreLat() {
        return (minLat + maxLat) / 2;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.4f,%.4f,%.4f,%.4f", minLon, minLat, maxLon, maxLat);
    }
}
