package org.sitmap.bench;

import java.util.Arrays;

/**
 * Nearest-rank percentiles of a sample of timings (NaN for an empty sample). Pure functions;
 * the input is not modified.
 */
public final class Percentiles {

    private Percentiles() {
    }

    public static double of(double[] sample, double percent) {
        if (sample.length == 0) {
            return Double.NaN;
        }
        double[] s = sample.clone();
        Arrays.sort(s);
        int rank = (int) Math.ceil(percent / 100.0 * s.length);
        return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
    }

    public static double median(double[] sample) {
        return of(sample, 50);
    }
}
