package org.sitmap.io.store;

/** The points an import added, for the spatial index and the layer extent; grows by doubling. Used by one thread. */
final class NewPoints {
    long[] fid = new long[1024];
    double[] lon = new double[1024];
    double[] lat = new double[1024];
    int size;

    void add(long id, double x, double y) {
        if (size == fid.length) {
            fid = java.util.Arrays.copyOf(fid, size * 2);
            lon = java.util.Arrays.copyOf(lon, size * 2);
            lat = java.util.Arrays.copyOf(lat, size * 2);
        }
        fid[size] = id;
        lon[size] = x;
        lat[size] = y;
        size++;
    }
}
