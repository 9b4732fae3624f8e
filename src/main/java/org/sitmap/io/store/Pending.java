package org.sitmap.io.store;

/** Rows queued for the next JDBC batch of an import: what is needed to index them or report them as duplicates. Used by one thread. */
final class Pending {
    static final int CAPACITY = 2048;
    final long[] fid = new long[CAPACITY];
    final long[] line = new long[CAPACITY];
    final double[] lon = new double[CAPACITY];
    final double[] lat = new double[CAPACITY];
    final String[] sourceId = new String[CAPACITY];
    int size;
}
