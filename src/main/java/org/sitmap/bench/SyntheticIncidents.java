package org.sitmap.bench;

import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentBuilder;
import org.sitmap.core.IncidentType;
import org.sitmap.core.Projector;
import org.sitmap.incidents.IncidentTable;

/**
 * Seeded SYNTHETIC incidents for the frame benchmark, as columns: start times uniform over
 * 2025-01-01..2025-08-31 (sorted), points near the LoC (lon 73.6..75.3, lat 32.4..34.9; two
 * thirds in 60 hot spots, the rest spread), types with uneven weights, casualties mostly zero.
 * The same (n, seed) always gives the same rows, so the in-memory table and the GeoPackage the
 * re-query baseline reads hold the same incidents. Immutable after generation.
 */
public final class SyntheticIncidents {

    public static final long FROM_MS = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
    public static final long TO_MS = Instant.parse("2025-09-01T00:00:00Z").toEpochMilli();
    static final double MIN_LON = 73.6;
    static final double MAX_LON = 75.3;
    static final double MIN_LAT = 32.4;
    static final double MAX_LAT = 34.9;
    private static final int[] TYPE_WEIGHTS = {30, 18, 20, 6, 5, 2, 1, 1, 4, 3, 8, 2};

    final long[] startMs;
    final long[] endMs;
    final double[] lon;
    final double[] lat;
    final byte[] type;
    final short[] killed;
    final short[] injured;

    private SyntheticIncidents(int n) {
        startMs = new long[n];
        endMs = new long[n];
        lon = new double[n];
        lat = new double[n];
        type = new byte[n];
        killed = new short[n];
        injured = new short[n];
    }

    public static SyntheticIncidents generate(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        SyntheticIncidents s = new SyntheticIncidents(n);
        for (int i = 0; i < n; i++) {
            s.startMs[i] = FROM_MS + r.nextLong(TO_MS - FROM_MS);
        }
        Arrays.sort(s.startMs);
        double[] spotLon = new double[60];
        double[] spotLat = new double[60];
        for (int k = 0; k < spotLon.length; k++) {
            spotLon[k] = MIN_LON + 0.1 + r.nextDouble() * (MAX_LON - MIN_LON - 0.2);
            spotLat[k] = MIN_LAT + 0.1 + r.nextDouble() * (MAX_LAT - MIN_LAT - 0.2);
        }
        int totalWeight = Arrays.stream(TYPE_WEIGHTS).sum();
        for (int i = 0; i < n; i++) {
            s.endMs[i] = s.startMs[i] + r.nextLong(6 * 3_600_000L);
            if (r.nextInt(3) < 2) {
                int k = r.nextInt(spotLon.length);
                s.lon[i] = clamp(spotLon[k] + gaussian(r) * 0.04, MIN_LON, MAX_LON);
                s.lat[i] = clamp(spotLat[k] + gaussian(r) * 0.04, MIN_LAT, MAX_LAT);
            } else {
                s.lon[i] = MIN_LON + r.nextDouble() * (MAX_LON - MIN_LON);
                s.lat[i] = MIN_LAT + r.nextDouble() * (MAX_LAT - MIN_LAT);
            }
            int w = r.nextInt(totalWeight);
            int t = 0;
            while (w >= TYPE_WEIGHTS[t]) {
                w -= TYPE_WEIGHTS[t++];
            }
            s.type[i] = (byte) t;
            int roll = r.nextInt(100);
            s.killed[i] = (short) (roll < 80 ? 0 : roll < 95 ? 1 + r.nextInt(2) : 2 + r.nextInt(8));
            s.injured[i] = (short) (r.nextInt(100) < 70 ? 0 : 1 + r.nextInt(4));
        }
        return s;
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    public int size() {
        return startMs.length;
    }

    /** The columnar table the app would hold, projected with {@code projector}. */
    public IncidentTable table(Projector projector) {
        int n = size();
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) projector.xOf(lon[i]);
            y[i] = (float) projector.yOf(lat[i]);
        }
        return IncidentTable.ofColumns(startMs, endMs, x, y, type, killed, injured);
    }

    /** The same rows as incident records, made one at a time (for the GeoPackage import). */
    public Iterable<Incident> records() {
        IncidentType[] types = IncidentType.values();
        return () -> new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < size();
            }

            @Override
            public Incident next() {
                if (i >= size()) {
                    throw new NoSuchElementException();
                }
                Incident in = new IncidentBuilder().startUtc(Instant.ofEpochMilli(startMs[i]))
                        .endUtc(Instant.ofEpochMilli(endMs[i])).type(types[type[i]]).lon(lon[i]).lat(lat[i])
                        .killedTotal((int) killed[i]).injuredTotal((int) injured[i]).reportingSide("synthetic")
                        .build();
                i++;
                return in;
            }
        };
    }
}
